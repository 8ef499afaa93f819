package org.mer.data.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.mer.io.AtomicFiles;

/**
 * Writes 8-bit grey or RGB images as JPEG or PNG through javax.imageio, atomically through
 * {@link AtomicFiles}, so an interrupted run never leaves half a file.
 * Float pixels are rounded and clamped to 0..255. Thread safe. (JPEG with an explicit quality,
 * which {@link org.mer.io.ImageFiles} does not offer.)
 */
public final class SynthImages {
	private SynthImages() {}

	/** Writes RGB planes (or grey when {@code grey}) of a width x height frame. */
	public static void writeFrame(float[][] rgb, int width, int height, boolean grey, FrameFormat format, int jpegQuality, Path file) throws IOException {
		BufferedImage img;
		if (grey) img = greyImage(SyntheticClip.grey(rgb), width, height);
		else {
			img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
			byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
			for (int i = 0; i < width * height; i++) {
				data[3 * i] = toByte(rgb[2][i]);
				data[3 * i + 1] = toByte(rgb[1][i]);
				data[3 * i + 2] = toByte(rgb[0][i]);
			}
		}
		write(img, format, jpegQuality, file);
	}

	/** Writes an 8-bit grey mask (row-major bytes) as PNG. */
	public static void writeMask(byte[] mask, int width, int height, Path file) throws IOException {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		System.arraycopy(mask, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0, width * height);
		write(img, FrameFormat.PNG, 100, file);
	}

	private static BufferedImage greyImage(float[] g, int width, int height) {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < width * height; i++) data[i] = toByte(g[i]);
		return img;
	}

	private static byte toByte(float v) {
		int b = Math.round(v);
		return (byte) (b < 0 ? 0 : b > 255 ? 255 : b);
	}

	private static void write(BufferedImage img, FrameFormat format, int jpegQuality, Path file) throws IOException {
		AtomicFiles.write(file, tmp -> {
			try (OutputStream os = Files.newOutputStream(tmp); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
				Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format == FrameFormat.JPEG ? "jpeg" : "png");
				ImageWriter writer = it.next();
				try {
					writer.setOutput(ios);
					ImageWriteParam param = writer.getDefaultWriteParam();
					if (format == FrameFormat.JPEG) {
						param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
						param.setCompressionQuality(jpegQuality / 100f);
					}
					writer.write(null, new IIOImage(img, null, null), param);
				}
				finally {
					writer.dispose();
				}
			}
		});
	}
}
