package org.mer.ij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import ij.measure.ResultsTable;

import org.mer.classify.Prediction;
import org.mer.core.InputException;
import org.mer.io.AtomicFiles;
import org.mer.mesti.ModalityImage;

/**
 * The {@value #TITLE} results table: one row per classified clip with the columns clip (its
 * name), predicted, confidence, p_&lt;class&gt; (model order), onset, apex, offset, apex_method,
 * modality, model, time_ms. The same rows go to {@code predictions.csv} of an output folder
 * (ImageJ's CSV format with 6 decimals, so {@code Table.open} and spreadsheets read it). Thread safe.
 */
public final class PredictionsTable {
	/** Title of the table (and of its window in the GUI). */
	public static final String TITLE = "Micro-expression predictions";
	/** File name of the CSV written into an output folder. */
	public static final String CSV_NAME = "predictions.csv";

	private static final NamedResultsTable TABLE = new NamedResultsTable(TITLE);

	private PredictionsTable() {}

	/** The open table of that title (GUI), or this JVM's table (headless / batch mode). */
	public static ResultsTable table() {
		return TABLE.table();
	}

	/** Adds the row to {@link #table()} and shows it when there is a GUI. */
	public static ResultsTable add(Classified c) {
		return TABLE.add(t -> addRow(t, c));
	}

	/** Appends one row for {@code c} to {@code t}. */
	public static void addRow(ResultsTable t, Classified c) {
		Prediction p = c.prediction();
		ModalityImage m = p.image();
		t.incrementCounter();
		t.addValue("clip", c.clipName());
		t.addValue("predicted", p.predictedName());
		t.addValue("confidence", p.confidence());
		for (int i = 0; i < p.classNames().size(); i++)
			t.addValue("p_" + p.classNames().get(i), p.probabilities()[i]);
		t.addValue("onset", m.onset());
		t.addValue("apex", m.apex());
		t.addValue("offset", m.offset());
		t.addValue("apex_method", m.apexMethod().id());
		t.addValue("modality", m.settings().kind().id());
		t.addValue("model", c.modelDir().getFileName().toString());
		t.addValue("time_ms", p.timeMs());
	}

	/**
	 * Appends the row to {@code folder/predictions.csv} (created with a header when missing),
	 * rewriting the file atomically.
	 *
	 * @throws InputException when the existing file has other columns (another model)
	 */
	public static synchronized Path appendCsv(Path folder, Classified c) {
		Path csv = folder.resolve(CSV_NAME);
		try {
			Files.createDirectories(folder);
			ResultsTable t = Files.isRegularFile(csv) ? ResultsTable.open(csv.toString()) : new ResultsTable();
			ResultsTable row = new ResultsTable();
			addRow(row, c);
			if (t.size() > 0 && !Arrays.equals(t.getHeadings(), row.getHeadings()))
				throw new InputException(csv + " has the columns " + Arrays.toString(t.getHeadings()) + ", not those of model "
					+ c.modelDir().getFileName() + ": use another output folder");
			addRow(t, c);
			t.setPrecision(6);
			t.showRowNumbers(false);
			AtomicFiles.write(csv, tmp -> {
				if (!t.save(tmp.toString())) throw new IOException("ImageJ could not save " + tmp);
			});
			return csv;
		}
		catch (IOException e) {
			throw new InputException("cannot write " + csv + ": " + e.getMessage(), e);
		}
	}
}
