package org.mer.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an evaluation run (all folds of a protocol): predictions pooled over folds and
 * the metrics computed on them (SPEC §8), plus each fold's own result. Immutable.
 */
public final class RunResult {
	private final String dataset;
	private final List<String> classes;
	private final TrainSettings settings;
	private final List<FoldResult> folds;
	private final int resumedFolds;

	public RunResult(String dataset, List<String> classes, TrainSettings settings, List<FoldResult> folds, int resumedFolds) {
		this.dataset = dataset;
		this.classes = Collections.unmodifiableList(new ArrayList<>(classes));
		this.settings = settings;
		this.folds = Collections.unmodifiableList(new ArrayList<>(folds));
		this.resumedFolds = resumedFolds;
	}

	/** Name of the dataset (or composite) the run evaluated. */
	public String dataset() { return dataset; }
	public List<String> classes() { return classes; }
	public TrainSettings settings() { return settings; }
	public List<FoldResult> folds() { return folds; }
	/** How many folds were read from checkpoints instead of trained. */
	public int resumedFolds() { return resumedFolds; }

	/** All test predictions, fold by fold. */
	public List<TestPrediction> predictions() {
		List<TestPrediction> all = new ArrayList<>();
		for (FoldResult f : folds)
			all.addAll(f.predictions());
		return all;
	}

	/** Metrics on the predictions pooled over all folds (the headline numbers). */
	public Metrics pooled() {
		return metricsOf(classes, predictions());
	}

	/** Pooled metrics per source dataset ({@link org.mer.data.Sample#dataset()}), in name order. */
	public Map<String, Metrics> perDataset() {
		Map<String, List<TestPrediction>> byDataset = new TreeMap<>();
		for (TestPrediction p : predictions())
			byDataset.computeIfAbsent(p.dataset(), d -> new ArrayList<>()).add(p);
		Map<String, Metrics> out = new TreeMap<>();
		byDataset.forEach((d, list) -> out.put(d, metricsOf(classes, list)));
		return out;
	}

	static Metrics metricsOf(List<String> classes, List<TestPrediction> predictions) {
		int[] truth = new int[predictions.size()], predicted = new int[predictions.size()];
		for (int i = 0; i < truth.length; i++) {
			truth[i] = predictions.get(i).truth();
			predicted[i] = predictions.get(i).predicted();
		}
		return Metrics.of(classes, truth, predicted);
	}

	/** Mean wall-clock seconds per training epoch over the epochs trained in this run (NaN when all were resumed). */
	public double secondsPerEpoch() {
		double sum = 0;
		int n = 0;
		for (FoldResult f : folds)
			for (EpochRecord r : f.history()) {
				sum += r.seconds();
				n++;
			}
		return n == 0 ? Double.NaN : sum / n;
	}
}
