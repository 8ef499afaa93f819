package org.mer.clip;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.FrameSource;
import org.mer.core.InputException;

/**
 * In-memory {@link FrameSource} for tests: frames given as flat float arrays in (X, Y, C)
 * layout ({@code x + w * (y + h * c)}), numbered consecutively from {@code firstNumber}. Each
 * {@link #frame} call wraps the array in a new ArrayImg (no copy) and counts the decode; closes
 * are counted too.
 */
public final class ArrayFrameSource implements FrameSource {
	private final String name;
	private final int width, height, channels, firstNumber;
	private final List<float[]> frames = new ArrayList<>();
	private final List<long[]> shapes = new ArrayList<>();
	private int decoded, closed;

	public ArrayFrameSource(String name, int width, int height, int channels, int firstNumber) {
		this.name = name;
		this.width = width;
		this.height = height;
		this.channels = channels;
		this.firstNumber = firstNumber;
	}

	/** Adds a frame of the source's size. */
	public ArrayFrameSource add(float[] pixels) {
		return add(pixels, width, height, channels);
	}

	/** Adds a frame of another size (to test size checks). */
	public ArrayFrameSource add(float[] pixels, int w, int h, int c) {
		if (pixels.length != w * h * c) throw new IllegalArgumentException("need " + w * h * c + " values");
		frames.add(pixels);
		shapes.add(new long[] { w, h, c });
		return this;
	}

	/** Adds a frame with every pixel and channel equal to value. */
	public ArrayFrameSource addConstant(float value) {
		float[] a = new float[width * height * channels];
		java.util.Arrays.fill(a, value);
		return add(a);
	}

	/** Number of {@link #frame} calls so far. */
	public int decoded() {
		return decoded;
	}

	@Override public String name() { return name; }
	@Override public long width() { return width; }
	@Override public long height() { return height; }
	@Override public int channels() { return channels; }

	@Override
	public int[] frameNumbers() {
		int[] n = new int[frames.size()];
		for (int i = 0; i < n.length; i++)
			n[i] = firstNumber + i;
		return n;
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		int i = frameNumber - firstNumber;
		if (i < 0 || i >= frames.size()) throw new InputException("frame " + frameNumber + " is not in " + name);
		decoded++;
		return ArrayImgs.floats(frames.get(i), shapes.get(i));
	}

	/** Number of {@link #close} calls so far. */
	public int closed() {
		return closed;
	}

	@Override
	public void close() {
		closed++;
	}
}
