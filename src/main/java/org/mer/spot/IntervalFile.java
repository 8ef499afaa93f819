package org.mer.spot;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mer.Version;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.AppendOnlyFile;
import org.mer.io.AtomicFiles;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputLock;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The intervals CSV of one spotting run ({@link IntervalCsv}) and, beside it, its settings file
 * {@code <name>.settings.json} ({@link #settingsFile}): the tool, version, spotter and columns, and
 * per recording (by CSV path) every spotting decision (the settings template, the frames'
 * preparation, the fps given and the fps used, k), the annotator, what was found (frames, last frame, baseline, threshold,
 * counts), the partial note or error, and whether it is {@code complete} (spotted to its end,
 * nothing failed). The CSV is the table; the settings file says how each row was made.
 * <p>
 * Opening takes the CSV's {@link OutputLock} (a second run on it is refused) and settles an
 * existing file by {@link Mode}. Each recording's rows are appended in one write, whole or not at
 * all, then the settings file is rewritten atomically; a recording written again (append mode)
 * first loses its old rows. {@link #close()} releases the lock. Not thread safe.
 */
public final class IntervalFile implements AutoCloseable {
	/** Suffix of the settings file: {@code intervals.csv} has {@code intervals.settings.json}. */
	public static final String SETTINGS_SUFFIX = ".settings.json";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues().create();
	private static final Type MAP = new TypeToken<LinkedHashMap<String, Object>>() {}.getType();

	/** What to do with an existing CSV. */
	public enum Mode {
		/** Stop with an error naming the file and --resume / --overwrite. */
		REFUSE,
		/** Keep the rows of recordings the settings file records as complete; drop the others' rows. */
		RESUME,
		/** Replace it (only a file whose header is an intervals header). */
		OVERWRITE,
		/** Keep every row; a recording spotted again replaces its rows (Fiji's output folder). */
		APPEND;

		public static Mode of(ExistingOutput existing) {
			switch (existing) {
				case RESUME: return RESUME;
				case OVERWRITE: return OVERWRITE;
				default: return REFUSE;
			}
		}
	}

	private final Path csv, json;
	private final List<String> header;
	private final OutputLock lock;
	private final Map<String, Object> head = new LinkedHashMap<>();
	private final Map<String, Object> recordings;
	private final Set<String> pathsWithRows;
	private AppendOnlyFile rows;

	private IntervalFile(Path csv, List<String> header, OutputLock lock, String spotter, Map<String, Object> recordings, Set<String> pathsWithRows) {
		this.csv = csv;
		this.json = settingsFile(csv);
		this.header = header;
		this.lock = lock;
		this.recordings = recordings;
		this.pathsWithRows = pathsWithRows;
		head.put("tool", "MESTI-MEGANet");
		head.put("version", Version.get());
		head.put("spotter", spotter);
		head.put("csv", csv.getFileName().toString());
		head.put("columns", header);
		head.put("frame_numbers", "as each recording gives them (file names of a frame folder; 1.. for videos and stacks); intervals inclusive");
	}

	/** {@code intervals.csv} gives {@code intervals.settings.json} in the same folder. */
	public static Path settingsFile(Path csv) {
		String name = csv.getFileName().toString();
		String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		return csv.resolveSibling(stem + SETTINGS_SUFFIX);
	}

	/**
	 * @param header the whole header ({@link IntervalCsv#header})
	 * @throws InputException another run holds the CSV; it exists and the mode refuses it; it is
	 *           not an intervals CSV (overwrite) or has other columns (resume, append)
	 */
	public static IntervalFile open(Path csv, List<String> header, String spotter, Mode mode, Progress progress) throws IOException {
		OutputLock lock = OutputLock.acquire(csv, progress);
		try {
			if (Files.exists(csv) && !Files.isRegularFile(csv)) throw new InputException(csv + " is not a file: choose a CSV file name");
			checkSettingsFileIsOurs(settingsFile(csv));
			boolean present = Files.isRegularFile(csv) && Files.size(csv) > 0;
			Map<String, Object> recordings = new LinkedHashMap<>();
			Set<String> withRows = new HashSet<>();
			if (present && mode == Mode.REFUSE)
				throw new InputException(csv + " already exists: use --resume to add the missing recordings to it or --overwrite to replace it");
			if (present && (mode == Mode.RESUME || mode == Mode.APPEND)) {
				List<List<String>> rows = IntervalCsv.parse(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8), csv.toString());
				if (rows.isEmpty() || !rows.get(0).equals(header))
					throw new InputException(csv + (rows.isEmpty() || !isIntervalsHeader(rows.get(0)) ? " is not an intervals CSV written by this tool"
						: " has the columns " + rows.get(0) + " but this run writes " + header) + ": write to another file");
				Map<String, Object> stored = readRecordings(settingsFile(csv), progress);
				List<List<String>> kept = new ArrayList<>();
				for (List<String> row : rows.subList(1, rows.size())) {
					if (row.size() != header.size()) continue;
					if (mode == Mode.APPEND || isComplete(stored.get(row.get(0)))) {
						kept.add(row);
						withRows.add(row.get(0));
					}
				}
				for (Map.Entry<String, Object> e : stored.entrySet())
					if (mode == Mode.APPEND || isComplete(e.getValue())) recordings.put(e.getKey(), e.getValue());
				writeAll(csv, header, kept);
			}
			else {
				if (present) checkIsIntervals(csv);
				writeAll(csv, header, new ArrayList<>());
			}
			IntervalFile file = new IntervalFile(csv, header, lock, spotter, recordings, withRows);
			file.writeSettings();
			file.rows = AppendOnlyFile.open(csv, AppendOnlyFile.FILES);
			return file;
		}
		catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	public Path csv() { return csv; }
	public Path settings() { return json; }
	public List<String> header() { return header; }

	/**
	 * True when the recording is recorded as complete with the same settings template, frame
	 * preparation (none when a file written before it was recorded), given fps and annotator (maps
	 * compared as JSON), so a resumed run may skip it.
	 */
	public boolean isDone(String path, Map<String, Object> template, Map<String, String> preparation, double givenFps, String annotator) {
		Object entry = recordings.get(path);
		if (!isComplete(entry)) return false;
		@SuppressWarnings("unchecked")
		Map<String, Object> e = (Map<String, Object>) entry;
		Object recorded = e.get("preparation") == null ? Map.of() : e.get("preparation");
		return Objects.equals(asJson(e.get("template")), asJson(template)) && Objects.equals(asJson(recorded), asJson(preparation))
			&& Objects.equals(asJson(e.get("fps_given")), asJson(fpsOrNull(givenFps))) && Objects.equals(e.get("annotator"), annotator);
	}

	/**
	 * Writes one recording: its rows (replacing rows it had), then its entry in the settings file.
	 *
	 * @param entry what {@link SpotBatch} records about it; "complete" must be set
	 * @throws IOException when a file cannot be written (the rows were then not appended, or the
	 *           CSV was cut back to its length before them)
	 */
	public void write(String path, List<List<String>> recordRows, Map<String, Object> entry) throws IOException {
		if (pathsWithRows.remove(path)) removeRows(path);
		StringBuilder sb = new StringBuilder();
		for (List<String> row : recordRows)
			sb.append(IntervalCsv.format(row));
		if (sb.length() > 0) {
			rows.append(sb.toString().getBytes(StandardCharsets.UTF_8));
			pathsWithRows.add(path);
		}
		recordings.remove(path);
		recordings.put(path, entry);
		writeSettings();
	}

	static Double fpsOrNull(double fps) {
		return Double.isNaN(fps) ? null : fps;
	}

	private void removeRows(String path) throws IOException {
		rows.close();
		List<List<String>> all = IntervalCsv.parse(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8), csv.toString());
		List<List<String>> kept = new ArrayList<>();
		for (List<String> row : all.subList(1, all.size()))
			if (!row.get(0).equals(path)) kept.add(row);
		writeAll(csv, header, kept);
		rows = AppendOnlyFile.open(csv, AppendOnlyFile.FILES);
	}

	private void writeSettings() throws IOException {
		Map<String, Object> m = new LinkedHashMap<>(head);
		m.put("recordings", recordings);
		AtomicFiles.writeString(json, GSON.toJson(m) + "\n");
	}

	private static boolean isComplete(Object entry) {
		return entry instanceof Map && Boolean.TRUE.equals(((Map<?, ?>) entry).get("complete"));
	}

	private static String asJson(Object o) {
		return o == null ? null : GSON.toJson(GSON.fromJson(GSON.toJson(o), Object.class));
	}

	private static boolean isIntervalsHeader(List<String> first) {
		return String.join(",", first).startsWith(IntervalCsv.HEADER_START);
	}

	/** The recordings of a settings file; empty (with a log line) when it is missing or unreadable. */
	private static Map<String, Object> readRecordings(Path json, Progress progress) {
		if (!Files.isRegularFile(json)) return new LinkedHashMap<>();
		try {
			Map<String, Object> m = GSON.fromJson(new String(Files.readAllBytes(json), StandardCharsets.UTF_8), MAP);
			Object r = m == null ? null : m.get("recordings");
			if (r instanceof Map) {
				Map<String, Object> out = new LinkedHashMap<>();
				for (Map.Entry<?, ?> e : ((Map<?, ?>) r).entrySet())
					out.put(String.valueOf(e.getKey()), e.getValue());
				return out;
			}
		}
		catch (IOException | JsonParseException e) {
			progress.log("cannot read " + json + " (" + e.getMessage() + "): every recording is spotted again");
		}
		return new LinkedHashMap<>();
	}

	/** A settings file of that name that this tool did not write is a user's file: refused. */
	private static void checkSettingsFileIsOurs(Path json) throws IOException {
		if (!Files.exists(json)) return;
		byte[] start = new byte[(int) Math.min(Files.isRegularFile(json) ? Files.size(json) : 0, 300)];
		int n = 0;
		if (start.length > 0) try (java.io.InputStream in = Files.newInputStream(json)) {
			n = in.readNBytes(start, 0, start.length);
		}
		if (!new String(start, 0, n, StandardCharsets.UTF_8).contains("\"tool\": \"MESTI-MEGANet\""))
			throw new InputException(json + " exists and was not written by this tool: choose another CSV name (its settings go to <name>" + SETTINGS_SUFFIX + ")");
	}

	/** Overwrite only what this tool wrote: the first line must be an intervals header. */
	private static void checkIsIntervals(Path csv) throws IOException {
		byte[] start = new byte[(int) Math.min(Files.size(csv), 200)];
		try (java.io.InputStream in = Files.newInputStream(csv)) {
			int n = in.readNBytes(start, 0, start.length);
			if (!new String(start, 0, n, StandardCharsets.UTF_8).startsWith(IntervalCsv.HEADER_START))
				throw new InputException(csv + " is not an intervals CSV written by this tool (it does not start with '" + IntervalCsv.HEADER_START
					+ "'), so --overwrite does not replace it: choose another file");
		}
	}

	private static void writeAll(Path csv, List<String> header, List<List<String>> rows) throws IOException {
		StringBuilder sb = new StringBuilder(IntervalCsv.format(header));
		for (List<String> row : rows)
			sb.append(IntervalCsv.format(row));
		AtomicFiles.writeString(csv, sb.toString());
	}

	@Override
	public void close() throws IOException {
		try {
			if (rows != null) rows.close();
		}
		finally {
			lock.close();
		}
	}
}
