package org.mer.face;

/**
 * An axis-aligned rectangle in frame pixels: left column x, top row y, width, height. Immutable.
 */
public final class FaceBox {
	private final long x, y, width, height;

	public FaceBox(long x, long y, long width, long height) {
		if (width < 1 || height < 1) throw new IllegalArgumentException("empty box " + width + "x" + height);
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	public long x() {
		return x;
	}

	public long y() {
		return y;
	}

	public long width() {
		return width;
	}

	public long height() {
		return height;
	}

	public long area() {
		return width * height;
	}

	/**
	 * This box grown about its centre by {@code fraction} of its width and height in total
	 * (0.1: 5% more on each side, so 1.1 times as wide and high; SPEC §6), edges rounded
	 * outwards, then clamped to a {@code imageWidth x imageHeight} image.
	 */
	public FaceBox enlarged(double fraction, long imageWidth, long imageHeight) {
		double dx = width * fraction / 2, dy = height * fraction / 2;
		long x0 = Math.max(0, (long) Math.floor(x - dx)), y0 = Math.max(0, (long) Math.floor(y - dy));
		long x1 = Math.min(imageWidth, (long) Math.ceil(x + width + dx));
		long y1 = Math.min(imageHeight, (long) Math.ceil(y + height + dy));
		return new FaceBox(x0, y0, x1 - x0, y1 - y0);
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof FaceBox)) return false;
		FaceBox b = (FaceBox) o;
		return x == b.x && y == b.y && width == b.width && height == b.height;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(((x * 31 + y) * 31 + width) * 31 + height);
	}

	/** "WxH+X+Y", the ImageMagick geometry form. */
	@Override
	public String toString() {
		return width + "x" + height + "+" + x + "+" + y;
	}
}
