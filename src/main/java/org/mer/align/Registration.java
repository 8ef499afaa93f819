package org.mer.align;

import java.util.Objects;

/**
 * What {@link FrameRegistration#register} found for one frame: the transform (reference to
 * frame coordinates), whether the finest level converged and the estimate was accepted, the
 * Gauss-Newton iterations used over all levels, the residual (mean absolute grey difference to
 * the reference over the face ellipse after warping) and a note ("" when all went well, else
 * why the estimate was rejected or not converged). Immutable.
 */
public final class Registration {
	private final AffineMap transform;
	private final boolean converged;
	private final int iterations;
	private final double residual;
	private final String note;

	Registration(AffineMap transform, boolean converged, int iterations, double residual, String note) {
		this.transform = Objects.requireNonNull(transform);
		this.converged = converged;
		this.iterations = iterations;
		this.residual = residual;
		this.note = note == null ? "" : note;
	}

	public AffineMap transform() { return transform; }
	public boolean converged() { return converged; }
	public int iterations() { return iterations; }
	public double residual() { return residual; }
	public String note() { return note; }

	@Override
	public String toString() {
		return transform + (converged ? " converged" : " NOT converged") + " in " + iterations + " iterations, residual " + residual +
			(note.isEmpty() ? "" : " (" + note + ")");
	}
}
