package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.mesti.ModalitySettings;
import org.mer.clip.ApexMethod;
import org.mer.net.Architecture;

class ClaimPairTest {
	static ComparisonCell cell(String modality, Architecture network) {
		return new ComparisonCell(ModalitySettings.parse(modality), network);
	}

	@Test
	void mestiAgainstEveryOtherModalityAndGaAgainstNoGa() {
		List<ComparisonCell> cells = List.of(cell("flow", Architecture.MEGANET), cell("mesti", Architecture.MEGANET),
			cell("mesti-rank_pooled", Architecture.MEGANET), cell("mesti", Architecture.MEGANET_NO_GA),
			cell("flow", Architecture.MEGANET_NO_GA), cell("apex", Architecture.RESNET18));
		List<String> pairs = new ArrayList<>();
		for (ClaimPair p : ClaimPair.of(cells))
			pairs.add(p.a().key() + " - " + p.b().key() + " " + p.claim().id());
		assertEquals(List.of(
			"mesti-apex_peak-motion__meganet - flow-motion__meganet mesti-vs-modality",
			"mesti-apex_peak-motion__meganet - mesti-rank_pooled-motion__meganet mesti-vs-modality",
			"mesti-apex_peak-motion__meganet-noga - flow-motion__meganet-noga mesti-vs-modality",
			"flow-motion__meganet - flow-motion__meganet-noga ga-vs-noga",
			"mesti-apex_peak-motion__meganet - mesti-apex_peak-motion__meganet-noga ga-vs-noga"), pairs);
	}

	@Test
	void pairsNeedTheSameApexMethod() {
		ComparisonCell midpointFlow = new ComparisonCell(ModalitySettings.parse("flow").withApexMethod(ApexMethod.MIDPOINT), Architecture.MEGANET);
		assertEquals(0, ClaimPair.of(List.of(cell("mesti", Architecture.MEGANET), midpointFlow)).size());
		assertEquals("mesti (apex_peak) x meganet", cell("mesti", Architecture.MEGANET).toString());
	}
}
