package org.mer.model;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.Engines;
import org.mer.net.NetworkSpec;
import org.mer.net.Networks;

/** Tiny random-weight MEGANets saved as model folders, for tests. */
public final class TinyModels {
	public static final List<String> CLASSES = List.of("negative", "positive", "surprise");
	public static final int SIZE = 64;

	private TinyModels() {}

	public static NetworkSpec spec(int width) {
		return new NetworkSpec(Architecture.MEGANET, SIZE, width, CLASSES.size());
	}

	public static ModelConfig config(NetworkSpec spec) {
		return new ModelConfig(spec, CLASSES, ModalitySettings.mesti(MestiWeighting.APEX_PEAK),
			new float[] { 0.5f, 0.5f, 0.5f }, new float[] { 0.25f, 0.25f, 0.25f },
			Provenance.now("synthetic", "none", 0, 7, Map.of("ACC", 0.5), "random weights: test model"), List.of());
	}

	/**
	 * Builds a MEGANet of the given width, fills every parameter (BN running statistics
	 * included) with seeded random values so a load that ignored any of them would change the
	 * outputs, and saves it.
	 *
	 * @param manager owns the block's arrays; the caller closes it
	 */
	public static Block build(NDManager manager, int width, long seed) {
		Engines.pytorch();
		Engine.getEngine("PyTorch").setRandomSeed((int) seed);
		Block block = Networks.build(spec(width));
		block.initialize(manager, DataType.FLOAT32, new Shape(1, 3, SIZE, SIZE));
		Random r = new Random(seed);
		for (Map.Entry<String, Parameter> e : Networks.namedParameters(block).entrySet()) {
			NDArray a = e.getValue().getArray();
			float[] v = new float[(int) a.size()];
			boolean positive = e.getKey().endsWith("running_var");
			for (int i = 0; i < v.length; i++)
				v[i] = positive ? 0.5f + r.nextFloat() : (float) (r.nextGaussian() * 0.2);
			a.set(v);
		}
		return block;
	}

	/** Saves a random tiny model (width 4 unless given) into {@code dir}. */
	public static ModelConfig save(Path dir, int width, long seed) throws IOException {
		try (NDManager m = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
			Block block = build(m, width, seed);
			return ModelFolder.save(block, config(spec(width)), dir);
		}
	}

	/** Writes a 7-frame 32 x 24 grey clip of PNGs img3.png..img9.png with a blob moving right. */
	public static void writeClip(Path dir, int shift) throws IOException {
		Files.createDirectories(dir);
		for (int t = 0; t < 7; t++) {
			BufferedImage im = new BufferedImage(32, 24, BufferedImage.TYPE_BYTE_GRAY);
			for (int y = 0; y < 24; y++)
				for (int x = 0; x < 32; x++) {
					double d = Math.hypot(x - 10 - shift - t, y - 12);
					im.getRaster().setSample(x, y, 0, (int) (50 + 150 * Math.exp(-d * d / 16)));
				}
			ImageIO.write(im, "png", dir.resolve("img" + (t + 3) + ".png").toFile());
		}
	}
}
