package org.mer.mesti;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mer.core.InputException;

/** The input modalities a clip can be turned into (SPEC §3, §4). */
public enum ModalityKind {
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
	public String id() {
		return id;
	}

	/**
	 * @param id an {@link #id()}, case-insensitive, surrounding blanks ignored; the enum name
	 *          (e.g. "DYNAMIC_IMAGE") is accepted too
	 * @throws InputException naming the valid values when id is unknown or null
	 */
	public static ModalityKind fromId(String id) {
		if (id != null) {
			String s = id.trim();
			for (ModalityKind k : values())
				if (k.id.equalsIgnoreCase(s) || k.name().equalsIgnoreCase(s)) return k;
		}
		throw new InputException("unknown modality '" + id + "', valid: " +
			Arrays.stream(values()).map(ModalityKind::id).collect(Collectors.joining(", ")));
	}
}
