package org.mer.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.io.Sha256;
import org.mer.core.InputException;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.io.AtomicFiles;
import org.mer.clip.FrameAccess;
import org.mer.mesti.ModalityClips;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;

/**
 * Modality images computed once per sample and kept in a folder. The file name is the SHA-256
 * (first 32 hex digits, extension {@code .mod}) of the sample's dataset, id, absolute frames path,
 * onset/apex/offset, {@link ModalitySettings#key()} and {@link #CACHE_VERSION}; any change of
 * those makes a new file, i.e. a recomputation. Changed frame files under an unchanged path are
 * not detected: delete the folder then.
 * <p>
 * File format (big-endian, {@link DataOutputStream}): the 8 ASCII bytes {@code MERMOD01}; ints
 * width, height, channels, onset, apex, offset; UTF strings apex method id, apex note, source
 * name, settings key; then width * height * channels floats in (X, Y, C) order (x fastest). A
 * file that cannot be read or whose key differs is recomputed.
 * <p>
 * Thread safe: files are written atomically ({@link AtomicFiles}), so concurrent readers see a
 * whole file or none; two threads computing the same sample both write the same content.
 */
public final class ModalityCache {
	/** Bump when the modality computations change their output (2: TV-L1 flow input scaling fixed). */
	public static final String CACHE_VERSION = "2";
	private static final byte[] MAGIC = "MERMOD01".getBytes(StandardCharsets.US_ASCII);

	private final Path folder;

	public ModalityCache(Path folder) {
		this.folder = folder;
	}

	public Path folder() { return folder; }

	/** The file that holds (or will hold) this sample's image for these settings. */
	public Path file(Sample sample, ModalitySettings settings) {
		String key = String.join("\n", sample.dataset(), sample.id(), sample.frames().toAbsolutePath().normalize().toString(),
			sample.range().toString(), settings.key(), CACHE_VERSION);
		return folder.resolve(Sha256.of(key).substring(0, 32) + ".mod");
	}

	/**
	 * The sample's modality image: read from the cache, or computed (frames opened with
	 * {@link FrameSources#open}, clip resolved with the settings' apex method) and stored.
	 *
	 * @throws org.mer.core.InputException from reading the frames or resolving the clip
	 */
	public ModalityImage get(Sample sample, ModalitySettings settings, Progress progress) {
		Path file = file(sample, settings);
		ModalityImage cached = read(file, settings);
		if (cached != null) return cached;
		ModalityImage image;
		try (FrameSource source = FrameSources.open(sample.frames())) {
			Clip clip = ModalityClips.resolve(source, sample.range(), settings).clip();
			image = Modalities.compute(clip, settings, progress);
		}
		try {
			write(file, image);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the modality cache file " + file, e);
		}
		return image;
	}

	/** @return the cached image, or null when the file is missing, unreadable or for other settings */
	static ModalityImage read(Path file, ModalitySettings settings) {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			byte[] magic = new byte[MAGIC.length];
			in.readFully(magic);
			if (!Arrays.equals(magic, MAGIC)) return null;
			int w = in.readInt(), h = in.readInt(), c = in.readInt();
			int onset = in.readInt(), apex = in.readInt(), offset = in.readInt();
			ApexMethod method = ApexMethod.valueOf(in.readUTF().toUpperCase(Locale.ROOT));
			String note = in.readUTF(), source = in.readUTF(), key = in.readUTF();
			if (!key.equals(settings.key()) || w < 1 || h < 1 || c < 1 || (long) w * h * c > Integer.MAX_VALUE / 4) return null;
			byte[] bytes = new byte[w * h * c * 4];
			in.readFully(bytes);
			float[] data = new float[w * h * c];
			ByteBuffer.wrap(bytes).asFloatBuffer().get(data);
			Img<FloatType> img = ArrayImgs.floats(data, w, h, c);
			return new ModalityImage(img, settings, source, onset, apex, offset, method, note);
		}
		catch (IOException | IllegalArgumentException e) {
			return null;
		}
	}

	static void write(Path file, ModalityImage image) throws IOException {
		long[] shape = FrameAccess.shape(image.image());
		float[] data = FrameAccess.toArray(image.image());
		AtomicFiles.write(file, temp -> {
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
				out.write(MAGIC);
				out.writeInt((int) shape[0]);
				out.writeInt((int) shape[1]);
				out.writeInt((int) shape[2]);
				out.writeInt(image.onset());
				out.writeInt(image.apex());
				out.writeInt(image.offset());
				out.writeUTF(image.apexMethod().id());
				out.writeUTF(image.apexNote());
				out.writeUTF(image.sourceName());
				out.writeUTF(image.settings().key());
				ByteBuffer bytes = ByteBuffer.allocate(data.length * 4);
				bytes.asFloatBuffer().put(data);
				out.write(bytes.array());
			}
		});
	}
}
