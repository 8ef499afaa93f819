package org.mer.spot;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.opencv.opencv_core.Mat;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Decodes and prepares the analysis frames of a recording on one background thread, a few frames
 * ahead of the flow, so that decoding (the larger cost for 640 x 480 video) and flow use both
 * cores. Frames come out in order through {@link #next()}; {@link #DEPTH} pixel buffers circulate
 * between the two threads, so memory stays flat. The source is read only by the background thread
 * (one frame at a time, in order) and no longer once {@link #close()} returns, which it does after
 * the thread has ended (it finishes the frame it is decoding; it is never interrupted, since an
 * interrupt can close a file channel under a reader). A frame that cannot be read ends the stream:
 * {@link #next()} then throws that exception (InputException, or whatever else the source threw).
 * Not thread safe apart from that hand-over.
 */
final class DecodeAhead implements AutoCloseable {
	/** Buffers circulating between the threads. */
	static final int DEPTH = 4;
	private static final AtomicInteger COUNT = new AtomicInteger();

	private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(DEPTH + 1);
	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(DEPTH);
	private final Thread thread;
	private volatile boolean stop;

	/**
	 * @param first the already decoded frame numbers[0] (used instead of decoding it again)
	 * @param frames prepares frames; used by the background thread only from now on
	 */
	DecodeAhead(FrameSource source, int[] numbers, RandomAccessibleInterval<FloatType> first, AnalysisFrames frames) {
		int size = frames.width() * frames.height();
		for (int i = 0; i < DEPTH; i++)
			free.add(new byte[size]);
		thread = new Thread(() -> produce(source, numbers, first, frames), "mer-spot-decode-" + COUNT.incrementAndGet());
		thread.setDaemon(true);
		thread.start();
	}

	private void produce(FrameSource source, int[] numbers, RandomAccessibleInterval<FloatType> first, AnalysisFrames frames) {
		try (Mat scratch = new Mat()) {
			RandomAccessibleInterval<FloatType> pending = first;
			for (int i = 0; i < numbers.length && !stop; i++) {
				byte[] buffer = null;
				while (buffer == null && !stop)
					buffer = free.poll(20, TimeUnit.MILLISECONDS);
				if (buffer == null) return;
				RandomAccessibleInterval<FloatType> frame = i == 0 ? pending : source.frame(numbers[i]);
				pending = null;
				frames.prepare(frame, numbers[i], scratch);
				scratch.data().get(buffer);
				hand(buffer);
			}
		}
		catch (RuntimeException | Error e) {
			hand(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void hand(Object item) {
		try {
			while (!stop && !ready.offer(item, 20, TimeUnit.MILLISECONDS)) {
				// the consumer is busy; wait unless told to stop
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The next analysis frame's pixels (8-bit, row-major), to be given back with {@link #recycle}.
	 *
	 * @throws InputException (or another runtime exception or error) when the frame could not be read
	 */
	byte[] next() {
		Object item;
		try {
			item = ready.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a decoded frame", e);
		}
		if (item instanceof RuntimeException) throw (RuntimeException) item;
		if (item instanceof Error) throw (Error) item;
		return (byte[]) item;
	}

	void recycle(byte[] buffer) {
		free.offer(buffer);
	}

	/** Analysis frames held here at most: the circulating buffers and the thread's scratch frame. */
	int held() {
		return DEPTH + 1;
	}

	/** Stops the thread and waits until it has ended. */
	@Override
	public void close() {
		stop = true;
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) Thread.currentThread().interrupt();
	}
}
