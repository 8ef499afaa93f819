package org.mer.spot;

import org.mer.clip.FrameSource;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Test source: the grey frames of another source painted into a larger RGB frame at (x, y) on a
 * fixed striped background, as a face in a webcam frame (SYNTHETIC).
 */
final class Canvas implements FrameSource {
	private final FrameSource face;
	private final int width, height, x, y;

	Canvas(FrameSource face, int width, int height, int x, int y) {
		this.face = face;
		this.width = width;
		this.height = height;
		this.x = x;
		this.y = y;
	}

	@Override public String name() { return face.name() + "-canvas"; }
	@Override public int[] frameNumbers() { return face.frameNumbers(); }
	@Override public long width() { return width; }
	@Override public long height() { return height; }
	@Override public int channels() { return 3; }

	@Override
	public RandomAccessibleInterval<FloatType> frame(int n) {
		float[] grey = org.mer.clip.FrameAccess.toArray(face.frame(n));
		int fw = (int) face.width(), fh = (int) face.height(), plane = width * height;
		float[] rgb = new float[3 * plane];
		for (int yy = 0; yy < height; yy++)
			for (int xx = 0; xx < width; xx++) {
				int i = yy * width + xx;
				boolean inside = xx >= x && xx < x + fw && yy >= y && yy < y + fh;
				float v = inside ? grey[(yy - y) * fw + (xx - x)] : 60 + 40 * (((xx / 16) + (yy / 16)) % 2);
				rgb[i] = v;
				rgb[plane + i] = 0.9f * v;
				rgb[2 * plane + i] = 0.8f * v;
			}
		return ArrayImgs.floats(rgb, width, height, 3);
	}

	@Override public void close() { face.close(); }
}
