package org.mer.classify;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.AppendOnlyFile;
import org.mer.io.ExistingOutput;

/**
 * A second writer in its own JVM ({@link org.mer.faults.JvmProcess}): opens the predictions CSV
 * given as the first argument, prints "LOCKED", waits for a line on stdin, appends as many rows
 * as the second argument says, closes and exits 0. Prints "REFUSED: message" and exits 3 when the
 * CSV is in use.
 */
public final class PredictionWriterProcess {
	private PredictionWriterProcess() {}

	public static void main(String[] args) throws Exception {
		Path csv = Paths.get(args[0]);
		int rows = Integer.parseInt(args[1]);
		try (PredictionFile file = PredictionFile.open(csv, PredictionFileTest.HEADER, ExistingOutput.RESUME, Progress.NONE,
			AppendOnlyFile.FILES)) {
			System.out.println("LOCKED");
			System.out.flush();
			new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			for (int i = 0; i < rows; i++)
				file.append(PredictionFileTest.row("child" + i));
		}
		catch (InputException e) {
			System.out.println("REFUSED: " + e.getMessage());
			System.exit(3);
		}
		System.exit(0);
	}
}
