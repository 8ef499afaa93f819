package org.mer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.mer.core.Ids;
import org.mer.core.InputException;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mer synth}: writes a synthetic micro-expression dataset (or one demo clip). */
@Command(name = "synth", mixinStandardHelpOptions = true,
	description = { "Writes a synthetic micro-expression dataset in CASME II or SAMM layout (frames, coding sheet, apex masks).",
		"With --demo, writes one clip (OUT/clip/img<N>.jpg, OUT/clip.csv, OUT/apex_mask.png) instead." })
public final class SynthCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
	Path out;

	@Option(names = "--subjects", paramLabel = "N", description = "Number of subjects (default ${DEFAULT-VALUE}).")
	int subjects = 8;

	@Option(names = "--clips-per-class", paramLabel = "K", description = "Clips per class and subject (default ${DEFAULT-VALUE}).")
	int clipsPerClass = 4;

	@Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
	long seed = 42;

	@Option(names = "--layout", paramLabel = "casme2|samm", description = "Dataset layout (default ${DEFAULT-VALUE}).")
	String layout = "casme2";

	@Option(names = "--classes", split = ",", paramLabel = "a,b,c", description = "Class names (default positive,negative,surprise; e.g. happiness,surprise,disgust,repression,others).")
	List<String> classes;

	@Option(names = "--size", paramLabel = "PX", description = "Frame width and height in pixels (default ${DEFAULT-VALUE}).")
	int size = 128;

	@Option(names = "--frames", paramLabel = "MIN..MAX", description = "Clip length range in frames (default ${DEFAULT-VALUE}).")
	String frames = "24..40";

	@Option(names = "--peak", paramLabel = "MIN..MAX", description = "Apex displacement in pixels, a value or a range (default ${DEFAULT-VALUE}).")
	String peak = "0.6..1.5";

	@Option(names = "--png", description = "Write lossless PNG frames instead of JPEG (quality 95).")
	boolean png;

	@Option(names = "--demo", description = "Write one demo clip of the first class instead of a dataset.")
	boolean demo;

	@Override
	public Integer call() {
		int[] f = range("--frames", frames);
		String[] pk = peak.split("\\.\\.");
		if (pk.length == 1) pk = new String[] { pk[0], pk[0] };
		SynthSettings.Builder b = SynthSettings.builder().subjects(subjects).clipsPerClass(clipsPerClass).seed(seed)
			.layout(Ids.parse(SynthSettings.Layout.class, layout, "layout")).size(size, size).frames(f[0], f[1]).format(png ? FrameFormat.PNG : FrameFormat.JPEG);
		try {
			if (pk.length != 2) throw new NumberFormatException();
			b.peak(Double.parseDouble(pk[0]), Double.parseDouble(pk[1]));
		}
		catch (NumberFormatException e) {
			throw new InputException("--peak: expected MIN..MAX in pixels, got '" + peak + "'");
		}
		if (classes != null) b.classes(classes);
		SynthSettings s;
		try {
			s = b.build();
		}
		catch (IllegalArgumentException e) {
			throw new InputException("synth: " + e.getMessage());
		}
		PrintWriter w = spec.commandLine().getOut();
		if (demo) {
			GeneratedClip c = SyntheticDatasetGenerator.writeDemoClip(s, out);
			w.println("wrote demo clip " + c.frames() + " (" + (c.offset() - c.onset() + 1) + " frames img" + c.onset() + "..img" + c.offset() +
				", onset " + c.onset() + ", apex " + c.apex() + ", offset " + c.offset() + ", class " + c.emotion() +
				", AU " + c.actionUnits() + ", peak " + String.format(Locale.ROOT, "%.2f", c.peak()) + " px)");
			w.println("wrote " + out.resolve("clip.csv") + " and " + c.mask());
			return 0;
		}
		ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr()).installCtrlC();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, out, progress);
		long frameCount = 0;
		for (GeneratedClip c : d.clips()) frameCount += c.offset() - c.onset() + 1;
		w.println("wrote " + d.clips().size() + " clips (" + frameCount + " frames, " + s.subjects() + " subjects, classes " +
			String.join(", ", s.classes()) + ") under " + d.framesRoot());
		w.println("sheet: " + d.sheet());
		w.println("apex masks: " + d.masksRoot());
		w.println("settings: " + s);
		return 0;
	}

	private static int[] range(String option, String text) {
		String[] p = text.split("\\.\\.");
		try {
			if (p.length == 1) return new int[] { Integer.parseInt(p[0].trim()), Integer.parseInt(p[0].trim()) };
			if (p.length == 2) return new int[] { Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()) };
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new InputException(option + ": expected N or MIN..MAX, got '" + text + "'");
	}
}
