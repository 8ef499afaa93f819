package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Which {@link Motion}s each expression class performs. Known names (positive, negative, surprise,
 * the CASME II, SAMM and MEGC emotion names) get fixed, plausible sets (e.g. positive/happiness =
 * lip corners up + cheeks; negative = brows down and together + lip corners down; surprise = brows
 * up + lids up). Any other name, or a known name whose set another class of the same list already
 * uses, gets two motions picked deterministically from its name, so every class of a list moves
 * a different set of regions.
 */
public final class ClassMotions {
	private static final Map<String, List<Motion>> KNOWN = new HashMap<>();

	static {
		put(Arrays.asList("positive", "happiness", "happy"), Motion.LIP_CORNER_UP, Motion.CHEEK_RAISE);
		put(Arrays.asList("negative"), Motion.BROW_LOWER, Motion.LIP_CORNER_DOWN);
		put(Arrays.asList("surprise"), Motion.BROW_RAISE, Motion.LID_RAISE);
		put(Arrays.asList("disgust"), Motion.NOSE_WRINKLE, Motion.UPPER_LIP_RAISE);
		put(Arrays.asList("repression"), Motion.LIP_PRESS);
		put(Arrays.asList("others", "other"), Motion.LID_TIGHTEN);
		put(Arrays.asList("anger"), Motion.BROW_LOWER, Motion.LID_TIGHTEN);
		put(Arrays.asList("contempt"), Motion.LIP_CORNER_UP_ONE_SIDE);
		put(Arrays.asList("sadness"), Motion.INNER_BROW_RAISE, Motion.LIP_CORNER_DOWN);
		put(Arrays.asList("fear"), Motion.BROW_RAISE, Motion.LIP_STRETCH);
	}

	private static void put(List<String> names, Motion... motions) {
		for (String n : names) KNOWN.put(n, Collections.unmodifiableList(Arrays.asList(motions)));
	}

	private ClassMotions() {}

	/** Motions of each class of {@code classes}, in the same order; no two classes share a set. */
	public static List<List<Motion>> forClasses(List<String> classes) {
		List<List<Motion>> out = new ArrayList<>();
		for (String c : classes) {
			String key = c.trim().toLowerCase(Locale.ROOT);
			List<Motion> m = KNOWN.get(key);
			long salt = 0;
			while (m == null || out.contains(m)) m = picked(key, salt++);
			out.add(m);
		}
		return out;
	}

	/**
	 * Class sets that overlap as in real datasets: each class also performs the first motion of
	 * the next class in the list (the last class the first's), unless it already does, so
	 * neighbouring classes share an action unit. A class whose set would then equal an earlier
	 * class's keeps its own set; a single class is returned unchanged.
	 */
	public static List<List<Motion>> overlapping(List<List<Motion>> sets) {
		List<List<Motion>> out = new ArrayList<>();
		for (int i = 0; i < sets.size(); i++) {
			List<Motion> own = new ArrayList<>(sets.get(i));
			Motion shared = sets.get((i + 1) % sets.size()).get(0);
			if (sets.size() > 1 && !own.contains(shared)) own.add(shared);
			out.add(Collections.unmodifiableList(out.contains(own) ? new ArrayList<>(sets.get(i)) : own));
		}
		return out;
	}

	/** "1+2+5"-style action-unit code of a set of motions. */
	public static String actionUnits(List<Motion> motions) {
		StringBuilder sb = new StringBuilder();
		for (Motion m : motions) sb.append(sb.length() == 0 ? "" : "+").append(m.actionUnits());
		return sb.toString();
	}

	private static List<Motion> picked(String name, long salt) {
		Random r = new Random(Seeds.mix(name.hashCode(), salt));
		Motion[] all = Motion.values();
		int a = r.nextInt(all.length), b = r.nextInt(all.length - 1);
		if (b >= a) b++;
		return Collections.unmodifiableList(Arrays.asList(all[Math.min(a, b)], all[Math.max(a, b)]));
	}
}
