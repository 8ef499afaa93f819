package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mer.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mer demo}: the main job on the bundled demo. Classifies the synthetic clip in
 * {@code test-data/demo/clip/} (onset, apex and offset from {@code test-data/demo/clip.csv})
 * with the demo model in {@code test-data/models/demo/}, exactly as {@code ./mer classify}
 * with {@code --attention-dir} would, and writes the prediction CSV, the MESTI PNG and the
 * attention-overlay PNG (plus the attention TIFF and ROI zip) into the output folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
	description = "Classify the bundled synthetic demo clip with the bundled demo model.")
final class DemoCommand implements Callable<Integer> {

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo", description = "Output folder (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: test-data/models/demo).")
	Path model;

	@Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto", description = "Where the network runs (default: ${DEFAULT-VALUE}).")
	String device;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Path home = Paths.get(System.getProperty("mer.home", "."));
		Path demo = home.resolve("test-data/demo");
		Path sheet = demo.resolve("clip.csv");
		Path modelDir = model != null ? model : home.resolve("test-data/models/demo");
		if (!Files.isRegularFile(sheet)) throw new InputException("demo clip sheet " + sheet + " is missing");
		CSVRecord clip = readClipRow(sheet);
		Path dir = out.isAbsolute() ? out : home.resolve(out);
		Files.createDirectories(dir);
		List<String> args = new ArrayList<>(List.of("classify", "--model", modelDir.toString(),
			"--frames", demo.resolve(clip.get("frames")).toString(), "--onset", clip.get("onset"), "--apex", clip.get("apex"),
			"--offset", clip.get("offset"), "--out", dir.resolve("predictions.csv").toString(),
			"--attention-dir", dir.toString(), "--device", device));
		PrintWriter w = spec.commandLine().getOut();
		w.println("demo: synthetic clip " + demo.resolve(clip.get("frames")) + " (true class: " + clip.get("class") + "), model " + modelDir);
		int code = Main.execute(args.toArray(new String[0]), w, spec.commandLine().getErr());
		if (code == 0) w.println("demo: wrote " + dir.resolve("predictions.csv") + ", " + dir.resolve("clip_mesti.png") + " and "
			+ dir.resolve("clip_attention.png"));
		return code;
	}

	private static CSVRecord readClipRow(Path sheet) throws IOException {
		try (Reader r = Files.newBufferedReader(sheet, StandardCharsets.UTF_8)) {
			List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
			if (rows.isEmpty()) throw new InputException(sheet + " has no clip row");
			return rows.get(0);
		}
	}
}
