package org.mer.exec;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mer.classify.BatchClassifier;
import org.mer.classify.Classifier;
import org.mer.classify.ClipRow;
import org.mer.net.Devices;
import org.mer.core.Progress;

/**
 * The classifiers of one JVM (e.g. a Spark executor), each model folder opened once on first
 * use and kept until {@link #closeAll()} or the JVM ends, so a model is loaded once per
 * executor however many clips and tasks it handles. Thread safe: calls on one classifier are
 * serialised.
 */
public final class ExecutorModels {
	private static final Map<String, Classifier> OPEN = new HashMap<>();

	private ExecutorModels() {}

	/**
	 * The CSV row of one clip ({@link BatchClassifier#classifyRow}, the function the local
	 * engine calls) with the model folder's classifier on {@code device} (auto, cpu, gpu).
	 */
	public static ClipRow classify(String modelDir, String device, ClipJobRecord job) {
		Classifier classifier = classifier(modelDir, device);
		synchronized (classifier) {
			return BatchClassifier.classifyRow(classifier, job.toJob(), Progress.NONE, null);
		}
	}

	private static Classifier classifier(String modelDir, String device) {
		Path dir = Paths.get(modelDir).toAbsolutePath().normalize();
		String key = dir + "\n" + device;
		synchronized (OPEN) {
			Classifier c = OPEN.get(key);
			if (c == null) {
				c = Classifier.open(dir, Devices.pick(device));
				OPEN.put(key, c);
			}
			return c;
		}
	}

	/** Closes every classifier of this JVM (the next use opens them again). */
	public static void closeAll() {
		List<Classifier> open;
		synchronized (OPEN) {
			open = new ArrayList<>(OPEN.values());
			OPEN.clear();
		}
		for (Classifier c : open)
			synchronized (c) {
				c.close();
			}
	}
}
