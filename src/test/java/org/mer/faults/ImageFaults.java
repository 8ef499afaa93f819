package org.mer.faults;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Damaged and hostile frame files, made on the fly (never copied from a dataset): image bombs,
 * truncated files, frames of another bit depth or size. Stateless.
 */
public final class ImageFaults {
	private ImageFaults() {}

	/**
	 * A valid PNG header declaring {@code width} x {@code height} RGB pixels with no pixel data:
	 * a few dozen bytes whose naive decoding allocates width x height x 3 bytes.
	 */
	public static Path pngBomb(Path file, int width, int height) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(ihdr);
		h.writeInt(width);
		h.writeInt(height);
		h.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits, RGB, deflate, no filter, no interlace
		chunk(out, "IHDR", ihdr.toByteArray());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.write(file, bytes.toByteArray());
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(t);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

	/** An RGB JPEG of noise (so it compresses poorly and truncation cuts real data). */
	public static Path noiseJpeg(Path file, int width, int height, long seed) throws IOException {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random r = new Random(seed);
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				img.setRGB(x, y, r.nextInt() & 0xffffff);
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (!ImageIO.write(img, "jpg", file.toFile())) throw new IOException("no JPEG writer");
		return file;
	}

	/** Cuts {@code file} to {@code fraction} of its length, as an interrupted copy would. */
	public static Path truncate(Path file, double fraction) throws IOException {
		byte[] b = Files.readAllBytes(file);
		return Files.write(file, Arrays.copyOf(b, (int) (b.length * fraction)));
	}

	/** A grey 8-bit PNG with values {@code (x + y + seed) % 256}. */
	public static Path grey8Png(Path file, int width, int height, int seed) throws IOException {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				img.getRaster().setSample(x, y, 0, (x + y + seed) % 256);
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer");
		return file;
	}

	/** A grey 16-bit TIFF (JDK TIFF writer) with values {@code 1000 * (x + y) + seed}. */
	public static Path grey16Tiff(Path file, int width, int height, int seed) throws IOException {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++)
				img.getRaster().setSample(x, y, 0, (1000 * (x + y) + seed) & 0xffff);
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (!ImageIO.write(img, "tiff", file.toFile())) throw new IOException("no TIFF writer");
		return file;
	}
}
