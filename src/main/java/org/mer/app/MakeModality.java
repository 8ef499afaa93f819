package org.mer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import ij.ImagePlus;

import org.mer.align.AlignMode;
import org.mer.align.AlignSettings;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.ij.ImageJFiles;
import org.mer.ij.ImagePlusBridge;
import org.mer.io.ImageFiles;
import org.mer.io.OutputBatch;
import org.mer.mesti.EightBit;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityClips;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;

/**
 * Create MESTI and Create Input Modality ({@link UseCase#MESTI}, {@link UseCase#MODALITY}), for
 * every front end: open the clip (a path, or the current image in Fiji), optionally crop the
 * face, resolve onset/apex/offset, compute the modality and write the requested files. No window
 * code: ImageJ front ends show {@link Result#imagePlus()}. Stateless.
 */
public final class MakeModality {
	private MakeModality() {}

	/** A computed modality image and what was written. Immutable. */
	public static final class Result {
		private final ModalityImage modality;
		private final String clip, info;
		private final boolean eightBit;
		private final EightBit.Result eight;
		private final List<Path> written;

		private Result(ModalityImage modality, String clip, String info, boolean eightBit, List<Path> written) {
			this.modality = modality;
			this.clip = clip;
			this.info = info;
			this.eightBit = eightBit;
			this.eight = EightBit.scale(modality.image());
			this.written = Collections.unmodifiableList(written);
		}

		public ModalityImage modality() { return modality; }
		/** "clip NAME: onset 46, apex 63 (given), offset 75, 30 frames". */
		public String clip() { return clip; }
		/** Everything that made the image, one {@code key = value} per line (the image's Info). */
		public String info() { return info; }
		/** True when the 8-bit form is all 0 because the image is constant (a still clip). */
		public boolean constant() { return eight.constant(); }
		/** The files written, in order. */
		public List<Path> written() { return written; }

		/** What to print or log: the resolved clip, each file written, a warning for a constant image. */
		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			lines.add(clip);
			for (Path p : written)
				lines.add("wrote " + p);
			if (constant()) lines.add("warning: the image is constant (a still clip?); its 8-bit form is all 0");
			return lines;
		}

		/** The image to show, {@code <clip>_<modality>}: raw 32-bit or 8-bit as asked, with its Info. */
		public ImagePlus imagePlus() {
			String title = modality.sourceName() + "_" + modality.settings().kind().id();
			ImagePlus imp = eightBit ? ImagePlusBridge.toImagePlus8(eight.image(), title) : ImagePlusBridge.toImagePlus(modality.image(), title);
			imp.setProperty("Info", info);
			return imp;
		}
	}

	/**
	 * @param currentImage opens the current image when no clip path is given; null where there is none
	 * @throws InputException naming the parameter, clip, frame or file on bad input
	 */
	public static Result run(ParamValues v, Supplier<FrameSource> currentImage, Progress progress) {
		ModalitySettings settings = settings(v);
		Path outputFile = v.path(Params.OUTPUT_FILE);
		Path png = v.path(Params.PNG_FILE);
		if (v.frontEnd() == FrontEnd.CLI && outputFile == null && png == null) throw v.error(Params.OUTPUT_FILE, "is missing: give the file to write");
		checkFolder(v, Params.OUTPUT_FILE, outputFile);
		checkFolder(v, Params.PNG_FILE, png);
		boolean eightBit = v.choice(Params.OUTPUT_TYPE, Choices.OutputType.class) == Choices.OutputType.EIGHT_BIT;
		ClipRange range = ClipSources.range(v);
		ModalityImage modality;
		String clipLine;
		try (FrameSource source = ClipSources.open(v, currentImage, range)) {
			progress.status("resolving " + range);
			ModalityClips.Resolved resolved = ClipSources.resolve(v, source, range, settings);
			Clip clip = resolved.clip();
			progress.status("computing " + settings.kind().id());
			modality = Modalities.compute(clip, settings, progress);
			progress.checkCanceled();
			clipLine = ClipSources.describe(clip) + (resolved.summary().isEmpty() ? "" : "; " + resolved.summary());
		}
		String info = modality.info() + Params.OUTPUT_TYPE.key() + " = " + (eightBit ? Choices.OutputType.EIGHT_BIT : Choices.OutputType.RAW).id() + "\n"
			+ Params.CROP_FACE.key() + " = " + v.get(Params.CROP_FACE) + "\n";
		List<Path> written = new ArrayList<>();
		Result result = new Result(modality, clipLine, info, eightBit, written);
		write(v, result, outputFile, png, written);
		return result;
	}

	/** The modality settings of the values: MESTI for Create MESTI, else the chosen modality. */
	static ModalitySettings settings(ParamValues v) {
		ModalityKind kind = v.useCase() == UseCase.MESTI ? ModalityKind.MESTI : v.choice(Params.MODALITY, ModalityKind.class);
		return ModalitySettings.of(kind).withWeighting(v.choice(Params.WEIGHTING, MestiWeighting.class))
			.withApexMethod(v.choice(Params.APEX_METHOD, ApexMethod.class)).withAlign(align(v));
	}

	/** The alignment of {@link Params#ALIGN} (the other alignment settings at their defaults). */
	static AlignSettings align(ParamValues v) {
		return AlignSettings.of(v.choice(Params.ALIGN, AlignMode.class));
	}

	private static void checkFolder(ParamValues v, Param<String> param, Path file) {
		if (file == null) return;
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) throw v.error(param, file + ": folder " + parent + " does not exist");
		if (Files.isDirectory(file)) throw v.error(param, file + " is a folder");
	}

	/**
	 * Writes the output file and the PNG together: both are staged beside their targets
	 * ({@link OutputBatch}) and moved into place only when both were written, so a PNG that cannot be
	 * written leaves no TIFF behind. (Two files in different folders are committed one after the
	 * other; only a failure between those two renames could leave one of them.)
	 */
	private static void write(ParamValues v, Result r, Path outputFile, Path png, List<Path> written) {
		Map<Path, OutputBatch> batches = new LinkedHashMap<>();
		Param<String> writing = Params.OUTPUT_FILE;
		Path file = outputFile;
		try {
			if (outputFile != null) {
				Path staged = stage(batches, outputFile);
				if (outputFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) ImageFiles.writePng(r.eight.image(), staged);
				else if (r.eightBit) ImageJFiles.writeTiff(r.imagePlus(), staged);
				else ImageJFiles.writeTiff(r.modality.image(), staged, r.info);
			}
			if (png != null) {
				writing = Params.PNG_FILE;
				file = png;
				ImageFiles.writePng(r.eight.image(), stage(batches, png));
			}
			for (OutputBatch b : batches.values())
				b.commit();
			if (outputFile != null) written.add(outputFile);
			if (png != null) written.add(png);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + v.name(writing) + " " + file + ": " + e.getMessage(), e);
		}
		finally {
			for (OutputBatch b : batches.values())
				try {
					b.close();
				}
				catch (IOException e) {
					// staging left behind: hidden, and never touched by later batches
				}
		}
	}

	private static Path stage(Map<Path, OutputBatch> batches, Path file) throws IOException {
		Path dir = file.toAbsolutePath().normalize().getParent();
		OutputBatch b = batches.get(dir);
		if (b == null) batches.put(dir, b = OutputBatch.into(dir));
		return b.file(file.getFileName().toString());
	}
}
