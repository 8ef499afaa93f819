package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.clip.ClipRange;
import org.mer.clip.FolderFrameSource;
import org.mer.core.Progress;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.clip.ClipResolver;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;

import ai.djl.Device;

/**
 * The bundled demo model (test-data/models/demo) on synthetic subjects it never saw (another
 * generator seed than its training set): it must beat chance (1/3) by a wide margin, and the
 * bundled demo clip must come out as its true class.
 */
class DemoModelTest {
	private static final Path DEMO_MODEL = Paths.get("test-data/models/demo");

	@TempDir
	Path tmp;

	@Test
	void demoModelRecognisesHeldOutSyntheticSubjects() {
		SynthSettings s = SynthSettings.builder().subjects(2).clipsPerClass(3).seed(2027).build();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, tmp, Progress.NONE);
		int correct = 0;
		try (Classifier classifier = Classifier.open(DEMO_MODEL, Device.cpu())) {
			ModelConfig config = classifier.model().config();
			assertTrue(config.provenance().trainedOn().contains("synthetic data only"), config.provenance().trainedOn());
			for (GeneratedClip c : d.clips()) {
				try (FolderFrameSource source = new FolderFrameSource(c.frames())) {
					Prediction p = classifier.classify(ClipResolver.resolve(source, new ClipRange(c.onset(), c.apex(), c.offset()),
						config.modalitySettings().apexMethod()), Progress.NONE);
					if (p.predictedName().equals(c.emotion())) correct++;
				}
			}
		}
		double accuracy = correct / (double) d.clips().size();
		System.out.println("demo model on held-out synthetic subjects: " + correct + "/" + d.clips().size());
		assertEquals(18, d.clips().size());
		assertTrue(accuracy >= 0.7, "held-out synthetic accuracy " + accuracy + " (chance 0.33)");
	}

	@Test
	void bundledDemoClipIsClassifiedAsItsTrueClass() {
		try (Classifier classifier = Classifier.open(DEMO_MODEL, Device.cpu());
			FolderFrameSource source = new FolderFrameSource(Paths.get("test-data/demo/clip"))) {
			Prediction p = classifier.classify(ClipResolver.resolve(source, new ClipRange(46, 63, 75),
				classifier.model().config().modalitySettings().apexMethod()), Progress.NONE);
			assertEquals("positive", p.predictedName());
			assertTrue(p.confidence() > 0.5, "confidence " + p.confidence());
		}
	}
}
