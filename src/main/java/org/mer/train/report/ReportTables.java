package org.mer.train.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.io.AtomicFiles;
import org.mer.train.FoldResult;
import org.mer.train.Metrics;
import org.mer.train.TestPrediction;
import org.mer.train.RunResult;

/**
 * The CSV files of an evaluation report (RFC 4180, comma separated, header row, numbers with
 * a dot and 4 decimals, probabilities with 6):
 * <ul>
 * <li>{@code predictions.csv}: fold, dataset, subject, sample, truth, predicted, correct (0/1),
 * then one column {@code p_<class>} per class.</li>
 * <li>{@code per_fold.csv}: fold, test_subjects (joined by ';'), validation_subjects, n,
 * per_fold_acc, per_fold_uf1, per_fold_uar (each fold alone: classes absent from the fold are
 * excluded from its means), selected_epoch, final_train_loss.</li>
 * <li>{@code per_class.csv}: pooled over folds: class, support, present (false = absent from the
 * ground truth, excluded from UF1/UAR), tp, fp, fn, precision, recall, f1.</li>
 * <li>{@code confusion.csv}: pooled confusion matrix, rows = truth, columns = predicted.</li>
 * </ul>
 */
final class ReportTables {
	private ReportTables() {}

	static void writeAll(RunResult run, Path dir) throws IOException {
		List<String> classes = run.classes();
		List<String> header = new ArrayList<>(List.of("fold", "dataset", "subject", "sample", "truth", "predicted", "correct"));
		for (String c : classes)
			header.add("p_" + c);
		List<List<Object>> rows = new ArrayList<>();
		for (TestPrediction p : run.predictions()) {
			List<Object> row = new ArrayList<>(List.of(p.fold(), p.dataset(), p.subject(), p.sampleId(), classes.get(p.truth()),
				classes.get(p.predicted()), p.correct() ? 1 : 0));
			for (float v : p.probabilities())
				row.add(String.format(Locale.ROOT, "%.6f", v));
			rows.add(row);
		}
		write(dir.resolve("predictions.csv"), header, rows);

		rows = new ArrayList<>();
		for (FoldResult f : run.folds()) {
			Metrics m = f.metrics(classes);
			double lastLoss = f.history().isEmpty() ? Double.NaN : f.history().get(f.history().size() - 1).trainLoss();
			rows.add(List.of(f.name(), String.join(";", f.testSubjects()), String.join(";", f.validationSubjects()), m.n(),
				num(m.acc()), num(m.uf1()), num(m.uar()), f.selectedEpoch(), Double.isNaN(lastLoss) ? "" : num(lastLoss)));
		}
		write(dir.resolve("per_fold.csv"), List.of("fold", "test_subjects", "validation_subjects", "n", "per_fold_acc",
			"per_fold_uf1", "per_fold_uar", "selected_epoch", "final_train_loss"), rows);

		Metrics pooled = run.pooled();
		rows = new ArrayList<>();
		for (int c = 0; c < classes.size(); c++)
			rows.add(List.of(classes.get(c), pooled.support(c), pooled.present(c), pooled.tp(c), pooled.fp(c), pooled.fn(c),
				num(pooled.precision(c)), num(pooled.recall(c)), num(pooled.f1(c))));
		write(dir.resolve("per_class.csv"), List.of("class", "support", "present", "tp", "fp", "fn", "precision", "recall", "f1"), rows);

		List<String> confHeader = new ArrayList<>();
		confHeader.add("truth\\predicted");
		confHeader.addAll(classes);
		rows = new ArrayList<>();
		long[][] conf = pooled.confusion();
		for (int t = 0; t < classes.size(); t++) {
			List<Object> row = new ArrayList<>();
			row.add(classes.get(t));
			for (long v : conf[t])
				row.add(v);
			rows.add(row);
		}
		write(dir.resolve("confusion.csv"), confHeader, rows);
	}

	static String num(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}

	static void write(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).build())) {
			for (List<?> row : rows)
				printer.printRecord(row);
		}
		AtomicFiles.writeString(file, out.toString());
	}
}
