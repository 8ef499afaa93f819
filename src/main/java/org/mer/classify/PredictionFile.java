package org.mer.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.AppendOnlyFile;
import org.mer.io.AtomicFiles;
import org.mer.io.ExistingOutput;
import org.mer.io.OutputLock;

/**
 * The predictions CSV of one run, open for appending rows ({@link PredictionCsv} has the
 * columns). Opening takes the file's {@link OutputLock} (a second run on the same CSV is refused,
 * so no row is lost to two writers) and settles an existing file:
 * <ul>
 * <li>missing or empty: the header is written;</li>
 * <li>{@link ExistingOutput#REFUSE}: {@link InputException} naming the file, {@code --resume}
 * and {@code --overwrite}; the file is untouched;</li>
 * <li>{@link ExistingOutput#RESUME}: rows cut short and error rows are dropped
 * ({@link PredictionCsv#keepCompleteRows}), the others are kept and listed in {@link #done()};</li>
 * <li>{@link ExistingOutput#OVERWRITE}: replaced by the header, but only when its first line is
 * a predictions header (a file this tool wrote); any other file is refused.</li>
 * </ul>
 * Each row is appended whole or not at all ({@link AppendOnlyFile}): a full disk stops the run
 * with an {@link IOException} naming the file and leaves every finished row readable.
 * {@link #close()} releases the lock. Not thread safe.
 */
final class PredictionFile implements AutoCloseable {
	private final OutputLock lock;
	private final AppendOnlyFile rows;
	private final Map<String, Set<String>> done;

	private PredictionFile(OutputLock lock, AppendOnlyFile rows, Map<String, Set<String>> done) {
		this.lock = lock;
		this.rows = rows;
		this.done = done;
	}

	/**
	 * @param opener the file system rows are written through ({@link AppendOnlyFile#FILES})
	 * @throws InputException another run holds the CSV, it exists and {@code existing} forbids
	 *           replacing it, or it was written for other classes (resume)
	 */
	static PredictionFile open(Path csv, List<String> header, ExistingOutput existing, Progress progress, AppendOnlyFile.Opener opener)
		throws IOException
	{
		OutputLock lock = OutputLock.acquire(csv, progress);
		try {
			Map<String, Set<String>> done = new HashMap<>();
			boolean present = Files.isRegularFile(csv) && Files.size(csv) > 0;
			if (Files.exists(csv) && !Files.isRegularFile(csv)) throw new InputException(csv + " is not a file: choose a CSV file name");
			if (present && existing == ExistingOutput.REFUSE)
				throw new InputException(csv + " already exists: use --resume to add the missing clips to it or --overwrite to replace it");
			if (present && existing == ExistingOutput.RESUME) {
				for (List<String> row : PredictionCsv.keepCompleteRows(csv, header))
					done.computeIfAbsent(row.get(0), k -> new HashSet<>()).add(row.get(1));
			}
			else {
				if (present) checkIsPredictions(csv);
				StringBuilder sb = new StringBuilder();
				PredictionCsv.FORMAT.printRecord(sb, header.toArray());
				AtomicFiles.writeString(csv, sb.toString());
			}
			return new PredictionFile(lock, AppendOnlyFile.open(csv, opener), done);
		}
		catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/** Overwrite only what this tool wrote: the first line must be a predictions header. */
	private static void checkIsPredictions(Path csv) throws IOException {
		byte[] start = new byte[(int) Math.min(Files.size(csv), 200)];
		try (java.io.InputStream in = Files.newInputStream(csv)) {
			int n = in.readNBytes(start, 0, start.length);
			String first = new String(start, 0, n, StandardCharsets.UTF_8);
			if (!first.startsWith(PredictionCsv.HEADER_START))
				throw new InputException(csv + " is not a predictions CSV written by this tool (it does not start with '"
					+ PredictionCsv.HEADER_START + "'), so --overwrite does not replace it: choose another file");
		}
	}

	/** Paths and onsets of the rows kept when resuming: path to the set of onset texts. */
	Map<String, Set<String>> done() {
		return done;
	}

	/** Appends one row, whole or not at all. */
	void append(List<String> row) throws IOException {
		StringBuilder sb = new StringBuilder();
		PredictionCsv.FORMAT.printRecord(sb, row.toArray());
		rows.append(sb.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws IOException {
		try {
			rows.close();
		}
		finally {
			lock.close();
		}
	}
}
