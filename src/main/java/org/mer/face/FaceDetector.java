package org.mer.face;

import java.io.File;
import java.io.IOException;
import java.util.Optional;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Finds the face in a frame with OpenCV's Haar frontal-face cascade
 * ({@code haarcascade_frontalface_default.xml}, shipped inside the bytedeco OpenCV jar and
 * cached on disk by JavaCPP on first use) - SPEC §6.
 * <p>
 * The frame (X, Y, C) is turned into 8-bit grey: C = 3 is weighted 0.299 R + 0.587 G +
 * 0.114 B; values above 255 (16-bit sources) are scaled by 255 / max; then the histogram is
 * equalised and the cascade runs with scale factor 1.1, 5 neighbours and a 30-pixel minimum
 * face. Holds the native classifier: close it. Not thread safe (use one per thread).
 */
public final class FaceDetector implements AutoCloseable {
	/** Total enlargement of the detected box, SPEC §6. */
	public static final double ENLARGEMENT = 0.10;
	static final String CASCADE = "haarcascade_frontalface_default.xml";

	private CascadeClassifier classifier;

	/** @throws IllegalStateException when the cascade is not in the OpenCV jar (broken install) */
	public FaceDetector() {
		String resource = "/org/bytedeco/opencv/" + Loader.getPlatform() + "/share/opencv4/haarcascades/" + CASCADE;
		File file;
		try {
			file = Loader.cacheResource(resource);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot extract the OpenCV face cascade " + resource + ": " + e.getMessage(), e);
		}
		if (file == null) throw new IllegalStateException("the OpenCV jar for " + Loader.getPlatform() + " has no " + resource);
		classifier = new CascadeClassifier(file.getAbsolutePath());
		if (classifier.empty()) {
			classifier.close();
			throw new IllegalStateException("OpenCV could not load the face cascade " + file);
		}
	}

	/**
	 * @param frame axes (X, Y, C) with C = 1 or 3, or (X, Y)
	 * @return the largest face, enlarged by {@link #ENLARGEMENT} and clamped to the frame, in the
	 *         frame's zero-min pixel coordinates; empty when no face is found
	 */
	public Optional<FaceBox> detect(RandomAccessibleInterval<FloatType> frame) {
		if (classifier == null) throw new IllegalStateException("FaceDetector is closed");
		int w = Math.toIntExact(frame.dimension(0)), h = Math.toIntExact(frame.dimension(1));
		byte[] grey = toGrey8(frame, w, h);
		FaceBox best = null;
		try (BytePointer pixels = new BytePointer(grey);
			Mat image = new Mat(h, w, opencv_core.CV_8UC1, pixels);
			Mat equalised = new Mat();
			RectVector faces = new RectVector();
			Size minSize = new Size(30, 30);
			Size maxSize = new Size()) {
			opencv_imgproc.equalizeHist(image, equalised);
			classifier.detectMultiScale(equalised, faces, 1.1, 5, 0, minSize, maxSize);
			for (long i = 0; i < faces.size(); i++) {
				try (Rect r = faces.get(i)) {
					FaceBox box = new FaceBox(r.x(), r.y(), r.width(), r.height());
					if (best == null || box.area() > best.area()) best = box;
				}
			}
		}
		return best == null ? Optional.empty() : Optional.of(best.enlarged(ENLARGEMENT, w, h));
	}

	static byte[] toGrey8(RandomAccessibleInterval<FloatType> frame, int w, int h) {
		RandomAccessibleInterval<FloatType> xyc = Views.zeroMin(frame);
		int channels = xyc.numDimensions() < 3 ? 1 : Math.toIntExact(xyc.dimension(2));
		float[] lum = new float[w * h];
		float[] weights = channels == 3 ? new float[] { 0.299f, 0.587f, 0.114f } : new float[] { 1f };
		for (int c = 0; c < weights.length; c++) {
			RandomAccessibleInterval<FloatType> plane = xyc.numDimensions() < 3 ? xyc : Views.hyperSlice(xyc, 2, c);
			Cursor<FloatType> cursor = Views.flatIterable(plane).cursor();
			for (int i = 0; i < lum.length; i++)
				lum[i] += weights[c] * cursor.next().get();
		}
		float max = 0;
		for (float v : lum)
			max = Math.max(max, v);
		float scale = max > 255 ? 255 / max : 1;
		byte[] grey = new byte[w * h];
		for (int i = 0; i < lum.length; i++)
			grey[i] = (byte) Math.round(Math.min(255, Math.max(0, lum[i] * scale)));
		return grey;
	}

	@Override
	public void close() {
		if (classifier != null) classifier.close();
		classifier = null;
	}
}
