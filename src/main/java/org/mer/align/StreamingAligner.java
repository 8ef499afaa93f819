package org.mer.align;

import java.util.Objects;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;
import org.mer.face.FaceBox;

/**
 * Aligns a long recording frame by frame, in increasing frame number, with memory that does not
 * grow with the recording (one reference pyramid, a few transforms). The first frame is the
 * first reference and defines the output geometry; the reference is renewed every
 * {@link AlignSettings#window()} frames so that slow changes of pose and appearance do not
 * accumulate against one old frame.
 * <p>
 * <b>One geometry across windows, by composition.</b> The frame that ends a window, s, was
 * registered to the old reference, so its transform T_s (first reference to frame s) is known.
 * It becomes the new reference <i>as decoded</i> (not resampled, so no interpolation blur is
 * added to the reference), with the face box moved to the bounding box of T_s(face box). A
 * later frame t is registered to frame s, giving U_t (frame s to frame t), and is reported and
 * warped with {@code T_t = U_t o T_s}. Every output frame therefore lies in the first frame's
 * geometry, and at a boundary the transform moves only by one registration's error, not by a
 * re-anchoring; errors add up as a random walk over windows, not over frames. A frame whose
 * estimate was rejected does not become a reference (renewal waits for the next converged
 * frame).
 * <p>
 * Each registration starts from the previous frame's U (head motion is continuous), so the
 * capture range applies to frame-to-frame motion. A rejected estimate keeps the previous
 * frame's transform. Residuals are against the current window's reference. Not thread safe.
 */
public final class StreamingAligner {
	private final AlignSettings settings;
	private final FaceBox face;
	private FrameRegistration registration;
	private int width, height, channels, last, reference, sinceRenewal;
	private AffineMap referenceTransform = AffineMap.IDENTITY, previous = AffineMap.IDENTITY;
	private boolean started;

	/**
	 * @param face face box in the first frame's pixels, or null for the whole frame
	 */
	public StreamingAligner(AlignSettings settings, FaceBox face) {
		this.settings = Objects.requireNonNull(settings);
		this.face = face;
	}

	/**
	 * Aligns the next frame.
	 *
	 * @param frameNumber absolute frame number, larger than the previous call's
	 * @param frame (X, Y, C), the size and channels of the first frame; read, never modified
	 * @throws InputException naming the frame when it is out of order or of another size
	 */
	public AlignedFrame next(int frameNumber, RandomAccessibleInterval<FloatType> frame) {
		int w = (int) frame.dimension(0), h = (int) frame.dimension(1), c = frame.numDimensions() > 2 ? (int) frame.dimension(2) : 1;
		float[] grey = FrameRegistration.grey(frame);
		if (!started) {
			started = true;
			width = w;
			height = h;
			channels = c;
			last = reference = frameNumber;
			registration = new FrameRegistration(grey, w, h, face, settings);
			return new AlignedFrame(frame, new FrameAlignment(frameNumber, frameNumber, AffineMap.IDENTITY, 0, true, "reference"));
		}
		if (frameNumber <= last) throw new InputException("frame " + frameNumber + " comes after frame " + last + "; alignment needs increasing frame numbers");
		if (w != width || h != height || c != channels)
			throw new InputException("frame " + frameNumber + " is " + w + "x" + h + "x" + c + ", the first frame was " + width + "x" + height + "x" + channels);
		last = frameNumber;
		Registration r = registration.register(grey, previous);
		previous = r.transform();
		AffineMap t = previous.after(referenceTransform);
		FrameAlignment a = new FrameAlignment(frameNumber, reference, t, r.residual(), r.converged(), r.note());
		RandomAccessibleInterval<FloatType> out = settings.enabled() ? FrameWarper.warp(frame, t) : frame;
		if (++sinceRenewal >= settings.window() && r.converged()) renew(frameNumber, grey, t);
		return new AlignedFrame(out, a);
	}

	private void renew(int frameNumber, float[] grey, AffineMap t) {
		registration = new FrameRegistration(grey, width, height, face == null ? null : movedBox(t), settings);
		reference = frameNumber;
		referenceTransform = t;
		previous = AffineMap.IDENTITY;
		sinceRenewal = 0;
	}

	/** Bounding box of the face box's image under t, clipped to the frame (at least 2x2). */
	private FaceBox movedBox(AffineMap t) {
		double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
		for (double x : new double[] { face.x() - 0.5, face.x() + face.width() - 0.5 })
			for (double y : new double[] { face.y() - 0.5, face.y() + face.height() - 0.5 }) {
				x0 = Math.min(x0, t.x(x, y));
				x1 = Math.max(x1, t.x(x, y));
				y0 = Math.min(y0, t.y(x, y));
				y1 = Math.max(y1, t.y(x, y));
			}
		long bx = Math.max(0, Math.min(width - 2, Math.round(x0 + 0.5))), by = Math.max(0, Math.min(height - 2, Math.round(y0 + 0.5)));
		long ex = Math.min(width, Math.max(bx + 2, Math.round(x1 + 0.5))), ey = Math.min(height, Math.max(by + 2, Math.round(y1 + 0.5)));
		return new FaceBox(bx, by, ex - bx, ey - by);
	}

	/** Frame number of the current reference (the first frame until the first renewal). */
	public int reference() {
		return reference;
	}

	public AlignSettings settings() {
		return settings;
	}
}
