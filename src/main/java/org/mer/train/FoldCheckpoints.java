package org.mer.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;

import org.mer.attention.AttentionScore;
import org.mer.io.Sha256;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.io.AtomicFiles;
import org.mer.io.OutputKind;
import org.mer.io.OutputLock;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;

/**
 * One JSON file per finished fold in {@code <report>/folds/fold-NNN.json} (NNN = 0-based fold
 * index), written atomically when the fold ends, so an interrupted run leaves only whole folds.
 * Each file holds the format id {@value #FORMAT}, the fingerprint of the settings that change
 * results ({@link TrainSettings#resultMap()}) and of the test sample ids, the class list and the
 * {@link FoldResult} (predictions as class names with probabilities and, when scored, an
 * {@code attention} object of view id to [pointing, mass share, area share]; epoch history,
 * selected epoch, per-fold metrics). Checkpoints without attention scores (older ones) read
 * back with none. Numbers are written so that they read back bit-identical.
 * Thread safe for distinct folds.
 */
public final class FoldCheckpoints implements AutoCloseable {
	public static final String FORMAT = "mer-fold-checkpoint-1";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

	private final Path folder;
	private final OutputLock lock;

	/**
	 * Checkpoints of a report folder, without taking it: for reading, or when the caller holds
	 * the folder ({@link #open}).
	 *
	 * @param reportDir the report folder; checkpoints go to its {@code folds} subfolder
	 */
	public FoldCheckpoints(Path reportDir) {
		this(reportDir, null);
	}

	private FoldCheckpoints(Path reportDir, OutputLock lock) {
		this.folder = reportDir.resolve("folds");
		this.lock = lock;
	}

	/**
	 * Takes the report folder for one training run: its {@link OutputLock} (a second run on the
	 * same folder is refused) and {@link OwnedFolder#claim} as a {@link OutputKind#REPORT} (a
	 * folder that is not empty must carry the report marker, or report.json from an older
	 * version; it may not contain an input). {@link #close()} releases it.
	 *
	 * @param protect the run's inputs (frame folders)
	 * @throws InputException when the folder is in use or may not be written
	 * @throws UncheckedIOException when it cannot be created
	 */
	public static FoldCheckpoints open(Path reportDir, ProtectedPaths protect, Progress progress) {
		OutputLock lock;
		try {
			lock = OutputLock.acquire(reportDir, progress);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot lock the report folder " + reportDir, e);
		}
		try {
			OwnedFolder.claim(reportDir, OutputKind.REPORT, protect, "report.json");
			return new FoldCheckpoints(reportDir, lock);
		}
		catch (IOException e) {
			lock.close();
			throw new UncheckedIOException("cannot create the report folder " + reportDir, e);
		}
		catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/** Releases the report folder when {@link #open} took it. */
	@Override
	public void close() {
		if (lock != null) lock.close();
	}

	public Path file(int foldIndex) {
		return folder.resolve(String.format(Locale.ROOT, "fold-%03d.json", foldIndex));
	}

	/** Deletes every checkpoint (a run that does not resume starts clean). */
	public void clear() {
		if (!Files.isDirectory(folder)) return;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "fold-*.json")) {
			for (Path f : files)
				Files.delete(f);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not clear the checkpoints in " + folder, e);
		}
	}

	/** Fingerprint of a fold's identity: result-changing settings, classes and test sample ids. */
	public static String fingerprint(TrainSettings settings, List<String> classes, Fold fold) {
		StringBuilder sb = new StringBuilder(GSON.toJson(settings.resultMap())).append('\n').append(classes);
		for (Sample s : fold.test())
			sb.append('\n').append(s.dataset()).append(':').append(s.id()).append('=').append(s.label());
		return Sha256.of(sb.toString());
	}

	public void save(FoldResult result, String fingerprint, List<String> classes) throws IOException {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("fingerprint", fingerprint);
		root.add("classes", GSON.toJsonTree(classes));
		JsonObject fold = new JsonObject();
		fold.addProperty("index", result.index());
		fold.addProperty("name", result.name());
		fold.add("test_subjects", GSON.toJsonTree(result.testSubjects()));
		fold.add("validation_subjects", GSON.toJsonTree(result.validationSubjects()));
		fold.addProperty("selected_epoch", result.selectedEpoch());
		JsonArray history = new JsonArray();
		for (EpochRecord r : result.history())
			history.add(GSON.toJsonTree(r.toMap()));
		fold.add("history", history);
		JsonArray predictions = new JsonArray();
		for (TestPrediction p : result.predictions()) {
			JsonObject o = new JsonObject();
			o.addProperty("dataset", p.dataset());
			o.addProperty("subject", p.subject());
			o.addProperty("sample", p.sampleId());
			o.addProperty("truth", classes.get(p.truth()));
			o.addProperty("predicted", classes.get(p.predicted()));
			JsonArray probs = new JsonArray();
			for (float v : p.probabilities())
				probs.add(v);
			o.add("probabilities", probs);
			if (!p.attention().isEmpty()) {
				JsonObject attention = new JsonObject();
				p.attention().forEach((view, a) -> {
					JsonArray v = new JsonArray();
					v.add(a.pointing());
					v.add(a.massShare());
					v.add(a.areaShare());
					attention.add(view, v);
				});
				o.add("attention", attention);
			}
			predictions.add(o);
		}
		fold.add("predictions", predictions);
		fold.add("metrics", GSON.toJsonTree(result.metrics(classes).toMap()));
		root.add("fold", fold);
		AtomicFiles.writeString(file(result.index()), GSON.toJson(root));
	}

	/**
	 * @return the fold's stored result, or null when there is no checkpoint for it
	 * @throws InputException when the checkpoint was made with other settings, classes or test
	 *           samples, or cannot be read (naming the file)
	 */
	public FoldResult load(int foldIndex, String fingerprint, List<String> classes) {
		Path file = file(foldIndex);
		if (!Files.isRegularFile(file)) return null;
		try {
			JsonObject root = JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).getAsJsonObject();
			if (!FORMAT.equals(root.get("format").getAsString())) throw new InputException(file + " is not a fold checkpoint");
			if (!fingerprint.equals(root.get("fingerprint").getAsString()))
				throw new InputException(file + " was made with other settings, classes or samples; use another report folder or run without --resume");
			JsonObject fold = root.getAsJsonObject("fold");
			List<EpochRecord> history = new ArrayList<>();
			for (JsonElement e : fold.getAsJsonArray("history")) {
				Map<String, Object> m = new LinkedHashMap<>();
				for (Map.Entry<String, JsonElement> kv : e.getAsJsonObject().entrySet())
					m.put(kv.getKey(), kv.getValue().getAsDouble());
				history.add(EpochRecord.fromMap(m));
			}
			List<TestPrediction> predictions = new ArrayList<>();
			String name = fold.get("name").getAsString();
			for (JsonElement e : fold.getAsJsonArray("predictions")) {
				JsonObject o = e.getAsJsonObject();
				JsonArray probs = o.getAsJsonArray("probabilities");
				float[] p = new float[probs.size()];
				for (int i = 0; i < p.length; i++)
					p[i] = probs.get(i).getAsFloat();
				Map<String, AttentionScore> attention = new LinkedHashMap<>();
				if (o.has("attention"))
					for (Map.Entry<String, JsonElement> kv : o.getAsJsonObject("attention").entrySet()) {
						JsonArray v = kv.getValue().getAsJsonArray();
						attention.put(kv.getKey(), new AttentionScore(v.get(0).getAsDouble(), v.get(1).getAsDouble(), v.get(2).getAsDouble()));
					}
				predictions.add(new TestPrediction(o.get("dataset").getAsString(), o.get("subject").getAsString(),
					o.get("sample").getAsString(), name, classIndex(classes, o.get("truth").getAsString(), file),
					classIndex(classes, o.get("predicted").getAsString(), file), p, attention));
			}
			List<String> test = GSON.fromJson(fold.get("test_subjects"), new TypeToken<List<String>>() {}.getType());
			List<String> validation = GSON.fromJson(fold.get("validation_subjects"), new TypeToken<List<String>>() {}.getType());
			return new FoldResult(fold.get("index").getAsInt(), name, test, validation, fold.get("selected_epoch").getAsInt(),
				history, predictions);
		}
		catch (IOException e) {
			throw new InputException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			if (e instanceof InputException) throw e;
			throw new InputException("checkpoint " + file + " is damaged (" + e.getMessage() + "); delete it to retrain that fold", e);
		}
	}

	private static int classIndex(List<String> classes, String name, Path file) {
		int i = classes.indexOf(name);
		if (i < 0) throw new InputException(file + " names class '" + name + "', not one of " + classes);
		return i;
	}
}
