package org.mer.mesti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mer.core.Ids;
import org.mer.clip.ApexMethod;
import org.mer.core.InputException;

class ModalitySettingsTest {

	@Test
	void kindIds() {
		String[] ids = { "mesti", "dynamic-image", "apex", "difference", "flow" };
		for (int i = 0; i < ids.length; i++) {
			assertEquals(ids[i], ModalityKind.values()[i].id());
			assertEquals(ModalityKind.values()[i], Ids.parse(ModalityKind.class, ids[i].toUpperCase(), "modality"));
		}
		InputException e = assertThrows(InputException.class, () -> Ids.parse(ModalityKind.class, "di", "modality"));
		assertTrue(e.getMessage().contains("mesti, dynamic-image, apex, difference, flow"), e.getMessage());
	}

	@Test
	void defaultsAndRoundTrip() {
		ModalitySettings m = ModalitySettings.of(ModalityKind.MESTI);
		assertEquals(MestiWeighting.APEX_PEAK, m.weighting());
		assertEquals(ApexMethod.MOTION, m.apexMethod());
		Set<String> keys = new HashSet<>();
		for (ModalityKind k : ModalityKind.values())
			for (ApexMethod a : new ApexMethod[] { ApexMethod.MOTION, ApexMethod.MIDPOINT }) {
				ModalitySettings s = ModalitySettings.of(k).withApexMethod(a);
				assertEquals(s, ModalitySettings.fromMap(s.toMap()));
				assertEquals(s.hashCode(), ModalitySettings.fromMap(s.toMap()).hashCode());
				assertTrue(keys.add(s.key()), "key " + s.key() + " is unique");
			}
		ModalitySettings rp = ModalitySettings.mesti(MestiWeighting.RANK_POOLED).withApexMethod(ApexMethod.MIDPOINT);
		assertEquals(rp, ModalitySettings.fromMap(rp.toMap()));
		assertTrue(keys.add(rp.key()));
		assertNotEquals(rp, ModalitySettings.mesti(MestiWeighting.APEX_PEAK).withApexMethod(ApexMethod.MIDPOINT));
		assertEquals("mesti-rank_pooled-midpoint", rp.key());
		assertEquals("rank_pooled", rp.toMap().get("weighting"));
		assertEquals("midpoint", rp.toMap().get("apex_method"));
		assertEquals("mesti", rp.toMap().get("modality"));
	}

	@Test
	void badMaps() {
		Map<String, String> m = new HashMap<>();
		assertThrows(InputException.class, () -> ModalitySettings.fromMap(m));
		m.put("modality", "mesti");
		m.put("apex_method", "given");
		assertThrows(InputException.class, () -> ModalitySettings.fromMap(m));
		m.put("apex_method", "midpoint");
		m.put("weighting", "x");
		assertThrows(InputException.class, () -> ModalitySettings.fromMap(m));
		assertThrows(IllegalArgumentException.class, () -> ModalitySettings.of(ModalityKind.FLOW).withApexMethod(ApexMethod.GIVEN));
	}
}
