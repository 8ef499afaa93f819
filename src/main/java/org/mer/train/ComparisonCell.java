package org.mer.train;

import java.util.Objects;

import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;

/**
 * One (modality, network) cell of a comparison, identified like {@link org.mer.app.ComparisonGrid ComparisonGrid}'s cell folders:
 * {@link #key()} = {@code <modality key>__<network id>}, e.g. {@code mesti-apex_peak-motion__meganet}.
 * Immutable; equal when the keys are equal.
 */
public final class ComparisonCell {
	private final ModalitySettings modality;
	private final Architecture network;

	public ComparisonCell(ModalitySettings modality, Architecture network) {
		this.modality = Objects.requireNonNull(modality, "modality");
		this.network = Objects.requireNonNull(network, "network");
	}

	public ModalitySettings modality() { return modality; }
	public Architecture network() { return network; }

	/** {@code <modality key>__<network id>}: the cell's folder name in a comparison. */
	public String key() {
		return modality.key() + "__" + network.id();
	}

	/** The modality as tables show it: "mesti (apex_peak)", "flow". */
	public String modalityLabel() {
		return modality.label();
	}

	/** Whether this is the paper's MESTI: modality {@code mesti} with weighting {@code apex_peak}. */
	public boolean isMesti() {
		return modality.kind() == ModalityKind.MESTI && modality.weighting() == MestiWeighting.APEX_PEAK;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ComparisonCell && ((ComparisonCell) o).key().equals(key());
	}

	@Override
	public int hashCode() {
		return key().hashCode();
	}

	/** "mesti (apex_peak) x meganet". */
	@Override
	public String toString() {
		return modalityLabel() + " x " + network.id();
	}
}
