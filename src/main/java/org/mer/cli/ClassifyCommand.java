package org.mer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.mer.core.Ids;
import org.mer.classify.BatchClassifier;
import org.mer.exec.ExecutionEngine;
import org.mer.classify.Classifier;
import org.mer.classify.ClipJob;
import org.mer.net.Devices;
import org.mer.classify.Prediction;
import org.mer.clip.ClipRange;
import org.mer.core.InputException;
import org.mer.data.ClassSet;
import org.mer.data.Dataset;
import org.mer.data.DatasetKind;
import org.mer.data.DatasetReaders;
import org.mer.ij.AttentionStyle;
import org.mer.ij.PredictionImages;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mer classify}: classifies one clip (frame folder or video), every clip under a
 * folder, or every sample of a dataset sheet with a model folder, writing one CSV row per clip ({@link BatchClassifier}). Exit
 * code 2 when a clip could not be classified (its row then carries the error).
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
	description = { "Classifies micro-expression clips with a model folder and writes one CSV row per clip:",
		"path, onset, apex, apex_method, offset, predicted, p_<class>..., time_ms, error." })
public final class ClassifyCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder (model.json and weights).")
	Path model;

	static final class Input {
		@Option(names = "--frames", paramLabel = "DIR", description = "A folder of frame files (one clip).")
		Path frames;

		@Option(names = "--video", paramLabel = "FILE", description = "A video file (one clip).")
		Path video;

		@Option(names = "--tree", paramLabel = "DIR",
			description = "Every clip under a folder: each folder of frame files and each video file.")
		Path tree;

		@Option(names = "--dataset", paramLabel = "SHEET",
			description = "Every sample of a dataset's coding sheet (with --root; frame numbers as the sheet gives them).")
		Path dataset;
	}

	@ArgGroup(exclusive = true, multiplicity = "1")
	Input input;

	@Option(names = "--root", paramLabel = "DIR", description = "Dataset folder for --dataset.")
	Path root;

	@Option(names = "--kind", paramLabel = "casme2|samm|smic|casme3|mmew|megc|csv",
		description = "Dataset layout for --dataset (default ${DEFAULT-VALUE}).")
	String kind = "casme2";

	@Option(names = "--classes", paramLabel = "SET|FILE",
		description = "Class set that selects the dataset's samples (default: the layout's usual set, e.g. casme2-5).")
	String classes;

	@Option(names = "--onset", paramLabel = "N", description = "Onset frame number (default: first frame).")
	Integer onset;

	@Option(names = "--apex", paramLabel = "N", description = "Apex frame number (default: spotted as the model's settings say).")
	Integer apex;

	@Option(names = "--offset", paramLabel = "N", description = "Offset frame number (default: last frame).")
	Integer offset;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "Prediction CSV to write.")
	Path out;

	@Option(names = "--attention-dir", paramLabel = "DIR",
		description = { "Also write, per clip, the modality image (PNG) and, for models with Gradient Attention,",
			"the attention overlay (PNG), the attention map (32-bit TIFF) and its ROIs (zip for the ROI Manager)." })
	Path attentionDir;

	@Option(names = "--device", paramLabel = "auto|cpu|gpu", description = "Where the network runs (default ${DEFAULT-VALUE}).")
	String device = "auto";

	@Mixin
	EngineOptions engine = new EngineOptions();

	@Option(names = "--resume", description = "Keep the rows already in --out and classify only the clips it lacks.")
	boolean resume;

	@Override
	public Integer call() throws IOException {
		PrintWriter w = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		boolean many = input.tree != null || input.dataset != null;
		if (many && (onset != null || apex != null || offset != null))
			throw new InputException("--onset, --apex and --offset apply to one clip (--frames or --video)");
		if (input.dataset == null && root != null) throw new InputException("--root goes with --dataset");
		return classify(new ConsoleProgress(err).installCtrlC(), w, err);
	}

	private Integer classify(ConsoleProgress progress, PrintWriter w, PrintWriter err) throws IOException {
		List<ClipJob> jobs;
		if (input.tree != null) jobs = ClipJob.findUnder(input.tree);
		else if (input.dataset != null) jobs = ClipJob.of(readDataset(progress).samples());
		else {
			Path clip = input.frames != null ? input.frames : input.video;
			if (input.frames != null && !Files.isDirectory(clip))
				throw new InputException("--frames " + clip + " is not a folder");
			if (input.video != null && !Files.isRegularFile(clip))
				throw new InputException("--video " + clip + " is not a file");
			jobs = List.of(ClipJob.of(clip, new ClipRange(onset, apex, offset)));
		}
		BatchClassifier.Summary summary;
		try (Classifier classifier = Classifier.open(model, Devices.pick(device)); ExecutionEngine executor = engine.open()) {
			org.mer.classify.ClipExecutor clips = executor.clips(model, device);
			if (clips != null && attentionDir != null)
				throw new InputException("--attention-dir needs the local engine (the images are drawn where the clips are classified)");
			BatchClassifier batch = new BatchClassifier(classifier, progress).executor(clips);
			batch.onClassified((job, p) -> {
				if (jobs.size() == 1)
					w.println(String.format(Locale.ROOT, "%s: %s (p = %.3f, %.0f ms)", jobs.get(0).path(), p.predictedName(), p.confidence(), p.timeMs()));
				if (attentionDir != null)
					PredictionImages.write(attentionDir, attentionName(job, p), PredictionImages.modalityImage(p, attentionName(job, p)), p, AttentionStyle.defaults());
			});
			summary = batch.classify(jobs, out, resume);
		}
		w.println(summary + "; predictions in " + out);
		if (summary.failures().isEmpty()) return 0;
		if (jobs.size() == 1) throw new InputException(summary.failures().get(0));
		for (String f : summary.failures())
			err.println("mer: " + f);
		return 2;
	}

	/** File-name stem of a clip's attention files: unique within one run. */
	private String attentionName(ClipJob job, Prediction p) {
		if (input.tree != null) return job.path();
		if (input.dataset == null) return p.image().sourceName();
		String rel = root.toAbsolutePath().normalize().relativize(job.source().toAbsolutePath().normalize()).toString().replace('\\', '/');
		return job.range().onset() == null ? rel : rel + "_" + job.range().onset();
	}

	private Dataset readDataset(ConsoleProgress progress) {
		if (root == null) throw new InputException("--dataset needs --root, the dataset folder");
		DatasetKind k = Ids.parse(DatasetKind.class, kind, "dataset kind");
		String set = classes != null ? classes : k.defaultClassSet();
		if (set == null) throw new InputException("--kind " + k.id() + " needs --classes");
		Dataset d = DatasetReaders.forKind(k).read(root, input.dataset, ClassSet.resolve(set), progress);
		for (String issue : d.issues())
			progress.log(issue);
		if (d.samples().isEmpty()) throw new InputException(input.dataset + " gives no sample of the classes " + set);
		return d;
	}
}
