package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

/** What the ImageJ front ends make of an Evaluate Spotting result's problems. */
class SpotEvaluateResultTest {
	@Test
	void aCompleteResultPasses() {
		assertDoesNotThrow(() -> new SpotEvaluate.Result(null, Collections.emptyList(), Collections.emptyList()).failOnProblems());
	}

	@Test
	void problemsBecomeOneUserErrorInTheirOrder() {
		SpotEvaluate.Result r = new SpotEvaluate.Result(null, Collections.emptyList(), Arrays.asList("s1/v1: not spotted", "s2/v3: spotted to frame 40"));
		InputException e = assertThrows(InputException.class, r::failOnProblems);
		assertEquals("s1/v1: not spotted; s2/v3: spotted to frame 40", e.getMessage());
	}
}
