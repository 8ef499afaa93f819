package org.mer.clip;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;

/**
 * A {@link FrameSource} over frames already in memory (e.g. the inputs of an Op), numbered
 * from 1 in list order. Frames are returned as given (no copy) and must have axis order
 * (X, Y, C) or (X, Y). Holds no resources; {@link #close()} does nothing.
 */
public final class FrameListSource extends AbstractFrameSource {
	private final String name;
	private final List<RandomAccessibleInterval<FloatType>> frames;

	/** @throws InputException when the list is empty */
	public FrameListSource(String name, List<? extends RandomAccessibleInterval<FloatType>> frames) {
		if (frames == null || frames.isEmpty()) throw new InputException(name + " has no frames");
		this.name = name;
		this.frames = new ArrayList<>(frames);
		long[] shape = FrameAccess.shape(this.frames.get(0));
		int[] numbers = new int[this.frames.size()];
		for (int i = 0; i < numbers.length; i++)
			numbers[i] = i + 1;
		describe(name, numbers, shape[0], shape[1], (int) shape[2]);
	}

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		if (frameNumber < 1 || frameNumber > frames.size())
			throw new InputException("frame " + frameNumber + " is not in " + name + " (frames 1.." + frames.size() + ")");
		return frames.get(frameNumber - 1);
	}

	@Override
	public void close() {}
}
