package org.mer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.mer.app.ClassifyBatch;
import org.mer.app.Export;
import org.mer.app.MakeModality;
import org.mer.app.ModelFolders;
import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.Synthesise;
import org.mer.app.SpotParams;
import org.mer.app.SynthParams;
import org.mer.app.SettingStudy;
import org.mer.app.Training;
import org.mer.app.UseCase;
import org.mer.classify.BatchClassifier;
import org.mer.core.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands made from use cases: each is a few lines that call one application use case
 * and print what it returns (results to stdout, progress and log lines to stderr).
 */
final class Subcommands {
	private Subcommands() {}

	static CommandLine[] all() {
		return new CommandLine[] { model(),
			UseCaseCommand.create(UseCase.MESTI, Subcommands::modality, "Write the MESTI image (apex-centred rank pooling) of a clip:",
				"a raw 32-bit ImageJ TIFF (one slice per channel; .png gives the 8-bit form), optionally also the 8-bit PNG."),
			UseCaseCommand.create(UseCase.MODALITY, Subcommands::modality,
				"Write an input modality of a clip: apex, difference, dynamic-image, flow or mesti."),
			UseCaseCommand.create(UseCase.SYNTHESISE, Subcommands::synth,
				"Writes a synthetic micro-expression dataset in CASME II or SAMM layout (frames, coding sheet, apex masks).",
				"With --demo, writes one clip (OUT/clip/img<N>.jpg, OUT/clip.csv, OUT/apex_mask.png) instead."),
			UseCaseCommand.create(UseCase.CLASSIFY, Subcommands::classify,
				"Classifies micro-expression clips with a model folder and writes one CSV row per clip:",
				"path, onset, apex, apex_method, offset, predicted, p_<class>..., time_ms, error.",
				"Input: one clip (--clip, --frames or --video), every clip under --tree, or every sample of --sheet with --root."),
			UseCaseCommand.create(UseCase.TRAIN, (v, out, err) -> print(Training.train(v, progress(err)).lines(), out),
				"Evaluates a network leave-one-subject-out (or k-fold / fixed split), writes the report,",
				"then trains on all subjects and saves the model folder."),
			UseCaseCommand.create(UseCase.EVALUATE, (v, out, err) -> print(Training.evaluate(v, progress(err)).lines(), out),
				"Evaluates a network leave-one-subject-out (or k-fold / fixed split) and writes the report; keeps no model."),
			UseCaseCommand.create(UseCase.COMPARE, (v, out, err) -> print(Training.compare(v, progress(err)).lines(), out),
				"Evaluates every (modality, network) pair with the same protocol and writes a table of",
				"pooled ACC/UF1/UAR (comparison.md, comparison.csv) plus one report per pair."),
			UseCaseCommand.create(UseCase.STUDY, (v, out, err) -> print(SettingStudy.run(v, progress(err)).lines(), out),
				"Runs the comparison once per value of one setting (--study align or input_scaling; values from --variants,",
				"the reference first) into OUT/<value>/, then tests every value against the reference cell by cell",
				"(paired subject bootstrap, Holm): variants.md, variants.csv, variants-differences.csv."),
			UseCaseCommand.create(UseCase.SPOT, SpotSubcommands::spot,
				"Spots micro- and macro-expressions in long recordings and writes one CSV row per interval:",
				"path, onset, apex, offset, type, score, error (frame numbers as the recording's own); every setting goes to",
				"<name>.settings.json beside the CSV. Input: one recording (--video, --frames with --fps) or every one under --tree."),
			UseCaseCommand.create(UseCase.SPOT_EVALUATE, SpotSubcommands::evaluate,
				"Spots every recording of a long-video dataset (casme2-lv, samm-lv, casme3-lv, synth-lv) and scores it by the MEGC",
				"protocol (IoU >= 0.5): report.json, per_video.csv, intervals.csv and a signal plot per recording in --report."),
			UseCaseCommand.create(UseCase.EXPORT, (v, out, err) -> print(Export.run(v, progress(err)).lines(), out),
				"Exports every sample's modality images at the input size for other tools (npz: float32 (channel, y, x);",
				"png; tiff), with manifest.csv, folds.csv (leave one subject out) and export.json (settings and SHA-256 of every file)."),
		};
	}

	/** {@code ./mer model seal DIR} and {@code ./mer model verify DIR}: the seal of model.json's meaning ({@link ModelFolders}). */
	private static CommandLine model() {
		CommandLine model = new CommandLine(CommandSpec.create().name("model").mixinStandardHelpOptions(true));
		model.getCommandSpec().usageMessage().description("Model folder maintenance: seal or verify model.json (class names, normalisation, modality, network).");
		model.addSubcommand(UseCaseCommand.create(UseCase.MODEL_SEAL, (v, out, err) -> print(ModelFolders.seal(v), out),
			"Seals a model folder's model.json after an intended edit: records a checksum of each section that carries meaning."));
		model.addSubcommand(UseCaseCommand.create(UseCase.MODEL_VERIFY, (v, out, err) -> print(ModelFolders.verify(v), out),
			"Checks a model folder's seal; exit 2 naming the section that changed since it was sealed."));
		return model;
	}

	static ConsoleProgress progress(PrintWriter err) {
		return new ConsoleProgress(err).installCtrlC();
	}

	static int print(List<String> lines, PrintWriter out) {
		lines.forEach(out::println);
		return 0;
	}

	private static int modality(ParamValues v, PrintWriter out, PrintWriter err) {
		return print(MakeModality.run(v, null, progress(err)).lines(), out);
	}

	private static int synth(ParamValues v, PrintWriter out, PrintWriter err) {
		ConsoleProgress progress = v.get(SynthParams.DEMO_CLIP) ? new ConsoleProgress(err) : progress(err);
		return print(Synthesise.run(v, progress).lines(), out);
	}

	/** Exit code 2 when a clip could not be classified (its row then carries the error). */
	private static int classify(ParamValues v, PrintWriter out, PrintWriter err) throws Exception {
		if (v.get(SpotParams.SPOT_INTERVALS)) return SpotSubcommands.classifySpotted(v, out, err);
		boolean one = v.path(Params.CLIP) != null;
		BatchClassifier.Summary summary = ClassifyBatch.run(v, progress(err), (job, p) -> {
			if (one) out.println(String.format(Locale.ROOT, "%s: %s (p = %.3f, %.0f ms)", job.path(), p.predictedName(), p.confidence(), p.timeMs()));
		});
		Path csv = v.path(Params.PREDICTIONS_FILE);
		out.println(summary + "; predictions in " + csv);
		if (summary.failures().isEmpty()) return 0;
		if (one) throw new InputException(summary.failures().get(0));
		for (String f : summary.failures())
			err.println("mer: " + f);
		return 2;
	}
}
