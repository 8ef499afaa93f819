package org.mer.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mer.core.Identified;
import org.mer.net.Architecture;

/**
 * A pair of comparison cells whose difference one of the paper's claims rests on; the paired
 * difference is always A - B. Immutable.
 * <ul>
 * <li>{@link Claim#MESTI_VS_MODALITY}: A = MESTI ({@code mesti}, weighting {@code apex_peak}), B =
 * any other modality (including {@code mesti-rank_pooled}), same network and apex method.</li>
 * <li>{@link Claim#GA_VS_NO_GA}: A = {@code meganet}, B = {@code meganet-noga}, same modality.</li>
 * <li>{@link Claim#VARIANT_VS_REFERENCE}: A and B are the same cell run under two variants of one
 * setting (e.g. two input scalings); made by {@link VariantComparison} only.</li>
 * </ul>
 */
public final class ClaimPair {
	/** What the pair tests. */
	public enum Claim implements Identified {
		MESTI_VS_MODALITY("mesti-vs-modality", "MESTI vs other modality"),
		GA_VS_NO_GA("ga-vs-noga", "GA vs no GA"),
		/** One cell under a variant of a setting against the same cell under the reference variant ({@link VariantComparison}); never made by {@link ClaimPair#of}. */
		VARIANT_VS_REFERENCE("variant-vs-reference", "variant vs reference");

		private final String id, label;

		Claim(String id, String label) {
			this.id = id;
			this.label = label;
		}

		@Override
		public String id() { return id; }

		/** Human-readable, for tables. */
		public String label() { return label; }
	}

	private final ComparisonCell a, b;
	private final Claim claim;

	public ClaimPair(ComparisonCell a, ComparisonCell b, Claim claim) {
		this.a = Objects.requireNonNull(a, "a");
		this.b = Objects.requireNonNull(b, "b");
		this.claim = Objects.requireNonNull(claim, "claim");
	}

	public ComparisonCell a() { return a; }
	public ComparisonCell b() { return b; }
	public Claim claim() { return claim; }

	/**
	 * The pairs among {@code cells}: first every MESTI pair (in cell order of A, then B), then every
	 * GA pair; a pair is listed only when both cells are present.
	 */
	public static List<ClaimPair> of(List<ComparisonCell> cells) {
		List<ClaimPair> out = new ArrayList<>();
		for (ComparisonCell a : cells)
			if (a.isMesti())
				for (ComparisonCell b : cells)
					if (!b.isMesti() && b.network() == a.network() && b.modality().apexMethod() == a.modality().apexMethod())
						out.add(new ClaimPair(a, b, Claim.MESTI_VS_MODALITY));
		for (ComparisonCell a : cells)
			if (a.network() == Architecture.MEGANET)
				for (ComparisonCell b : cells)
					if (b.network() == Architecture.MEGANET_NO_GA && b.modality().equals(a.modality()))
						out.add(new ClaimPair(a, b, Claim.GA_VS_NO_GA));
		return out;
	}

	@Override
	public String toString() {
		return a + " - " + b + " (" + claim.label() + ")";
	}
}
