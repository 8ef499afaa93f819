package org.mer.command;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import ij.ImagePlus;
import ij.io.FileSaver;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.ij.ImageJFiles;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.ij.ImagePlusBridge;
import org.mer.io.AtomicFiles;
import org.mer.io.ImageFiles;
import org.mer.clip.ClipResolver;
import org.mer.mesti.EightBit;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;

/**
 * Create MESTI / Create Input Modality, shared by the SciJava commands and the ImageJ 1.x
 * plug-ins: open the clip (path or current image), optionally crop the face, resolve
 * onset/apex/offset, compute the modality, and return it as a new ImagePlus named
 * {@code <input>_<modality>} whose "Info" property lists everything that made it. No window
 * code: the caller shows the image. Stateless.
 */
public final class ModalityJob {
	private ModalityJob() {}

	/**
	 * @param image the current image (used when {@code clip} is blank), not modified
	 * @param clip frame folder or video file, or blank
	 * @param outputType {@link ParameterNames#CHOICE_RAW} (32-bit, raw signed values) or
	 *          {@link ParameterNames#CHOICE_8BIT} (global min-max to 0..255; RGB for 3 channels)
	 * @param outputFile blank, or a file to write: {@code .png} gives the 8-bit PNG, anything
	 *          else an ImageJ TIFF of the returned image (with its Info)
	 * @throws InputException naming the clip, frame or field on bad input
	 */
	public static ImagePlus run(ImagePlus image, String clip, ClipRange range, ModalitySettings settings, String outputType,
		boolean cropFace, String outputFile, Progress progress) {
		boolean eightBit = eightBit(outputType);
		ModalityImage modality;
		try (FrameSource input = ClipSources.open(image, clip, range, cropFace)) {
			progress.status("resolving " + range);
			Clip resolved = ClipResolver.resolve(input, range, settings.apexMethod());
			progress.log("clip " + resolved);
			progress.status("computing " + settings.kind().id());
			modality = Modalities.compute(resolved, settings, progress);
			progress.checkCanceled();
		}
		String title = modality.sourceName() + "_" + settings.kind().id();
		Img<FloatType> raw = modality.image();
		ImagePlus result = eightBit ? ImagePlusBridge.toImagePlus8(EightBit.scale(raw).image(), title) : ImagePlusBridge.toImagePlus(raw, title);
		String info = modality.info() + ParameterNames.OUTPUT_TYPE + " = " + outputType + "\n" + ParameterNames.CROP_FACE + " = " + cropFace + "\n";
		result.setProperty("Info", info);
		if (outputFile != null && !outputFile.trim().isEmpty()) write(result, raw, Paths.get(outputFile.trim()), info, progress);
		return result;
	}

	/** @throws InputException for anything but the two output type choices */
	public static boolean eightBit(String outputType) {
		if (ParameterNames.CHOICE_8BIT.equals(outputType)) return true;
		if (ParameterNames.CHOICE_RAW.equals(outputType)) return false;
		throw new InputException(ParameterNames.OUTPUT_TYPE + " must be '" + ParameterNames.CHOICE_RAW + "' or '" + ParameterNames.CHOICE_8BIT + "', got '" + outputType + "'");
	}

	private static void write(ImagePlus result, Img<FloatType> raw, Path file, String info, Progress progress) {
		try {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) ImageFiles.writePng(EightBit.scale(raw).image(), file);
			else if (result.getBitDepth() == 32) ImageJFiles.writeTiff(raw, file, info);
			else {
				ImagePlus copy = result.duplicate();
				copy.setProperty("Info", info);
				AtomicFiles.write(file, tmp -> {
					if (!new FileSaver(copy).saveAsTiff(tmp.toString())) throw new IOException("ImageJ could not save " + tmp);
				});
			}
			progress.log("wrote " + file);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + ParameterNames.OUTPUT_FILE + " " + file + ": " + e.getMessage(), e);
		}
	}
}
