package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.mer.core.InputException;

/**
 * The training seeds of a multi-seed evaluation or comparison (option {@code seeds}): every cell
 * is evaluated once per seed. Text forms ({@link #parse}): a single number is a COUNT n and means
 * the seeds base, base + 1, ..., base + n - 1 (base = the run's {@code seed} option); a
 * comma-separated list names the seeds themselves, in order ({@code "1,7,42"}; a trailing comma
 * makes a one-seed list, {@code "42,"} = seed 42). Immutable; never empty, no seed twice.
 */
public final class SeedPlan {
	/** Largest count a single number may ask for (a guard against "42" meant as a seed). */
	public static final int MAX_COUNT = 100;

	private final List<Long> seeds;

	private SeedPlan(List<Long> seeds) {
		this.seeds = Collections.unmodifiableList(new ArrayList<>(seeds));
	}

	/**
	 * @param text a count ({@code "3"}) or a comma-separated list of seeds ({@code "1,7,42"})
	 * @param base first seed of a count
	 * @throws InputException naming the option {@code seeds} for empty text, a count outside
	 *           1..{@value #MAX_COUNT}, a value that is not an integer or a seed listed twice
	 */
	public static SeedPlan parse(String text, long base) {
		return parse(text, base, "seeds");
	}

	/**
	 * As {@link #parse(String, long)}, with errors starting {@code "<option>: "}, the name the
	 * user knows the option by (e.g. {@code --seeds} on the command line).
	 */
	public static SeedPlan parse(String text, long base, String option) {
		try {
			return parseSeeds(text, base);
		}
		catch (InputException e) {
			if (option.equals("seeds") || !e.getMessage().startsWith("seeds: ")) throw e;
			throw new InputException(option + ": " + e.getMessage().substring("seeds: ".length()));
		}
	}

	private static SeedPlan parseSeeds(String text, long base) {
		String t = text == null ? "" : text.trim();
		if (t.isEmpty()) throw new InputException("seeds: give a count (e.g. 3) or a comma-separated list of seeds (e.g. 1,7,42), got '" + t + "'");
		if (!t.contains(",")) {
			long count = number(t, t);
			if (count < 1 || count > MAX_COUNT)
				throw new InputException("seeds: a single number is a count of seeds and must be 1.." + MAX_COUNT + ", got " + count
					+ " (to run one particular seed, write it with a comma, e.g. '" + count + ",')");
			List<Long> list = new ArrayList<>();
			for (long i = 0; i < count; i++) {
				try {
					list.add(Math.addExact(base, i));
				}
				catch (ArithmeticException e) {
					throw new InputException("seeds: base seed " + base + " + " + count + " seeds overflows a 64-bit integer");
				}
			}
			return new SeedPlan(list);
		}
		List<Long> list = new ArrayList<>();
		for (String part : t.split(","))
			if (!part.trim().isEmpty()) list.add(number(part.trim(), t));
		if (list.isEmpty()) throw new InputException("seeds: the list '" + t + "' names no seed");
		return of(list);
	}

	/**
	 * The given seeds in order.
	 *
	 * @throws InputException naming {@code seeds} for an empty list or a seed listed twice
	 */
	public static SeedPlan of(List<Long> seeds) {
		if (seeds.isEmpty()) throw new InputException("seeds: at least one seed is needed");
		Set<Long> seen = new LinkedHashSet<>();
		for (Long s : seeds)
			if (!seen.add(s)) throw new InputException("seeds: seed " + s + " is listed twice");
		return new SeedPlan(seeds);
	}

	/** One seed. */
	public static SeedPlan single(long seed) {
		return new SeedPlan(Collections.singletonList(seed));
	}

	private static long number(String s, String whole) {
		try {
			return Long.parseLong(s);
		}
		catch (NumberFormatException e) {
			throw new InputException("seeds: '" + s + "' is not an integer (in '" + whole + "')");
		}
	}

	/** The seeds in run order (unmodifiable). */
	public List<Long> seeds() { return seeds; }

	public int size() { return seeds.size(); }

	/** "seed 42" or "seeds 0, 1, 2", for report headers. */
	public String describe() {
		StringJoiner j = new StringJoiner(", ", seeds.size() == 1 ? "seed " : "seeds ", "");
		for (long s : seeds)
			j.add(Long.toString(s));
		return j.toString();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SeedPlan && ((SeedPlan) o).seeds.equals(seeds);
	}

	@Override
	public int hashCode() {
		return seeds.hashCode();
	}

	@Override
	public String toString() {
		return describe();
	}
}
