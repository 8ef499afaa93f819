package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MEGC2019 classification metrics (SPEC §8) of one set of predictions, normally pooled over all
 * folds: per class TP/FP/FN, {@code F1_c = 2TP/(2TP+FP+FN)}, precision {@code TP/(TP+FP)},
 * recall {@code TP/N_c}; {@code UF1 = mean_c F1_c}, {@code UAR = mean_c TP_c/N_c},
 * {@code ACC = correct/N}.
 * <p>
 * A class with no sample in the ground truth ({@code N_c = 0}) is "absent": it is still
 * reported (its FP show up in the confusion matrix) but excluded from UF1 and UAR. Ratios whose
 * denominator is 0 are 0, never NaN (an absent class's recall, a never-predicted class's
 * precision). With no sample at all every mean is 0. Immutable and thread safe.
 */
public final class Metrics {
	private final List<String> classes;
	private final long[][] confusion;
	private final long n;

	private Metrics(List<String> classes, long[][] confusion) {
		this.classes = Collections.unmodifiableList(new ArrayList<>(classes));
		this.confusion = confusion;
		long total = 0;
		for (long[] row : confusion)
			for (long v : row)
				total += v;
		this.n = total;
	}

	/**
	 * @param classes class names; index i of {@code truth}/{@code predicted} is {@code classes.get(i)}
	 * @param truth ground-truth class indices
	 * @param predicted predicted class indices, same length
	 */
	public static Metrics of(List<String> classes, int[] truth, int[] predicted) {
		if (truth.length != predicted.length)
			throw new IllegalArgumentException(truth.length + " labels but " + predicted.length + " predictions");
		int k = classes.size();
		long[][] confusion = new long[k][k];
		for (int i = 0; i < truth.length; i++) {
			if (truth[i] < 0 || truth[i] >= k || predicted[i] < 0 || predicted[i] >= k)
				throw new IllegalArgumentException("class index out of range 0.." + (k - 1) + " at position " + i);
			confusion[truth[i]][predicted[i]]++;
		}
		return new Metrics(classes, confusion);
	}

	/** Metrics from a confusion matrix {@code [truth][predicted]} (copied). */
	public static Metrics ofConfusion(List<String> classes, long[][] confusion) {
		long[][] copy = new long[classes.size()][];
		for (int i = 0; i < copy.length; i++) {
			if (confusion[i].length != copy.length) throw new IllegalArgumentException("confusion matrix is not " + copy.length + " x " + copy.length);
			copy[i] = confusion[i].clone();
		}
		return new Metrics(classes, copy);
	}

	public List<String> classes() { return classes; }

	/** Number of predictions. */
	public long n() { return n; }

	/** Copy of the confusion matrix, rows = ground truth, columns = prediction. */
	public long[][] confusion() {
		long[][] copy = new long[confusion.length][];
		for (int i = 0; i < copy.length; i++)
			copy[i] = confusion[i].clone();
		return copy;
	}

	public long tp(int c) { return confusion[c][c]; }

	public long fp(int c) {
		long s = 0;
		for (int t = 0; t < confusion.length; t++)
			if (t != c) s += confusion[t][c];
		return s;
	}

	public long fn(int c) { return support(c) - tp(c); }

	/** N_c: number of ground-truth samples of class c. */
	public long support(int c) {
		long s = 0;
		for (long v : confusion[c])
			s += v;
		return s;
	}

	/** @return whether class c occurs in the ground truth (only such classes enter the means). */
	public boolean present(int c) { return support(c) > 0; }

	/** @return the classes present in the ground truth, as indices. */
	public List<Integer> presentClasses() {
		List<Integer> list = new ArrayList<>();
		for (int c = 0; c < classes.size(); c++)
			if (present(c)) list.add(c);
		return list;
	}

	/** @return the names of the classes absent from the ground truth. */
	public List<String> absentClasses() {
		List<String> list = new ArrayList<>();
		for (int c = 0; c < classes.size(); c++)
			if (!present(c)) list.add(classes.get(c));
		return list;
	}

	public double f1(int c) { return ratio(2 * tp(c), 2 * tp(c) + fp(c) + fn(c)); }

	public double precision(int c) { return ratio(tp(c), tp(c) + fp(c)); }

	public double recall(int c) { return ratio(tp(c), support(c)); }

	/** Unweighted F1: mean of F1_c over the classes present in the ground truth. */
	public double uf1() {
		double s = 0;
		List<Integer> present = presentClasses();
		for (int c : present)
			s += f1(c);
		return present.isEmpty() ? 0 : s / present.size();
	}

	/** Unweighted average recall: mean of TP_c/N_c over the classes present in the ground truth. */
	public double uar() {
		double s = 0;
		List<Integer> present = presentClasses();
		for (int c : present)
			s += recall(c);
		return present.isEmpty() ? 0 : s / present.size();
	}

	/** Accuracy: correct / N. */
	public double acc() {
		long correct = 0;
		for (int c = 0; c < confusion.length; c++)
			correct += confusion[c][c];
		return ratio(correct, n);
	}

	/** Summary for JSON reports: n, acc, uf1, uar, absent classes, per-class values, confusion. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("n", n);
		m.put("acc", acc());
		m.put("uf1", uf1());
		m.put("uar", uar());
		m.put("classes", classes);
		m.put("absent_classes", absentClasses());
		List<Map<String, Object>> perClass = new ArrayList<>();
		for (int c = 0; c < classes.size(); c++) {
			Map<String, Object> pc = new LinkedHashMap<>();
			pc.put("class", classes.get(c));
			pc.put("support", support(c));
			pc.put("present", present(c));
			pc.put("tp", tp(c));
			pc.put("fp", fp(c));
			pc.put("fn", fn(c));
			pc.put("precision", precision(c));
			pc.put("recall", recall(c));
			pc.put("f1", f1(c));
			perClass.add(pc);
		}
		m.put("per_class", perClass);
		m.put("confusion", confusion());
		return m;
	}

	private static double ratio(long a, long b) {
		return b == 0 ? 0 : (double) a / b;
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "ACC %.4f UF1 %.4f UAR %.4f (n=%d)", acc(), uf1(), uar(), n);
	}
}
