package org.mer.ij;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.io.RoiEncoder;

import org.mer.core.InputException;
import org.mer.io.AtomicFiles;
import org.mer.io.Sha256;

/**
 * Headless attention outputs for one clip, each written atomically (temporary file in the same
 * folder, then rename), no window code:
 * <ul>
 * <li>{@code <clip>_attention.png}: the base image flattened with the heat overlay and the
 * region outlines (RGB);</li>
 * <li>{@code <clip>_attention.tif}: the attention map resized to the base image, 32-bit;</li>
 * <li>{@code <clip>_attention_rois.zip}: the region ROIs, one {@code .roi} entry per region
 * in rank order, as ImageJ's ROI Manager saves and opens them.</li>
 * </ul>
 * {@code <clip>} is the clip name with characters other than letters, digits, '.', '-' and
 * '_' replaced by '_'. Thread safe as long as two calls do not write the same clip into the same folder.
 */
public final class AttentionFiles {
	private AttentionFiles() {}

	/**
	 * @param dir the output folder, created when missing
	 * @param base the image the overlay is drawn on (MESTI or apex frame); not modified
	 * @return the three files written: PNG, TIFF, ROI zip
	 */
	public static List<Path> write(Path dir, String clipName, ImagePlus base, AttentionLayer layer) {
		String stem = fileStem(clipName);
		try {
			Files.createDirectories(dir);
			Path png = dir.resolve(stem + "_attention.png");
			Path tif = dir.resolve(stem + "_attention.tif");
			Path zip = dir.resolve(stem + "_attention_rois.zip");

			ImagePlus view = base.duplicate();
			view.setOverlay(layer.toOverlay());
			ImagePlus flat = view.flatten();
			flat.setTitle(stem + "_attention");
			AtomicFiles.write(png, tmp -> requireSaved(new FileSaver(flat).saveAsPng(tmp.toString()), tmp));

			ImagePlus mapImage = new ImagePlus(stem + "_attention_map", AttentionMaps.toProcessor(layer.map().clone(), layer.width(), layer.height()));
			AtomicFiles.write(tif, tmp -> requireSaved(new FileSaver(mapImage).saveAsTiff(tmp.toString()), tmp));

			AtomicFiles.write(zip, tmp -> writeRoiZip(tmp, layer.rois()));
			return Arrays.asList(png, tif, zip);
		}
		catch (IOException e) {
			throw new InputException("cannot write attention files for " + clipName + " to " + dir + ": " + e.getMessage(), e);
		}
	}

	/** Convenience: builds the layer from a map and writes the files. */
	public static List<Path> write(Path dir, String clipName, ImagePlus base, float[] map, int mapWidth, int mapHeight, AttentionStyle style) {
		return write(dir, clipName, base, AttentionLayer.build(base, map, mapWidth, mapHeight, style));
	}

	/**
	 * A file-name stem for a clip name, unique per name: letters, digits, '.', '_' and '-' are kept;
	 * when anything else had to be replaced by '_' (a '/' in {@code sub01/EP02}, a space), the first
	 * 8 hex digits of the name's SHA-256 are appended, so {@code a/b} and {@code a_b} never share a
	 * file ({@code a_b-3b0a1c2d} and {@code a_b}).
	 */
	public static String fileStem(String clipName) {
		String name = clipName == null ? "" : clipName;
		String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
		if (s.isEmpty()) return "clip";
		return s.equals(name) ? s : s + "-" + Sha256.of(name).substring(0, 8);
	}

	/** Writes ROIs into a zip the ROI Manager opens; entry names are the ROI names, made unique. */
	static void writeRoiZip(Path file, List<Roi> rois) throws IOException {
		Set<String> used = new HashSet<>();
		try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zos = new ZipOutputStream(new BufferedOutputStream(os));
			DataOutputStream out = new DataOutputStream(zos)) {
			RoiEncoder encoder = new RoiEncoder(out);
			for (Roi roi : rois) {
				String name = roi.getName() == null ? "roi" : roi.getName();
				String entry = name;
				for (int k = 2; !used.add(entry); k++)
					entry = name + "-" + k;
				zos.putNextEntry(new ZipEntry(entry + ".roi"));
				encoder.write(roi);
				out.flush();
			}
		}
	}

	private static void requireSaved(boolean saved, Path file) throws IOException {
		if (!saved) throw new IOException("ImageJ could not save " + file);
	}
}
