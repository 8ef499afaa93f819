package org.mer.train;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.mer.clip.ClipRange;
import org.mer.data.Sample;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.MestiWeighting;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;

/**
 * A tiny synthetic dataset for fast training tests: per subject a random grey texture; each
 * clip of 16 PNG frames (48 x 48, frames numbered 1..16, apex 8) brightens a class-specific blob
 * rising to the apex and decaying.
 */
public final class TinyClips {
	public static final List<String> CLASSES = Arrays.asList("a", "b", "c");
	private static final int SIZE = 48, FRAMES = 16, APEX = 8;
	private static final int[][] CENTRES = { { 14, 14 }, { 34, 14 }, { 24, 36 } };

	private TinyClips() {}

	/** subjects s1..sN, clipsPerClass clips of each class per subject. */
	public static List<Sample> write(Path root, int subjects, int clipsPerClass) {
		List<Sample> samples = new ArrayList<>();
		try {
			for (int s = 1; s <= subjects; s++) {
				Random rng = new Random(s * 7919L);
				float[] base = new float[SIZE * SIZE];
				for (int i = 0; i < base.length; i++)
					base[i] = 90 + 40 * rng.nextFloat();
				for (int c = 0; c < CLASSES.size(); c++)
					for (int k = 0; k < clipsPerClass; k++) {
						String id = "s" + s + "/" + CLASSES.get(c) + k;
						Path dir = root.resolve("s" + s).resolve(CLASSES.get(c) + k);
						Files.createDirectories(dir);
						for (int f = 1; f <= FRAMES; f++) {
							double amp = 50 * Math.max(0, 1 - Math.abs(f - APEX) / 6.0);
							ImageIO.write(frame(base, CENTRES[c], amp, rng), "png", dir.resolve("img" + f + ".png").toFile());
						}
						samples.add(new Sample("tiny", "s" + s, id, dir, new ClipRange(1, APEX, FRAMES), CLASSES.get(c)));
					}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return samples;
	}

	private static BufferedImage frame(float[] base, int[] centre, double amp, Random rng) {
		BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
		byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				double d2 = Math.pow(x - centre[0], 2) + Math.pow(y - centre[1], 2);
				double v = base[y * SIZE + x] + amp * Math.exp(-d2 / 40) + 2 * rng.nextGaussian();
				px[y * SIZE + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
			}
		return img;
	}

	/** MEGANet width 8, input 64, 3 classes; MESTI apex-peak; batch 4, no augmentation unless asked. */
	public static TrainSettings.Builder settings(int epochs) {
		NetworkSpec spec = new NetworkSpec(Architecture.MEGANET, 64, 8, CLASSES.size());
		return TrainSettings.builder(spec, ModalitySettings.mesti(MestiWeighting.APEX_PEAK)).epochs(epochs).batchSize(4)
			.device("cpu").threads(1).seed(7);
	}
}
