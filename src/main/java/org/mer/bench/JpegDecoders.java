package org.mer.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.mer.clip.FolderFrameSource;
import org.mer.clip.FrameAccess;

/**
 * Row of section 1b: would decoding JPEG frames through OpenCV's {@code imdecode} (its bundled
 * libjpeg-turbo) beat the JDK's ImageIO decoder that {@link FolderFrameSource} uses? Both decode
 * the same CASME-like frames (280 x 340, a smooth face-like oval with fine noise, written by
 * ImageIO at quality 75, 85 and 95, 4:2:0), converted to the same float (X, Y, C) layout, each
 * including reading the file; the row gives the CPU time per frame of each (thread CPU time, fastest of several rounds, so other
 * processes on a shared machine matter less) and the largest pixel difference between them.
 * <p>
 * Measured here: identical pixels, and imdecode no faster, because the OpenCV build on the class
 * path (bytedeco opencv 4.9.0-1.5.10) compiles libjpeg-turbo 2.1.3 without its SIMD code
 * ({@code cv::getBuildInformation()}: "SIMD Support Request: NO"). The plugin keeps ImageIO, with
 * its header size check and truncation detection; this row tells when another OpenCV build makes
 * the switch worth it.
 */
final class JpegDecoders {
	private JpegDecoders() {}

	/** @return {ImageIO ms/frame, imdecode ms/frame, max |difference|, frames compared} */
	static double[] compare(Path dir, int rounds) throws IOException {
		int w = 280, h = 340, n = 0;
		float maxDiff = 0;
		float[] qualities = { 0.75f, 0.85f, 0.95f };
		byte[][] files = new byte[qualities.length * 2][];
		for (int q = 0; q < qualities.length; q++)
			for (int k = 0; k < 2; k++) {
				int i = 2 * q + k;
				files[i] = jpeg(face(w, h, i), qualities[q]);
				Path folder = Files.createDirectories(dir.resolve("q" + i));
				Files.write(folder.resolve("img1.jpg"), files[i]);
				float[] imageio;
				try (FolderFrameSource s = new FolderFrameSource(folder)) {
					imageio = FrameAccess.toArray(s.frame(1));
				}
				float[] opencv = imdecode(files[i]);
				for (int p = 0; p < imageio.length; p++)
					maxDiff = Math.max(maxDiff, Math.abs(imageio[p] - opencv[p]));
				n++;
			}
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		double bestImageIo = Double.POSITIVE_INFINITY, bestOpenCv = Double.POSITIVE_INFINITY;
		Path first = dir.resolve("q0");
		try (FolderFrameSource s = new FolderFrameSource(first)) {
			s.frame(1); // the frame decoded on opening; every later request reads and decodes the file
			for (int r = 0; r < rounds; r++) {
				long t0 = cpu.getCurrentThreadCpuTime();
				for (int i = 0; i < 20; i++)
					s.frame(1);
				long t1 = cpu.getCurrentThreadCpuTime();
				for (int i = 0; i < 20; i++)
					imdecode(Files.readAllBytes(first.resolve("img1.jpg")));
				long t2 = cpu.getCurrentThreadCpuTime();
				bestImageIo = Math.min(bestImageIo, (t1 - t0) / 20e6);
				bestOpenCv = Math.min(bestOpenCv, (t2 - t1) / 20e6);
			}
		}
		return new double[] { bestImageIo, bestOpenCv, maxDiff, n };
	}

	/** OpenCV's decode of a JPEG file's bytes as (X, Y, C) floats, R G B planes. */
	static float[] imdecode(byte[] file) {
		try (PointerScope scope = new PointerScope()) {
			Mat bytes = new Mat(1, file.length, opencv_core.CV_8UC1, new BytePointer(file));
			Mat bgr = opencv_imgcodecs.imdecode(bytes, opencv_imgcodecs.IMREAD_COLOR);
			int w = bgr.cols(), h = bgr.rows(), plane = w * h;
			byte[] d = new byte[3 * plane];
			bgr.data().get(d);
			float[] px = new float[3 * plane];
			for (int i = 0, p = 0; i < plane; i++, p += 3) {
				px[i] = d[p + 2] & 0xff;
				px[plane + i] = d[p + 1] & 0xff;
				px[2 * plane + i] = d[p] & 0xff;
			}
			return px;
		}
	}

	/** A face-like frame: a bright oval on a darker ground, skin-like colour, shading and noise. */
	static BufferedImage face(int w, int h, long seed) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
		Random r = new Random(seed);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double dx = (x - w / 2.0) / (w * 0.35), dy = (y - h / 2.0) / (h * 0.42);
				double inside = dx * dx + dy * dy < 1 ? 1 : 0;
				int base = (int) (60 + inside * 120 + 20 * Math.sin(x * 0.07) * Math.cos(y * 0.05)), noise = r.nextInt(9) - 4;
				int red = clamp(base + 40 + noise), green = clamp(base + noise), blue = clamp(base - 20 + noise);
				img.setRGB(x, y, (red << 16) | (green << 8) | blue);
			}
		return img;
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	static byte[] jpeg(BufferedImage img, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
		try {
			ImageWriteParam p = writer.getDefaultWriteParam();
			p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			p.setCompressionQuality(quality);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
				writer.setOutput(out);
				writer.write(null, new IIOImage(img, null, null), p);
			}
			return bytes.toByteArray();
		}
		finally {
			writer.dispose();
		}
	}

	static String note(double[] r) {
		return String.format(Locale.ROOT, "max |pixel difference| %.0f over %.0f frames at quality 75/85/95; thread CPU time; "
			+ "OpenCV's libjpeg-turbo is built without SIMD", r[2], r[3]);
	}
}
