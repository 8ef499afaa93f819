package org.mer.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.ForwardingFrameSource;
import org.mer.clip.FrameSource;
import org.mer.core.InputException;
import org.mer.face.FaceBox;

/**
 * A clip's frames mapped onto the geometry of one reference frame (the onset, SPEC §11): a
 * decorator that registers each frame asked for to the reference ({@link FrameRegistration},
 * starting from the identity, so a frame's result does not depend on the order frames are
 * read) and returns it warped by {@link FrameWarper} (all channels, same size, bilinear, edge
 * replicate). The reference frame itself and every frame in mode {@code none} are returned as
 * the wrapped source gives them (same values, no copy).
 * <p>
 * Each frame's {@link FrameAlignment} is estimated once and kept (a few dozen bytes per frame),
 * so reading a frame again costs only the warp; {@link #alignments()} lists those estimated
 * so far. Mode none still records the identity and its residual (one grey conversion per
 * frame and one decode of the reference; a caller that needs no report can skip the wrapper). Frame numbers, size, channels
 * and name are the wrapped source's.
 * <p>
 * Ownership: made with the constructor, this source owns the wrapped one and {@link #close()}
 * closes it (once); made with {@link #borrowing}, closing leaves the wrapped source to its
 * owner. Not thread safe.
 */
public final class AlignedFrameSource extends ForwardingFrameSource {
	private final int referenceFrame;
	private final FaceBox face;
	private final AlignSettings settings;
	private final boolean ownsSource;
	private final TreeMap<Integer, FrameAlignment> done = new TreeMap<>();
	private FrameRegistration registration;
	private boolean closed;

	/**
	 * Owns {@code source}.
	 *
	 * @param referenceFrame absolute frame number of the reference (the onset for a clip)
	 * @param face face box in frame pixels, or null for the whole frame
	 * @throws InputException when the reference is not one of the source's frames
	 */
	public AlignedFrameSource(FrameSource source, int referenceFrame, FaceBox face, AlignSettings settings) {
		this(source, referenceFrame, face, settings, true);
	}

	private AlignedFrameSource(FrameSource source, int referenceFrame, FaceBox face, AlignSettings settings, boolean ownsSource) {
		super(source);
		this.settings = Objects.requireNonNull(settings);
		boolean known = false;
		for (int n : source.frameNumbers()) known |= n == referenceFrame;
		if (!known) throw new InputException("alignment reference frame " + referenceFrame + " is not in " + source.name());
		this.referenceFrame = referenceFrame;
		this.face = face;
		this.ownsSource = ownsSource;
	}

	/** Same as the constructor, but {@link #close()} does not close {@code source}. */
	public static AlignedFrameSource borrowing(FrameSource source, int referenceFrame, FaceBox face, AlignSettings settings) {
		return new AlignedFrameSource(source, referenceFrame, face, settings, false);
	}

	public int referenceFrame() { return referenceFrame; }
	public AlignSettings settings() { return settings; }
	public FrameSource source() { return source; }

	@Override
	public RandomAccessibleInterval<FloatType> frame(int frameNumber) {
		RandomAccessibleInterval<FloatType> raw = source.frame(frameNumber);
		FrameAlignment a = done.get(frameNumber);
		if (a == null) a = estimate(frameNumber, raw);
		if (!settings.enabled() || frameNumber == referenceFrame) return raw;
		return FrameWarper.warp(raw, a.transform());
	}

	/** The alignment of one frame, estimated now when it was not yet (decodes the frame, no warp). */
	public FrameAlignment alignment(int frameNumber) {
		FrameAlignment a = done.get(frameNumber);
		return a != null ? a : estimate(frameNumber, source.frame(frameNumber));
	}

	/** Alignments estimated so far, in increasing frame number, a new list. */
	public List<FrameAlignment> alignments() {
		return new ArrayList<>(done.values());
	}

	private FrameAlignment estimate(int frameNumber, RandomAccessibleInterval<FloatType> raw) {
		if (raw.dimension(0) != source.width() || raw.dimension(1) != source.height())
			throw new InputException("frame " + frameNumber + " of " + source.name() + " is " + raw.dimension(0) + "x" + raw.dimension(1) +
				", the reference frame " + referenceFrame + " is " + source.width() + "x" + source.height());
		FrameAlignment a;
		if (frameNumber == referenceFrame) a = new FrameAlignment(frameNumber, referenceFrame, AffineMap.IDENTITY, 0, true, "reference");
		else {
			Registration r = registration().register(FrameRegistration.grey(raw), AffineMap.IDENTITY);
			a = new FrameAlignment(frameNumber, referenceFrame, r.transform(), r.residual(), r.converged(), r.note());
		}
		done.put(frameNumber, a);
		return a;
	}

	private FrameRegistration registration() {
		if (registration == null)
			registration = new FrameRegistration(FrameRegistration.grey(source.frame(referenceFrame)), (int) source.width(), (int) source.height(), face,
				settings);
		return registration;
	}

	/** Closes the wrapped source when this one owns it (once). */
	@Override
	public void close() {
		if (closed) return;
		closed = true;
		registration = null;
		if (ownsSource) source.close();
	}
}
