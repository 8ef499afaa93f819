package org.mer.align;

import org.mer.core.Ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class AlignSettingsTest {

	@Test
	void defaultsAreOffAndKeyIsEmptyForNone() {
		AlignSettings s = AlignSettings.NONE;
		assertEquals(AlignMode.NONE, s.mode());
		assertFalse(s.enabled());
		assertEquals("", s.key());
		assertEquals("", AlignSettings.builder().mode(AlignMode.NONE).levels(2).build().key());
		assertEquals(MaskRule.NONE, s.mask());
		assertTrue(s.robust());
		assertEquals(4, s.levels());
	}

	@Test
	void keyNamesModeAndOnlyNonDefaultFields() {
		assertEquals("align=similarity", AlignSettings.of(AlignMode.SIMILARITY).key());
		assertEquals("align=translation", AlignSettings.of(AlignMode.TRANSLATION).key());
		assertEquals("align=affine,mask=eyes-brows-mouth,smoothing=0.5",
			AlignSettings.builder().mode(AlignMode.AFFINE).mask(MaskRule.EYES_BROWS_MOUTH).smoothing(0.5).build().key());
		assertEquals("align=similarity,levels=2,iterations=7,epsilon=0.01,robust=false",
			AlignSettings.builder().mode(AlignMode.SIMILARITY).levels(2).iterations(7).epsilon(0.01).robust(false).build().key());
		assertEquals("align=similarity", AlignSettings.builder().mode(AlignMode.SIMILARITY).window(30).build().key(), "window is not part of the key");
	}

	@Test
	void mapRoundTripsAndMissingKeysMeanDefaults() {
		AlignSettings s = AlignSettings.builder().mode(AlignMode.AFFINE).levels(3).iterations(12).epsilon(0.02).mask(MaskRule.EYES_BROWS_MOUTH)
			.robust(false).smoothing(1.5).window(250).build();
		assertEquals(s, AlignSettings.fromMap(s.toMap()));
		assertEquals(AlignSettings.NONE, AlignSettings.fromMap(new HashMap<>()));
		assertEquals(1, AlignSettings.NONE.toMap().size());
		Map<String, String> m = new HashMap<>();
		m.put("align", "Similarity");
		m.put("modality", "mesti");
		assertEquals(AlignSettings.of(AlignMode.SIMILARITY), AlignSettings.fromMap(m));
		assertNotEquals(AlignSettings.of(AlignMode.SIMILARITY), AlignSettings.of(AlignMode.AFFINE));
	}

	@Test
	void badValuesNameTheField() {
		assertMessage("align levels", () -> AlignSettings.builder().levels(0).build());
		assertMessage("align iterations", () -> AlignSettings.builder().iterations(0).build());
		assertMessage("align epsilon", () -> AlignSettings.builder().epsilon(0).build());
		assertMessage("align smoothing", () -> AlignSettings.builder().smoothing(-1).build());
		assertMessage("align window", () -> AlignSettings.builder().window(1).build());
		assertMessage("align mode", () -> AlignSettings.builder().mode(null).build());
		assertMessage("valid: none, translation, similarity, affine", () -> Ids.parse(AlignMode.class, "rigid", "align"));
		assertMessage("valid: none, eyes-brows-mouth", () -> Ids.parse(MaskRule.class, "eyes", "align mask"));
		Map<String, String> m = new HashMap<>();
		m.put("align_levels", "three");
		assertMessage("align_levels", () -> AlignSettings.fromMap(m));
		m.clear();
		m.put("align_robust", "yes");
		assertMessage("align_robust", () -> AlignSettings.fromMap(m));
	}

	@Test
	void idsParseCaseInsensitively() {
		for (AlignMode mode : AlignMode.values()) assertEquals(mode, Ids.parse(AlignMode.class, " " + mode.id().toUpperCase() + " ", "align"));
		assertEquals(MaskRule.EYES_BROWS_MOUTH, Ids.parse(MaskRule.class, "Eyes-Brows-Mouth", "align mask"));
		assertEquals(4, AlignMode.SIMILARITY.parameters());
	}

	private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
		InputException x = assertThrows(InputException.class, e);
		assertTrue(x.getMessage().contains(part), x.getMessage());
	}
}
