package org.mer.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.figures.ReportImages;
import org.mer.core.Ids;
import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.report.EvaluationReport;

/**
 * MESTI + MEGANet on held-out synthetic subjects (issue 4 "done" criterion): 8 generated
 * subjects, 3 classes, subject-wise evaluation, pooled UF1 and ACC well above chance (1/3).
 * Minutes on a CPU, so only in {@code mvn test -Plong}. System properties: {@code mer.long.device}
 * (auto), {@code mer.long.epochs} (20), {@code mer.long.protocol} (kfold, 4 folds; or loso),
 * {@code mer.long.report} (a folder to keep the report in).
 */
@Tag("long")
class LongSyntheticTrainingTest {
	@TempDir
	Path tmp;

	@Test
	void mestiMeganetBeatsChanceOnHeldOutSubjects() throws Exception {
		GeneratedDataset data = SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(8).clipsPerClass(4).seed(42).build(),
			tmp.resolve("synth"), Progress.NONE);
		List<Sample> samples = new ArrayList<>();
		for (GeneratedClip c : data.clips())
			samples.add(new Sample("synth", c.subject(), c.subject() + "/" + c.filename(), c.frames(),
				new ClipRange(c.onset(), c.apex(), c.offset()), c.emotion()));
		List<String> classes = SynthSettings.builder().build().classes();
		int epochs = Integer.getInteger("mer.long.epochs", 20);
		Protocol protocol = Ids.parse(Protocol.class, System.getProperty("mer.long.protocol", "kfold"), "protocol");
		TrainSettings settings = TrainSettings.builder(new NetworkSpec(Architecture.MEGANET, 112, 16, classes.size()),
			ModalitySettings.mesti(MestiWeighting.APEX_PEAK)).protocol(protocol).kFolds(4).epochs(epochs).batchSize(16)
			.learningRate(1e-3f).seed(1).device(System.getProperty("mer.long.device", "auto")).build();
		Progress log = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { System.out.println(message); }
		};
		long start = System.nanoTime();
		RunResult run = new ProtocolRunner(settings, new ModalityCache(tmp.resolve("cache"))).runSamples("synth", samples, classes,
			tmp.resolve("report"), false, log);
		double seconds = (System.nanoTime() - start) / 1e9;
		Metrics m = run.pooled();
		String keep = System.getProperty("mer.long.report");
		new EvaluationReport(run).with("seconds", seconds).write(keep != null ? Path.of(keep) : tmp.resolve("report"), ReportImages.INSTANCE);
		System.out.println(String.format(Locale.ROOT, "LONG: %s, %d samples, %d folds x %d epochs: UF1 %.4f UAR %.4f ACC %.4f; %.2f s/epoch, %.0f s total",
			protocol.id(), m.n(), run.folds().size(), epochs, m.uf1(), m.uar(), m.acc(), run.secondsPerEpoch(), seconds));
		assertTrue(m.acc() >= 0.6, "ACC " + m.acc() + " is not well above chance 0.33");
		assertTrue(m.uf1() >= 0.55, "UF1 " + m.uf1() + " is not well above chance");
	}
}
