package org.mer.align;

import org.mer.core.Identified;

/**
 * Which head motion alignment compensates (SPEC §11): each mode is a group of 2D affine maps,
 * so an inverse-compositional update stays inside the mode.
 */
public enum AlignMode implements Identified {
	/** No alignment: frames are passed through untouched. */
	NONE("none", 0),
	/** Shift in x and y (2 parameters). */
	TRANSLATION("translation", 2),
	/** Shift, in-plane rotation and uniform scale (4 parameters). */
	SIMILARITY("similarity", 4),
	/** General affine map (6 parameters): adds anisotropic scale and shear. */
	AFFINE("affine", 6);

	private final String id;
	private final int parameters;

	AlignMode(String id, int parameters) {
		this.id = id;
		this.parameters = parameters;
	}

	/** Id used in options, macros, model.json and cache keys. */
	@Override
	public String id() {
		return id;
	}

	/** Degrees of freedom of the transform (0 for NONE). */
	public int parameters() {
		return parameters;
	}
}
