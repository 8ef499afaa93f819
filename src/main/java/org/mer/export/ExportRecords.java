package org.mer.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mer.Version;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.io.AtomicFiles;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.ModalitySettings;
import org.mer.io.Sha256;
import org.mer.train.Fold;
import org.mer.train.Folds;

/**
 * The tables and the settings file of an export (CSV: RFC 4180, comma separated, header row;
 * paths relative to the export folder with '/'):
 * <ul>
 * <li>{@value #MANIFEST}: dataset, subject, sample, label, class_index (0-based, in the class
 * set's order), onset, apex, offset (absolute frame numbers as resolved for the export),
 * apex_method (given, or how the apex was spotted), then {@code file_<modality>} per modality
 * (npz: the sample's archive, whose array of that name is the image);</li>
 * <li>{@value #FOLDS}: fold (0-based), fold_name (the test subject), dataset, subject, sample:
 * leave one subject out, fold k tests the samples listed with it and trains on all others;</li>
 * <li>{@value #SETTINGS}: tool, version, {@code settings} (dataset, class set, classes and
 * {@link ExportSettings#toMap()}), {@code settings_sha256} (SHA-256 of the settings object as
 * compact JSON: UTF-8, keys in file order, separators ',' and ':', no escaping of non-ASCII, the
 * form of Python's {@code json.dumps(settings, separators=(',', ':'), ensure_ascii=False)}),
 * samples, and {@code files}: every other file's SHA-256 by relative path, sorted.</li>
 * </ul>
 * Not thread safe: one export fills one instance.
 */
final class ExportRecords {
	static final String MANIFEST = "manifest.csv", FOLDS = "folds.csv", SETTINGS = "export.json";
	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

	/** One sample's export: the first modality's image (its frames and apex) and the file of each modality. */
	static final class Written {
		final ModalityImage image;
		final Map<String, String> files;

		Written(ModalityImage image, Map<String, String> files) {
			this.image = image;
			this.files = files;
		}
	}

	private final Dataset dataset;
	private final ExportSettings settings;
	private final List<List<Object>> manifest = new ArrayList<>();
	private final List<String> files = new ArrayList<>();

	ExportRecords(Dataset dataset, ExportSettings settings) {
		this.dataset = dataset;
		this.settings = settings;
	}

	/** {@code dir/relative}, its parent folders created. */
	static Path create(Path dir, String relative) throws IOException {
		Path file = dir.resolve(relative);
		Files.createDirectories(file.getParent());
		return file;
	}

	void add(Sample s, Written w) {
		List<Object> row = new ArrayList<>(List.of(s.dataset(), s.subject(), s.id(), s.label(), dataset.classes().classes().indexOf(s.label()),
			w.image.onset(), w.image.apex(), w.image.offset(), w.image.apexMethod().id()));
		row.addAll(w.files.values());
		manifest.add(row);
	}

	/** Every file written, sorted (after {@link #writeAll}). */
	List<String> files() {
		return Collections.unmodifiableList(files);
	}

	/** Writes the manifest, the folds and the settings file; returns the settings' SHA-256. */
	String writeAll(Path dir) throws IOException {
		List<String> header = new ArrayList<>(List.of("dataset", "subject", "sample", "label", "class_index", "onset", "apex", "offset", "apex_method"));
		for (ModalitySettings m : settings.modalities())
			header.add("file_" + ExportSettings.name(m));
		writeCsv(dir.resolve(MANIFEST), header, manifest);
		List<List<Object>> folds = new ArrayList<>();
		for (Fold f : Folds.loso(dataset.samples()))
			for (Sample s : f.test())
				folds.add(List.of(f.index(), f.name(), s.dataset(), s.subject(), s.id()));
		writeCsv(dir.resolve(FOLDS), List.of("fold", "fold_name", "dataset", "subject", "sample"), folds);

		Map<String, Object> hashed = new LinkedHashMap<>();
		hashed.put("dataset", dataset.name());
		hashed.put("class_set", dataset.classes().name());
		hashed.put("classes", dataset.classes().classes());
		hashed.putAll(settings.toMap());
		String settingsSha = Sha256.of(COMPACT.toJson(hashed).getBytes(StandardCharsets.UTF_8));
		Map<String, String> hashes = new TreeMap<>();
		List<Path> written;
		try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
			written = walk.filter(Files::isRegularFile).sorted().collect(java.util.stream.Collectors.toList());
		}
		for (Path f : written) {
			String rel = dir.relativize(f).toString().replace('\\', '/');
			if (!rel.startsWith(".")) hashes.put(rel, Sha256.of(f));
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("tool", "MESTI-MEGANet");
		json.put("version", Version.get());
		json.put("settings", hashed);
		json.put("settings_sha256", settingsSha);
		json.put("samples", manifest.size());
		json.put("files", hashes);
		AtomicFiles.writeString(dir.resolve(SETTINGS), PRETTY.toJson(json) + "\n");
		files.addAll(hashes.keySet());
		files.add(SETTINGS);
		Collections.sort(files);
		return settingsSha;
	}

	private static void writeCsv(Path file, List<String> header, List<List<Object>> rows) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(new String[0])).build())) {
			for (List<Object> row : rows)
				printer.printRecord(row);
		}
		AtomicFiles.writeString(file, out.toString());
	}
}
