package org.mer.align;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.face.FaceBox;

/**
 * The alignment use cases a front end calls (SPEC §11): align a clip to its onset, or a long
 * recording with a renewed reference, handing each aligned frame to a {@link FrameSink} (to
 * write it, show it, feed a spotter) and returning the per-frame report
 * ({@link AlignmentCsv} writes it). Frames are visited in increasing frame number, one at a
 * time, so memory stays flat. Progress: a status line, the fraction done after each frame, and
 * {@link Progress#checkCanceled()} before each frame. The caller owns and closes the source.
 */
public final class AlignFrames {
	private AlignFrames() {}

	/** Receives aligned frames in increasing frame number; the frame is the caller's to keep. */
	@FunctionalInterface
	public interface FrameSink {
		void accept(int frameNumber, RandomAccessibleInterval<FloatType> aligned) throws IOException;
	}

	/** A sink that drops every frame (only the report is wanted). */
	public static final FrameSink DISCARD = (n, f) -> {};

	/**
	 * Aligns frames {@code first..last} (absolute numbers, inclusive; those of the source in
	 * that range) to {@code reference}, which need not lie in the range (usually the onset).
	 *
	 * @param face face box in frame pixels, or null for the whole frame
	 * @throws InputException when the range holds no frame or the reference is not a frame
	 * @throws IOException from the sink
	 */
	public static List<FrameAlignment> clip(FrameSource source, int reference, int first, int last, FaceBox face, AlignSettings settings,
		FrameSink sink, Progress progress) throws IOException {
		int[] numbers = range(source, first, last);
		List<FrameAlignment> out = new ArrayList<>();
		try (AlignedFrameSource aligned = AlignedFrameSource.borrowing(source, reference, face, settings)) {
			for (int i = 0; i < numbers.length; i++) {
				progress.checkCanceled();
				progress.status("aligning " + source.name() + ": frame " + numbers[i] + " (" + settings.mode().id() + ")");
				sink.accept(numbers[i], aligned.frame(numbers[i]));
				out.add(aligned.alignment(numbers[i]));
				progress.progress((i + 1) / (double) numbers.length);
			}
		}
		return out;
	}

	/**
	 * Aligns every frame of a long recording with {@link StreamingAligner}: the first frame is
	 * the first reference, renewed every {@link AlignSettings#window()} frames.
	 *
	 * @param face face box in the first frame's pixels, or null for the whole frame
	 * @throws IOException from the sink
	 */
	public static List<FrameAlignment> recording(FrameSource source, FaceBox face, AlignSettings settings, FrameSink sink, Progress progress)
		throws IOException {
		int[] numbers = source.frameNumbers();
		StreamingAligner aligner = new StreamingAligner(settings, face);
		List<FrameAlignment> out = new ArrayList<>();
		for (int i = 0; i < numbers.length; i++) {
			progress.checkCanceled();
			if (i % 25 == 0) progress.status("aligning " + source.name() + ": frame " + numbers[i] + " of " + numbers[numbers.length - 1]);
			AlignedFrame a = aligner.next(numbers[i], source.frame(numbers[i]));
			sink.accept(numbers[i], a.frame());
			out.add(a.alignment());
			progress.progress((i + 1) / (double) numbers.length);
		}
		return out;
	}

	private static int[] range(FrameSource source, int first, int last) {
		int[] all = source.frameNumbers();
		int count = 0;
		for (int n : all) if (n >= first && n <= last) count++;
		if (count == 0) throw new InputException("no frame of " + source.name() + " lies in " + first + ".." + last);
		int[] out = new int[count];
		int i = 0;
		for (int n : all) if (n >= first && n <= last) out[i++] = n;
		return out;
	}
}
