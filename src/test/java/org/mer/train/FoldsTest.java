package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mer.clip.ClipRange;
import org.mer.core.InputException;
import org.mer.data.Sample;

class FoldsTest {

	static List<Sample> samples(String... subjects) {
		List<Sample> list = new ArrayList<>();
		for (String s : subjects)
			for (int k = 0; k < 3; k++)
				list.add(new Sample("t", s, s + "/c" + k, Paths.get(s, "c" + k), new ClipRange(1, 2, 3), "x" + (k % 2)));
		return list;
	}

	@Test
	void losoOneFoldPerSubjectInNaturalOrder() {
		List<Fold> folds = Folds.loso(samples("sub10", "sub2", "sub1"));
		assertEquals(3, folds.size());
		assertEquals(Arrays.asList("sub1", "sub2", "sub10"), Arrays.asList(folds.get(0).name(), folds.get(1).name(), folds.get(2).name()));
		for (Fold f : folds) {
			assertEquals(3, f.test().size());
			assertEquals(6, f.train().size());
			for (Sample s : f.test())
				assertEquals(f.name(), s.subject());
			for (Sample s : f.train())
				assertNotEquals(f.name(), s.subject());
		}
		assertEquals(2, folds.get(2).index());
	}

	@Test
	void naturalOrder() {
		List<String> ids = new ArrayList<>(Arrays.asList("s10", "S2", "s1", "006", "20", "s02"));
		ids.sort(Folds.NATURAL);
		assertEquals(Arrays.asList("006", "20", "s1", "S2", "s02", "s10"), ids);
	}

	@Test
	void kFoldCoversEverySubjectOnceAndIsSeeded() {
		List<Sample> samples = samples("a", "b", "c", "d", "e", "f", "g");
		List<Fold> folds = Folds.kFold(samples, 3, 42);
		Set<String> seen = new HashSet<>();
		int total = 0;
		for (Fold f : folds) {
			for (String s : f.testSubjects())
				assertTrue(seen.add(s), "subject in two test folds: " + s);
			total += f.test().size();
			assertEquals(samples.size(), f.test().size() + f.train().size());
			assertTrue(f.testSubjects().size() == 2 || f.testSubjects().size() == 3);
		}
		assertEquals(7, seen.size());
		assertEquals(samples.size(), total);
		assertEquals(subjectsOf(folds), subjectsOf(Folds.kFold(samples, 3, 42)));
		assertNotEquals(subjectsOf(folds), subjectsOf(Folds.kFold(samples, 3, 7)));
		assertThrows(InputException.class, () -> Folds.kFold(samples, 8, 1));
	}

	@Test
	void fixedSplitAndUnknownSubject() {
		List<Sample> samples = samples("a", "b", "c");
		Fold f = Folds.fixed(samples, Arrays.asList("b"));
		assertEquals(Collections.singletonList("b"), f.testSubjects());
		assertEquals(6, f.train().size());
		InputException e = assertThrows(InputException.class, () -> Folds.fixed(samples, Arrays.asList("zz")));
		assertTrue(e.getMessage().contains("zz"));
		assertThrows(InputException.class, () -> Folds.fixed(samples, Arrays.asList("a", "b", "c")));
	}

	@Test
	void validationComesFromOtherSubjectsOnly() {
		List<Sample> samples = samples("a", "b", "c", "d", "e", "f");
		for (Fold fold : Folds.loso(samples)) {
			Fold v = Folds.withValidation(fold, 0.2, Folds.foldSeed(5, fold.index()));
			assertEquals(1, v.validationSubjects().size());
			assertFalse(v.validationSubjects().contains(fold.name()));
			assertEquals(3, v.validation().size());
			assertEquals(12, v.train().size());
			for (Sample s : v.validation())
				assertEquals(v.validationSubjects().get(0), s.subject());
			for (Sample s : v.train())
				assertFalse(s.subject().equals(fold.name()) || v.validationSubjects().contains(s.subject()));
			assertEquals(fold.test(), v.test());
		}
		assertThrows(InputException.class, () -> Folds.withValidation(Folds.loso(samples("a", "b")).get(0), 0.3, 1));
	}

	@Test
	void foldSeedsDiffer() {
		assertNotEquals(Folds.foldSeed(1, 0), Folds.foldSeed(1, 1));
		assertNotEquals(Folds.foldSeed(1, 0), Folds.foldSeed(2, 0));
		assertEquals(Folds.foldSeed(3, 4), Folds.foldSeed(3, 4));
	}

	private static List<List<String>> subjectsOf(List<Fold> folds) {
		List<List<String>> list = new ArrayList<>();
		for (Fold f : folds)
			list.add(f.testSubjects());
		return list;
	}
}
