package org.mer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mer.core.Ids;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mer modality}: any input modality of one clip (apex, difference, dynamic-image, flow, mesti). */
@Command(name = "modality", mixinStandardHelpOptions = true,
	description = "Write an input modality of a clip: apex, difference, dynamic-image, flow or mesti.")
final class ModalityCommand implements Callable<Integer> {

	@Mixin
	ClipOptions clip;

	@Option(names = "--kind", paramLabel = "apex|difference|dynamic-image|flow|mesti", required = true,
		description = "Which modality.")
	String kind;

	@Option(names = "--weighting", paramLabel = "apex_peak|rank_pooled", defaultValue = "apex_peak",
		description = "MESTI weighting, for --kind mesti (default: ${DEFAULT-VALUE}).")
	String weighting;

	@Option(names = "--out", paramLabel = "FILE.tif", required = true, description = "Raw 32-bit image, ImageJ TIFF, one slice per channel.")
	Path out;

	@Option(names = "--png", paramLabel = "FILE.png", description = "Also write the 8-bit form.")
	Path png;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		ModalityKind k = Ids.parse(ModalityKind.class, kind, "modality");
		ModalitySettings settings = (k == ModalityKind.MESTI ? ModalitySettings.mesti(Ids.parse(MestiWeighting.class, weighting, "weighting"))
			: ModalitySettings.of(k)).withApexMethod(clip.spotting());
		ModalityWriter.write(clip, settings, out, png, spec.commandLine().getOut(), new ConsoleProgress(spec.commandLine().getErr()));
		return 0;
	}
}
