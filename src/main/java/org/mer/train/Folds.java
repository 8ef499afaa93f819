package org.mer.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.mer.core.InputException;
import org.mer.data.Sample;

/**
 * Splits samples into folds by subject (SPEC §8). Subjects are ordered naturally ("sub2" before
 * "sub10"); samples keep their input order inside each list, so the same input gives the same
 * folds. Seeded choices use {@link java.util.Random} seeded from the given seed.
 */
public final class Folds {

	/** Natural order of ids: digit runs compare as numbers, the rest case-insensitively, then raw. */
	public static final Comparator<String> NATURAL = Folds::compareNatural;

	private Folds() {}

	/** Leave one subject out: one fold per subject that has samples, in natural subject order. */
	public static List<Fold> loso(List<Sample> samples) {
		List<String> subjects = subjects(samples);
		List<Fold> folds = new ArrayList<>();
		for (int i = 0; i < subjects.size(); i++)
			folds.add(split(samples, i, subjects.get(i), Collections.singletonList(subjects.get(i))));
		return folds;
	}

	/**
	 * k folds of whole subjects: subjects (natural order) are shuffled with the seed and dealt
	 * round-robin, so fold sizes differ by at most one subject.
	 *
	 * @throws InputException when k < 2 or k exceeds the number of subjects
	 */
	public static List<Fold> kFold(List<Sample> samples, int k, long seed) {
		List<String> subjects = subjects(samples);
		if (k < 2 || k > subjects.size())
			throw new InputException("k-fold needs 2 <= k <= number of subjects (" + subjects.size() + "), got k = " + k);
		List<String> shuffled = new ArrayList<>(subjects);
		Collections.shuffle(shuffled, new Random(seed));
		List<Fold> folds = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			List<String> test = new ArrayList<>();
			for (int i = f; i < shuffled.size(); i += k)
				test.add(shuffled.get(i));
			test.sort(NATURAL);
			folds.add(split(samples, f, "fold-" + (f + 1), test));
		}
		return folds;
	}

	/**
	 * One fold testing on the given subjects and training on all others.
	 *
	 * @throws InputException naming a test subject that has no sample, or when no subject is left to train on
	 */
	public static Fold fixed(List<Sample> samples, Collection<String> testSubjects) {
		List<String> subjects = subjects(samples);
		if (testSubjects.isEmpty()) throw new InputException("a fixed split needs at least one test subject");
		for (String s : testSubjects)
			if (!subjects.contains(s)) throw new InputException("test subject '" + s + "' has no sample (subjects: " + subjects + ")");
		List<String> test = new ArrayList<>(new TreeSet<>(testSubjects));
		test.sort(NATURAL);
		if (test.size() == subjects.size()) throw new InputException("a fixed split needs at least one training subject");
		return split(samples, 0, "fixed", test);
	}

	/**
	 * Moves whole training subjects of a fold into its validation list, for early stopping.
	 * The number moved is {@code round(fraction * trainSubjects)}, at least 1 and at most
	 * {@code trainSubjects - 1}; which ones is a seeded shuffle. Test subjects never move.
	 *
	 * @param fraction in (0, 1); 0 returns the fold unchanged
	 * @throws InputException when fewer than 2 training subjects are left to split
	 */
	public static Fold withValidation(Fold fold, double fraction, long seed) {
		if (fraction <= 0) return fold;
		if (fraction >= 1) throw new InputException("validation fraction must be below 1, got " + fraction);
		List<String> trainSubjects = subjects(fold.train());
		if (trainSubjects.size() < 2)
			throw new InputException("early stopping needs at least 2 training subjects in " + fold.name() + ", found " + trainSubjects.size());
		int count = (int) Math.max(1, Math.min(trainSubjects.size() - 1, Math.round(fraction * trainSubjects.size())));
		List<String> shuffled = new ArrayList<>(trainSubjects);
		Collections.shuffle(shuffled, new Random(seed));
		Set<String> validation = new TreeSet<>(NATURAL);
		validation.addAll(shuffled.subList(0, count));
		List<Sample> train = new ArrayList<>(), val = new ArrayList<>();
		for (Sample s : fold.train())
			(validation.contains(s.subject()) ? val : train).add(s);
		return new Fold(fold.index(), fold.name(), fold.testSubjects(), new ArrayList<>(validation), train, val, fold.test());
	}

	/** Distinct subjects of the samples in natural order. */
	public static List<String> subjects(Collection<Sample> samples) {
		Set<String> set = new LinkedHashSet<>();
		for (Sample s : samples)
			set.add(s.subject());
		List<String> list = new ArrayList<>(set);
		list.sort(NATURAL);
		return list;
	}

	/** Seed of fold {@code index} of a run (SplitMix64 of both), so a resumed run repeats a fold exactly. */
	public static long foldSeed(long runSeed, int index) {
		long z = runSeed + 0x9E3779B97F4A7C15L * (index + 1L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static Fold split(List<Sample> samples, int index, String name, List<String> testSubjects) {
		Set<String> test = new TreeSet<>(testSubjects);
		List<Sample> train = new ArrayList<>(), testSamples = new ArrayList<>();
		for (Sample s : samples)
			(test.contains(s.subject()) ? testSamples : train).add(s);
		return new Fold(index, name, new ArrayList<>(testSubjects), Collections.emptyList(), train, Collections.emptyList(), testSamples);
	}

	private static int compareNatural(String a, String b) {
		int i = 0, j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i), cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int si = i, sj = j;
				while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
				while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
				String da = stripZeros(a.substring(si, i)), db = stripZeros(b.substring(sj, j));
				int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
				if (c != 0) return c;
			}
			else {
				int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
				if (c != 0) return c;
				i++;
				j++;
			}
		}
		int c = Integer.compare(a.length() - i, b.length() - j);
		return c != 0 ? c : a.compareTo(b);
	}

	private static String stripZeros(String digits) {
		int k = 0;
		while (k < digits.length() - 1 && digits.charAt(k) == '0') k++;
		return digits.substring(k);
	}
}
