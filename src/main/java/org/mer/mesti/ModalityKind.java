package org.mer.mesti;

import org.mer.core.Identified;

/** The input modalities a clip can be turned into (SPEC §3, §4). */
public enum ModalityKind implements Identified {
	/** Apex-centred rank pooling (SPEC §3). */
	MESTI("mesti"),
	/** Approximate rank pooling over onset..offset (SPEC §2). */
	DYNAMIC_IMAGE("dynamic-image"),
	/** The apex frame itself. */
	APEX("apex"),
	/** Apex minus onset. */
	DIFFERENCE("difference"),
	/** Onset-to-apex TV-L1 optical flow: u, v, strain (SPEC §4). */
	FLOW("flow");

	private final String id;

	ModalityKind(String id) {
		this.id = id;
	}

	/** Id used in CLI options, macros, model.json: "mesti", "dynamic-image", "apex", "difference", "flow". */
	@Override
	public String id() {
		return id;
	}

}
