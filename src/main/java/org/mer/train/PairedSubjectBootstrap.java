package org.mer.train;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mer.stats.BootstrapEstimate;
import org.mer.stats.ClusterBootstrap;

/**
 * The paired difference of two multi-seed cells by a bootstrap over subjects
 * ({@link ClusterBootstrap}): a resample draws the subjects with replacement; for every seed the
 * pooled metric of A and of B is recomputed on the predictions of the drawn subjects (a subject
 * drawn twice counts twice), their difference taken, and the differences averaged over the
 * seeds. The observed value (every subject once) is therefore mean(A) - mean(B) of the cell
 * table. Pairing: the same seed and the same subject draw for A and B.
 * <p>
 * Seeds are averaged, not resampled: with 3 to 10 seeds a seed bootstrap is too coarse (see
 * org.mer.stats). The interval thus describes how the seed-averaged difference would vary over
 * other samples of subjects; with several seeds the averaging reduces the training noise inside
 * it. Subjects are keyed by (dataset, subject), so equally named subjects of two datasets of a
 * composite stay apart. Stateless.
 */
final class PairedSubjectBootstrap {
	private PairedSubjectBootstrap() {}

	/**
	 * @throws IllegalArgumentException when A and B were not run with the same seeds, classes and
	 *           (per seed) test samples
	 */
	static PairedDifference compare(ClaimPair pair, MultiSeedCell a, MultiSeedCell b, SignificanceSettings settings) {
		List<Long> seeds = a.seeds();
		if (!new HashSet<>(seeds).equals(new HashSet<>(b.seeds())))
			throw new IllegalArgumentException("cells " + a.cell() + " and " + b.cell() + " were run with different seeds " + seeds + " and " + b.seeds());
		List<String> classes = a.classes();
		if (!classes.equals(b.classes()))
			throw new IllegalArgumentException("cells " + a.cell() + " and " + b.cell() + " have different classes");
		Map<String, Integer> subjectIndex = new TreeMap<>();
		for (long seed : seeds) {
			checkSameSamples(a, b, seed);
			for (MultiSeedCell cell : new MultiSeedCell[] { a, b })
				for (TestPrediction p : cell.run(seed).predictions())
					subjectIndex.put(subjectKey(p), 0);
		}
		int i = 0;
		for (Map.Entry<String, Integer> e : subjectIndex.entrySet())
			e.setValue(i++);
		int subjects = subjectIndex.size();
		if (subjects < 2)
			return new PairedDifference(pair, subjects, seeds.size(), Collections.emptyMap(), Collections.emptyMap(),
				"not tested: " + subjects + " subject (the bootstrap over subjects needs at least 2)");
		int k = classes.size();
		long[][][] confA = new long[seeds.size()][][], confB = new long[seeds.size()][][];
		for (int s = 0; s < seeds.size(); s++) {
			confA[s] = perSubjectConfusion(a.run(seeds.get(s)), subjectIndex, k);
			confB[s] = perSubjectConfusion(b.run(seeds.get(s)), subjectIndex, k);
		}
		PooledMetric[] metrics = PooledMetric.values();
		ClusterBootstrap.Statistic delta = counts -> {
			double[] sum = new double[metrics.length];
			for (int s = 0; s < confA.length; s++) {
				Metrics ma = pooled(confA[s], counts, classes), mb = pooled(confB[s], counts, classes);
				for (int m = 0; m < metrics.length; m++)
					sum[m] += metrics[m].of(ma) - metrics[m].of(mb);
			}
			for (int m = 0; m < metrics.length; m++)
				sum[m] /= confA.length;
			return sum;
		};
		List<BootstrapEstimate> estimates = ClusterBootstrap.run(subjects, delta, settings.resamples(), settings.level(), settings.seed());
		Map<PooledMetric, BootstrapEstimate> byMetric = new EnumMap<>(PooledMetric.class);
		for (int m = 0; m < metrics.length; m++)
			byMetric.put(metrics[m], estimates.get(m));
		return new PairedDifference(pair, subjects, seeds.size(), byMetric, Collections.emptyMap(), "");
	}

	private static void checkSameSamples(MultiSeedCell a, MultiSeedCell b, long seed) {
		Set<String> sa = sampleKeys(a.run(seed)), sb = sampleKeys(b.run(seed));
		if (!sa.equals(sb))
			throw new IllegalArgumentException("cells " + a.cell() + " and " + b.cell() + " were not evaluated on the same samples with seed "
				+ seed + " (" + sa.size() + " and " + sb.size() + " test predictions)");
	}

	private static Set<String> sampleKeys(RunResult run) {
		Set<String> keys = new HashSet<>();
		for (TestPrediction p : run.predictions())
			if (!keys.add(p.dataset() + "\u0000" + p.sampleId()))
				throw new IllegalArgumentException("sample " + p.dataset() + ":" + p.sampleId() + " is predicted twice in one run");
		return keys;
	}

	private static String subjectKey(TestPrediction p) {
		return p.dataset() + "\u0000" + p.subject();
	}

	/** [subject][truth * k + predicted] counts. */
	private static long[][] perSubjectConfusion(RunResult run, Map<String, Integer> subjectIndex, int k) {
		long[][] conf = new long[subjectIndex.size()][k * k];
		for (TestPrediction p : run.predictions())
			conf[subjectIndex.get(subjectKey(p))][p.truth() * k + p.predicted()]++;
		return conf;
	}

	private static Metrics pooled(long[][] perSubject, int[] counts, List<String> classes) {
		int k = classes.size();
		long[][] total = new long[k][k];
		for (int j = 0; j < counts.length; j++) {
			if (counts[j] == 0) continue;
			long[] c = perSubject[j];
			for (int t = 0; t < k; t++)
				for (int p = 0; p < k; p++)
					total[t][p] += counts[j] * c[t * k + p];
		}
		return Metrics.ofConfusion(classes, total);
	}
}
