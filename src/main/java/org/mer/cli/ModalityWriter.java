package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mer.ij.ImageJFiles;
import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.ImageFiles;
import org.mer.clip.ClipResolver;
import org.mer.mesti.EightBit;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.Modalities;

/** The one code path behind {@code mer mesti} and {@code mer modality}: clip -> modality -> files. */
final class ModalityWriter {
	private ModalityWriter() {}

	/**
	 * Computes the modality of the clip the options name and writes the raw 32-bit image as an
	 * ImageJ TIFF (one slice per channel) and, when {@code png} is given, the 8-bit form.
	 */
	static void write(ClipOptions clipOptions, ModalitySettings settings, Path tiff, Path png, PrintWriter out, Progress progress) {
		checkParent(tiff, "--out");
		if (png != null) checkParent(png, "--png");
		try (FrameSource source = clipOptions.open()) {
			checkGivenApex(clipOptions, source);
			Clip clip = ClipResolver.resolve(source, clipOptions.range(), clipOptions.spotting());
			out.println("clip " + source.name() + ": onset " + clip.onset() + ", apex " + clip.apex() + " ("
				+ clip.apexMethod().id() + (clip.apexNote().isEmpty() ? "" : ": " + clip.apexNote()) + "), offset "
				+ clip.offset() + ", " + clip.length() + " frames");
			ModalityImage image = Modalities.compute(clip, settings, progress);
			try {
				ImageJFiles.writeTiff(image.image(), tiff, image.info());
			}
			catch (IOException e) {
				throw new InputException("cannot write " + tiff + ": " + e.getMessage(), e);
			}
			out.println("wrote " + tiff);
			if (png != null) {
				EightBit.Result eight = EightBit.scale(image.image());
				if (eight.constant()) out.println("warning: the image is constant; the 8-bit form is all 0");
				try {
					ImageFiles.writePng(eight.image(), png);
				}
				catch (IOException e) {
					throw new InputException("cannot write " + png + ": " + e.getMessage(), e);
				}
				out.println("wrote " + png);
			}
		}
	}

	/**
	 * An apex typed on the command line is honoured or refused, never silently replaced (a sheet's
	 * invalid apex, in batch runs, is replaced and reported instead, SPEC §5).
	 */
	private static void checkGivenApex(ClipOptions options, FrameSource source) {
		Integer apex = options.range().apex();
		if (apex == null) return;
		int[] bounds = options.range().resolveBounds(source);
		if (apex < bounds[0] || apex > bounds[1])
			throw new InputException("--apex " + apex + " is outside the clip " + source.name() + " (onset " + bounds[0]
				+ " .. offset " + bounds[1] + ")");
	}

	private static void checkParent(Path file, String option) {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent))
			throw new InputException(option + ": folder " + parent + " does not exist");
	}
}
