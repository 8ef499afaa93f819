package org.mer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mer.core.Ids;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mer mesti}: the MESTI image of one clip as a raw 32-bit TIFF and optionally an 8-bit PNG. */
@Command(name = "mesti", mixinStandardHelpOptions = true,
	description = "Write the MESTI image (apex-centred rank pooling) of a clip.")
final class MestiCommand implements Callable<Integer> {

	@Mixin
	ClipOptions clip;

	@Option(names = "--weighting", paramLabel = "apex_peak|rank_pooled", defaultValue = "apex_peak",
		description = "MESTI weighting (default: ${DEFAULT-VALUE}).")
	String weighting;

	@Option(names = "--out", paramLabel = "FILE.tif", required = true, description = "Raw 32-bit MESTI, ImageJ TIFF, one slice per channel.")
	Path out;

	@Option(names = "--png", paramLabel = "FILE.png", description = "Also write the 8-bit MESTI (global min-max).")
	Path png;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		ModalitySettings settings = ModalitySettings.mesti(Ids.parse(MestiWeighting.class, weighting, "weighting")).withApexMethod(clip.spotting());
		ModalityWriter.write(clip, settings, out, png, spec.commandLine().getOut(), new ConsoleProgress(spec.commandLine().getErr()));
		return 0;
	}
}
