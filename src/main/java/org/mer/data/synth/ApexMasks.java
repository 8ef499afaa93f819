package org.mer.data.synth;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;

/**
 * Where the generator puts a clip's ground-truth apex mask, and reading it back. A synthetic
 * dataset's frames are {@code <root>/<layout folder>/<subject folder>/<sample>} (CASME2-RAW or
 * SAMM), its masks {@code <root>/masks/<subject folder>/<sample>_apex_mask.png}: 8-bit grey,
 * the frame's size, 255 where the micro-expression moved the face by more than
 * {@value SyntheticClip#MASK_THRESHOLD} px at the apex, else 0. Real datasets have no masks.
 * Stateless, thread safe.
 */
public final class ApexMasks {
	/** The masks folder under the dataset root. */
	public static final String FOLDER = "masks";
	/** Appended to the sample name. */
	public static final String SUFFIX = "_apex_mask.png";

	private ApexMasks() {}

	/** The mask file of sample {@code name} of {@code subjectFolder} in the dataset at {@code root}. */
	public static Path file(Path root, String subjectFolder, String name) {
		return root.resolve(FOLDER).resolve(subjectFolder).resolve(name + SUFFIX);
	}

	/**
	 * The mask of the sample whose frames are in {@code frames}, when {@code frames} lies in a
	 * dataset this generator wrote ({@value SyntheticDatasetGenerator#SETTINGS_FILE} three levels
	 * up) and the mask file exists.
	 */
	public static Optional<Path> find(Path frames) {
		Path f = frames == null ? null : frames.toAbsolutePath().normalize();
		if (f == null || f.getNameCount() < 3) return Optional.empty();
		Path root = f.getParent().getParent().getParent();
		if (root == null || !Files.isRegularFile(root.resolve(SyntheticDatasetGenerator.SETTINGS_FILE))) return Optional.empty();
		Path mask = file(root, f.getParent().getFileName().toString(), f.getFileName().toString());
		return Files.isRegularFile(mask) ? Optional.of(mask) : Optional.empty();
	}

	/**
	 * Reads a mask as a (X, Y, C = 1) image: 1 where the PNG's grey value is at least 128, else 0.
	 *
	 * @throws InputException naming the file when it cannot be read as an image
	 */
	public static Img<FloatType> read(Path file) {
		BufferedImage img;
		try {
			img = ImageIO.read(file.toFile());
		}
		catch (IOException e) {
			throw new InputException("cannot read the apex mask " + file + ": " + e.getMessage(), e);
		}
		if (img == null) throw new InputException("cannot read the apex mask " + file + ": not an image");
		int w = img.getWidth(), h = img.getHeight();
		Raster raster = img.getRaster();
		float[] values = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				values[y * w + x] = raster.getSample(x, y, 0) >= 128 ? 1f : 0f;
		return ArrayImgs.floats(values, w, h, 1);
	}
}
