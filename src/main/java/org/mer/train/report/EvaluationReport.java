package org.mer.train.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import org.mer.Version;
import org.mer.io.AtomicFiles;
import org.mer.io.OutputBatch;
import org.mer.train.FoldResult;
import org.mer.train.Metrics;
import org.mer.train.RunResult;

/**
 * Writes the evaluation report of a run into a folder (SPEC §8): the headline metrics are
 * computed on the predictions pooled over all folds; per-fold values are labelled as such.
 * <ul>
 * <li>{@code report.json}: tool and version, creation time, dataset, classes, the exact
 * settings ({@link org.mer.train.TrainSettings#toMap()}), {@code model_selection} and
 * {@code model_selection_rule} (fixed epochs vs early stopping on other subjects), folds and how
 * many were resumed from checkpoints, {@code pooled} metrics ({@link Metrics#toMap()}: n, acc,
 * uf1, uar, absent_classes, per_class, confusion), {@code per_dataset} metrics (source datasets
 * of a composite), {@code per_fold} (labelled per-fold: fold, test/validation subjects, n, acc,
 * uf1, uar, selected epoch), {@code attention_faithfulness} ({@link FaithfulnessReport}: pointing
 * game and attention mass in the moving region against chance, or "no masks") and any extra
 * entries given (e.g. engine, timing, model folder).</li>
 * <li>the CSV tables of {@link ReportTables} and {@value FaithfulnessReport#CSV}, the figures drawn by the given {@link ReportFigures}, and
 * {@code megc2019_log.txt} ({@link MegcLog}).</li>
 * </ul>
 * Every file is written atomically; an existing report in the folder is replaced file by file.
 */
public final class EvaluationReport {
	public static final String JSON = "report.json";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

	private final RunResult run;
	private final Map<String, Object> extra = new LinkedHashMap<>();

	public EvaluationReport(RunResult run) {
		this.run = run;
	}

	/** Adds a top-level entry to report.json (after the standard ones). */
	public EvaluationReport with(String key, Object value) {
		extra.put(key, value);
		return this;
	}

	/** The content of report.json as an ordered map. */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("tool", "MESTI-MEGANet");
		m.put("version", Version.get());
		m.put("created", Instant.now().toString());
		m.put("dataset", run.dataset());
		m.put("classes", run.classes());
		m.put("settings", run.settings().toMap());
		m.put("model_selection", run.settings().modelSelection());
		m.put("model_selection_rule", run.settings().modelSelectionRule());
		m.put("metrics_note", "pooled: predictions of all folds pooled, then per class F1 = 2TP/(2TP+FP+FN), "
			+ "UF1 = mean F1, UAR = mean TP/N_c over classes present in the ground truth (MEGC2019, SPEC §8); per_fold values are each fold alone");
		m.put("folds", run.folds().size());
		m.put("folds_resumed", run.resumedFolds());
		m.put("pooled", run.pooled().toMap());
		Map<String, Object> perDataset = new LinkedHashMap<>();
		run.perDataset().forEach((d, metrics) -> perDataset.put(d, metrics.toMap()));
		m.put("per_dataset", perDataset);
		List<Map<String, Object>> perFold = new ArrayList<>();
		for (FoldResult f : run.folds()) {
			Metrics fm = f.metrics(run.classes());
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("fold", f.name());
			row.put("test_subjects", f.testSubjects());
			row.put("validation_subjects", f.validationSubjects());
			row.put("n", fm.n());
			row.put("per_fold_acc", fm.acc());
			row.put("per_fold_uf1", fm.uf1());
			row.put("per_fold_uar", fm.uar());
			row.put("selected_epoch", f.selectedEpoch());
			perFold.add(row);
		}
		m.put("per_fold", perFold);
		m.put("attention_faithfulness", FaithfulnessReport.toMap(run));
		m.putAll(extra);
		return m;
	}

	/**
	 * Writes report.json, the CSV tables, the MEGC2019 log and the figures
	 * ({@code confusion_matrix.png}, {@code training_curves.png}, drawn by {@code figures}) into
	 * {@code dir}, all together ({@link OutputBatch}): when one fails, none of the new files appears
	 * and the previous report's files stay as they were.
	 */
	public void write(Path dir, ReportFigures figures) throws IOException {
		try (OutputBatch batch = OutputBatch.into(dir)) {
			Path staging = batch.staging();
			AtomicFiles.writeString(staging.resolve(JSON), GSON.toJson(toMap()));
			ReportTables.writeAll(run, staging);
			FaithfulnessReport.writeCsv(run, staging);
			Metrics pooled = run.pooled();
			figures.confusion(pooled, String.format(Locale.ROOT, "%s, %s pooled: ACC %.3f UF1 %.3f UAR %.3f",
				run.dataset(), run.settings().protocol().id(), pooled.acc(), pooled.uf1(), pooled.uar()), staging.resolve("confusion_matrix.png"));
			figures.curves(run.folds(), run.dataset() + ": training curves", staging.resolve("training_curves.png"));
			AtomicFiles.writeString(staging.resolve("megc2019_log.txt"), MegcLog.format(run));
			batch.commit();
		}
	}
}
