package org.mer.align;

import java.util.Locale;
import java.util.Objects;

/**
 * How one frame was aligned, for reports: its absolute frame number, the frame number of the
 * reference it was registered to (for long recordings, the window's reference), the transform
 * (reference to frame coordinates of the <b>first</b> reference's geometry, see
 * {@link AffineMap}), the residual (mean absolute grey difference to that reference over the
 * face ellipse after warping, in the source's intensity units), whether the estimate converged
 * and was accepted, and a note ("" or why not). Immutable.
 */
public final class FrameAlignment {
	private final int frameNumber, reference;
	private final AffineMap transform;
	private final double residual;
	private final boolean converged;
	private final String note;

	public FrameAlignment(int frameNumber, int reference, AffineMap transform, double residual, boolean converged, String note) {
		this.frameNumber = frameNumber;
		this.reference = reference;
		this.transform = Objects.requireNonNull(transform);
		this.residual = residual;
		this.converged = converged;
		this.note = note == null ? "" : note;
	}

	public int frameNumber() { return frameNumber; }
	public int reference() { return reference; }
	public AffineMap transform() { return transform; }
	public double residual() { return residual; }
	public boolean converged() { return converged; }
	public String note() { return note; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "frame %d -> %d: %s residual %.4f%s%s", frameNumber, reference, transform, residual,
			converged ? "" : " NOT converged", note.isEmpty() ? "" : " (" + note + ")");
	}
}
