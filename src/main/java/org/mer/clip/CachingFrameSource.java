package org.mer.clip;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * A {@link FrameSource} that keeps the frames it decoded through another source in memory, up
 * to a byte budget, so that a clip read twice (apex spotting by motion, then MESTI) is decoded
 * once when it fits, without giving up the bound on memory.
 * <p>
 * Policy: <b>keep the first frames that fit</b>. A decoded frame is kept when its size fits in
 * what is left of the budget; kept frames are never evicted; a frame that does not fit is
 * handed out but not kept, so asking for it again decodes it again (what an uncached source
 * does). For the sequential passes over a clip this keeps the first N frames hot on every later
 * pass, where LRU would have evicted each frame before its next use. At most
 * {@link #budgetBytes()} bytes of frames are retained, counted as 4 bytes per float value.
 * <p>
 * Kept frames are compact float ArrayImgs: a float {@code ArrayImg} from the wrapped source is
 * kept as it is; any other frame (a converted view, a crop view of a larger frame) is copied
 * into one first, so a kept frame never pins more memory than it counts. Frames are shared
 * between callers: read them, never write into them (the readers in {@code org.mer.mesti} only
 * read). Values, sizes and frame numbers are the wrapped source's.
 * <p>
 * Ownership: an instance made with a constructor owns the wrapped source and {@link #close()}
 * releases the kept frames and closes it (once, however often close is called); one made with
 * {@link #borrowing} releases the frames but leaves the wrapped source to its owner. Thread
 * safety: {@link #frame(int)} and {@link #close()} are synchronized, so an instance may be
 * shared between threads as long as nothing else uses the wrapped source meanwhile.
 */
public final class CachingFrameSource implements FrameSource {

	/** Default budget: 256 MiB (e.g. 230 frames of 280x340 RGB or 72 of 640x480 RGB). */
	public static final long DEFAULT_BUDGET_BYTES = 256L << 20;

	/**
	 * System property overriding {@link #defaultBudgetBytes()}, in MiB (0 keeps no frame), e.g.
	 * {@code -Dmer.frameCacheMiB=64}.
	 */
	public static final String BUDGET_PROPERTY = "mer.frameCacheMiB";

	private final FrameSource source;
	private final long budget;
	private final boolean ownsSource;
	private final Map<Integer, RandomAccessibleInterval<FloatType>> kept = new HashMap<>();
	private long keptBytes;
	private boolean closed;

	/** Owns {@code source}; budget {@link #defaultBudgetBytes()}. */
	public CachingFrameSource(FrameSource source) {
		this(source, defaultBudgetBytes());
	}

	/**
	 * Owns {@code source}.
	 *
	 * @param budgetBytes most bytes of decoded frames to keep, {@code >= 0} (0 keeps nothing)
	 */
	public CachingFrameSource(FrameSource source, long budgetBytes) {
		this(source, budgetBytes, true);
	}

	private CachingFrameSource(FrameSource source, long budgetBytes, boolean ownsSource) {
		if (budgetBytes < 0) throw new IllegalArgumentException("negative frame cache budget: " + budgetBytes);
		this.source = Objects.requireNonNull(source);
		this.budget = budgetBytes;
		this.ownsSource = ownsSource;
	}

	/**
	 * A cache over a source someone else owns: {@link #close()} drops the kept frames but does
	 * not close {@code source}. Without a close the frames go when the cache is unreachable.
	 */
	public static CachingFrameSource borrowing(FrameSource source, long budgetBytes) {
		return new CachingFrameSource(source, budgetBytes, false);
	}

	/**
	 * {@link #DEFAULT_BUDGET_BYTES}, or at most an eighth of the JVM's maximum heap when that is
	 * smaller (a few clips may be in flight at once), or the {@value #BUDGET_PROPERTY} system
	 * property in MiB when it is set to a non-negative whole number.
	 */
	public static long defaultBudgetBytes() {
		String mib = System.getProperty(BUDGET_PROPERTY);
		if (mib != null) {
			try {
				long v = Long.parseLong(mib.trim());
				if (v >= 0) return v << 20;
			}
			catch (NumberFormatException e) {
				// not a number: the built-in default applies
			}
		}
		return Math.min(DEFAULT_BUDGET_BYTES, Runtime.getRuntime().maxMemory() / 8);
	}

	/** The wrapped source. */
	public FrameSource source() {
		return source;
	}

	/** Most bytes of frames this cache retains. */
	public long budgetBytes() {
		return budget;
	}

	/** Bytes of frames retained now (4 per float value), never above {@link #budgetBytes()}. */
	public synchronized long keptBytes() {
		return keptBytes;
	}

	/** Number of frames retained now. */
	public synchronized int keptFrames() {
		return kept.size();
	}

	@Override
	public String name() {
		return source.name();
	}

	@Override
	public int[] frameNumbers() {
		return source.frameNumbers();
	}

	@Override
	public long width() {
		return source.width();
	}

	@Override
	public long height() {
		return source.height();
	}

	@Override
	public double frameRate() {
		return source.frameRate();
	}

	@Override
	public int channels() {
		return source.channels();
	}

	/**
	 * The kept frame, or the wrapped source's decoded frame (kept when it fits the budget).
	 *
	 * @throws IllegalStateException after {@link #close()}
	 * @throws org.mer.core.InputException from the wrapped source
	 */
	@Override
	public synchronized RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		if (closed) throw new IllegalStateException("frame cache of " + source.name() + " is closed");
		RandomAccessibleInterval<FloatType> frame = kept.get(frameNumber);
		if (frame != null) return frame;
		frame = source.frame(frameNumber);
		long bytes = 4 * Intervals.numElements(frame);
		if (bytes > budget - keptBytes) return frame;
		RandomAccessibleInterval<FloatType> compact = compact(frame);
		kept.put(frameNumber, compact);
		keptBytes += bytes;
		return compact;
	}

	/** The frame itself when it is a float ArrayImg, else a copy in one with the same interval. */
	private static RandomAccessibleInterval<FloatType> compact(RandomAccessibleInterval<FloatType> frame) {
		if (frame instanceof ArrayImg && ((ArrayImg<?, ?>) frame).update(null) instanceof FloatArray) return frame;
		Img<FloatType> copy = ArrayImgs.floats(Intervals.dimensionsAsLongArray(frame));
		LoopBuilder.setImages(Views.zeroMin(frame), copy).forEachPixel((in, out) -> out.set(in));
		return Views.isZeroMin(frame) ? copy : Views.translate(copy, Intervals.minAsLongArray(frame));
	}

	/** Drops the kept frames and, when this cache owns it, closes the wrapped source (once). */
	@Override
	public synchronized void close() {
		if (closed) return;
		closed = true;
		kept.clear();
		keptBytes = 0;
		if (ownsSource) source.close();
	}
}
