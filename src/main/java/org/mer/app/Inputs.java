package org.mer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;
import org.mer.exec.ExecutionEngine;
import org.mer.exec.ExecutionEngines;
import org.mer.io.ExistingOutput;

/**
 * What several use cases read from their values the same way: the dataset (kind, frames root,
 * sheet, class set) and the execution engine (local, or Spark from the command line). Stateless.
 */
final class Inputs {
	private Inputs() {}

	/**
	 * Reads the dataset the values name; every repaired or skipped row and the counts per class and
	 * subject go to the log.
	 *
	 * @throws InputException naming the parameter for a missing root, or when no sample is usable
	 */
	static Dataset dataset(ParamValues v, Progress progress) {
		Path root = v.path(Params.FRAMES_ROOT);
		if (root == null) throw v.error(Params.FRAMES_ROOT, "is missing: give the dataset folder");
		if (!Files.isDirectory(root)) throw v.error(Params.FRAMES_ROOT, root + " is not a folder");
		return DatasetReaders.readForTraining(v.get(Params.DATASET_KIND), root, v.path(Params.DATASET_SHEET), v.text(Params.CLASS_SET),
			v.name(Params.CLASS_SET), progress);
	}

	/**
	 * What to do with an existing output file: {@link Params#RESUME} or {@link Params#OVERWRITE}
	 * (not both); neither refuses it.
	 */
	static ExistingOutput existing(ParamValues v) {
		boolean resume = v.get(Params.RESUME), overwrite = v.get(Params.OVERWRITE);
		if (resume && overwrite) throw new InputException(v.name(Params.RESUME) + " and " + v.name(Params.OVERWRITE) + " exclude each other");
		return resume ? ExistingOutput.RESUME : overwrite ? ExistingOutput.OVERWRITE : ExistingOutput.REFUSE;
	}

	/**
	 * Opens the engine of {@link Params#ENGINE} with {@link Params#MASTER} and
	 * {@link Params#SPARK_CONF} ({@code key=value} items); the caller closes it.
	 */
	static ExecutionEngine engine(ParamValues v) {
		Map<String, String> conf = new LinkedHashMap<>();
		for (String item : v.list(Params.SPARK_CONF)) {
			int eq = item.indexOf('=');
			if (eq < 1) throw v.error(Params.SPARK_CONF, "expects key=value, got '" + item + "'");
			conf.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
		}
		String master = v.text(Params.MASTER);
		return ExecutionEngines.open(v.choice(Params.ENGINE, Choices.Engine.class).id(), master.isEmpty() ? null : master, conf);
	}
}
