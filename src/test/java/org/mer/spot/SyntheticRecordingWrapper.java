package org.mer.spot;

import org.mer.clip.FrameSource;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/** Test base: forwards every call to a {@link SyntheticRecording}. */
class SyntheticRecordingWrapper implements FrameSource {
	final SyntheticRecording recording;

	SyntheticRecordingWrapper(SyntheticRecording recording) {
		this.recording = recording;
	}

	@Override public String name() { return recording.name(); }
	@Override public int[] frameNumbers() { return recording.frameNumbers(); }
	@Override public long width() { return recording.width(); }
	@Override public long height() { return recording.height(); }
	@Override public int channels() { return recording.channels(); }
	@Override public RandomAccessibleInterval<FloatType> frame(int n) { return recording.frame(n); }
	@Override public void close() { recording.close(); }
}
