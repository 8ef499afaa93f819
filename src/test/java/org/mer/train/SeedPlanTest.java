package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class SeedPlanTest {
	@Test
	void aCountStartsAtTheBaseSeed() {
		assertEquals(Arrays.asList(5L, 6L, 7L), SeedPlan.parse(" 3 ", 5).seeds());
		assertEquals(Arrays.asList(0L), SeedPlan.parse("1", 0).seeds());
		assertEquals("seeds 5, 6, 7", SeedPlan.parse("3", 5).describe());
	}

	@Test
	void aListNamesTheSeeds() {
		assertEquals(Arrays.asList(1L, 7L, 42L), SeedPlan.parse("1, 7,42", 99).seeds());
		assertEquals(Arrays.asList(42L), SeedPlan.parse("42,", 0).seeds());
		assertEquals("seed 42", SeedPlan.parse("42,", 0).describe());
	}

	@Test
	void errorsNameTheOption() {
		for (String bad : List.of("", "0", "101", "three", "1,x", "1,7,1", " , "))
			assertTrue(assertThrows(InputException.class, () -> SeedPlan.parse(bad, 0)).getMessage().startsWith("seeds: "), bad);
		assertTrue(assertThrows(InputException.class, () -> SeedPlan.parse("1,7,1", 0)).getMessage().contains("seed 1 is listed twice"));
		assertThrows(InputException.class, () -> SeedPlan.parse("3", Long.MAX_VALUE));
	}
}
