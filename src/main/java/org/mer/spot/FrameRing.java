package org.mer.spot;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The last {@code capacity} analysis frames (8-bit grey OpenCV Mats), addressed by their
 * position in the recording (0, 1, 2, ... in decoding order). The Mats are allocated once, when
 * the ring is made, and overwritten in turn, so memory does not grow with the recording: this is
 * what keeps the spotter streaming. {@link #held()} and {@link #maxHeld()} count the frames held
 * (for tests and benchmarks). Owns the Mats; close it. Not thread safe.
 */
final class FrameRing implements AutoCloseable {
	private final Mat[] slots;
	private int next, maxHeld;

	FrameRing(int capacity, int width, int height) {
		if (capacity < 1) throw new IllegalArgumentException("capacity " + capacity);
		slots = new Mat[capacity];
		for (int i = 0; i < capacity; i++)
			slots[i] = new Mat(height, width, opencv_core.CV_8UC1);
	}

	int capacity() {
		return slots.length;
	}

	/** The Mat to fill with frame position {@link #nextPosition()}; it replaces the oldest frame. Call {@link #commit()} after filling. */
	Mat slotForNext() {
		return slots[next % slots.length];
	}

	/** Marks the slot of {@link #nextPosition()} as filled. */
	void commit() {
		next++;
		maxHeld = Math.max(maxHeld, held());
	}

	/** The position the next frame will have (= frames committed so far). */
	int nextPosition() {
		return next;
	}

	/** @throws IllegalArgumentException when position is not among the frames held */
	Mat get(int position) {
		if (position < 0 || position >= next || position < next - slots.length)
			throw new IllegalArgumentException("frame position " + position + " is not held (held " + Math.max(0, next - slots.length) + ".." + (next - 1) + ")");
		return slots[position % slots.length];
	}

	/** Frames held now. */
	int held() {
		return Math.min(next, slots.length);
	}

	/** Most frames held at once so far. */
	int maxHeld() {
		return maxHeld;
	}

	@Override
	public void close() {
		for (Mat m : slots)
			m.close();
	}
}
