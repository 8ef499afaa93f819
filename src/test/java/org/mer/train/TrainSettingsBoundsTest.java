package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class TrainSettingsBoundsTest {
	@Test
	void absurdThreadCountsAreRefusedSayingWhy() {
		String m = assertThrows(InputException.class, () -> TinyClips.settings(1).threads(1_000_000).build()).getMessage();
		assertTrue(m.startsWith("threads 1000000 is more than") && m.contains("cores"), m);
		int cores = Runtime.getRuntime().availableProcessors();
		assertEquals(cores, TinyClips.settings(1).threads(cores).build().threads());
		assertEquals(64, TinyClips.settings(1).threads(64).build().threads(), "64 is always accepted (settings move between machines)");
	}
}
