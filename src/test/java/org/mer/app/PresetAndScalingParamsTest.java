package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.Nuisances;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;
import org.mer.net.Architecture;
import org.mer.train.TrainSettings;

/** The generator preset and the input scaling travel from the catalogue's values into the core's settings and files. */
class PresetAndScalingParamsTest {
	@TempDir
	Path tmp;

	@Test
	void presetDefaultIsTheOriginalGeneratorAndHardTakesThePresetsRanges() {
		SynthSettings plain = Synthesise.settings(TestValues.of(UseCase.SYNTHESISE, "subjects", 3));
		assertTrue(plain.isOriginal());
		assertEquals(SynthSettings.builder().subjects(3).build().toString(), plain.toString());

		SynthSettings hard = Synthesise.settings(TestValues.of(UseCase.SYNTHESISE, FrontEnd.CLI, "preset", "hard", "subjects", 3));
		assertFalse(hard.isOriginal());
		assertEquals(Nuisances.hard().toString(), hard.nuisances().toString());
		assertEquals(200, hard.fps(), 0);
		assertEquals(0.2, hard.minPeak(), 0, "the default apex shift means the preset's peak range");
		assertEquals(3, hard.subjects());

		SynthSettings framed = Synthesise.settings(TestValues.of(UseCase.SYNTHESISE, "preset", "hard", "clip_length", "10", "apex_shift", "1..2"));
		assertEquals(0, framed.fps(), 0, "a clip length in frames replaces the preset's durations");
		assertEquals(10, framed.minFrames());
		assertEquals(1, framed.minPeak(), 0);

		InputException bad = assertThrows(InputException.class,
			() -> Synthesise.settings(TestValues.of(UseCase.SYNTHESISE, FrontEnd.CLI, "preset", "harder")));
		assertTrue(bad.getMessage().startsWith("--preset: unknown value 'harder'"), bad.getMessage());
	}

	@Test
	void aHardDatasetHasHeadMotionInItsTruth() throws Exception {
		Path out = tmp.resolve("hard");
		Synthesise.run(TestValues.of(UseCase.SYNTHESISE, "result_folder", out, "subjects", 1, "clips_per_class", 1, "image_size", 32, "preset", "hard"),
			Progress.NONE);
		assertTrue(Files.readString(out.resolve(SyntheticDatasetGenerator.SETTINGS_FILE)).contains("fps=200.0"));
		int moved = 0, frames = 0;
		try (var files = Files.walk(out.resolve(SyntheticDatasetGenerator.TRUTH_FOLDER))) {
			for (Path csv : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv"))::iterator) {
				List<String> lines = Files.readAllLines(csv);
				assertTrue(lines.get(0).startsWith("frame,tx_px,ty_px,rotation_deg,scale"), lines.get(0));
				for (String line : lines.subList(1, lines.size())) {
					String[] f = line.split(",");
					frames++;
					if (Double.parseDouble(f[1]) != 0 || Double.parseDouble(f[2]) != 0 || Double.parseDouble(f[3]) != 0) moved++;
				}
			}
		}
		assertTrue(frames >= 3 * 50, "3 clips of 0.25..0.5 s at 200 fps: " + frames + " frames");
		assertTrue(moved > frames / 2, moved + " of " + frames + " frames have a non-identity head pose");
	}

	@Test
	void scalingValuesBecomeTheTrainSettingsScaling() {
		assertSame(InputScaling.MINMAX, Training.scaling(TestValues.of(UseCase.TRAIN)).kind());
		ScalingSettings p = Training.scaling(TestValues.of(UseCase.EVALUATE, "input_scaling", "percentile", "scaling_percentile", 2.5));
		assertEquals(InputScaling.PERCENTILE, p.kind());
		assertEquals(2.5, p.percentile(), 0);
		ScalingSettings z = Training.scaling(TestValues.of(UseCase.COMPARE, "input_scaling", "zscore", "zscore_limit", 2.0, "scaling_percentile", 80.0));
		assertEquals(2.0, z.zscoreClip(), 0);
		assertEquals(ScalingSettings.DEFAULT_PERCENTILE, z.percentile(), 0, "the percentile of another scaling is not used");
		InputException bad = assertThrows(InputException.class, () -> Training.scaling(TestValues.of(UseCase.TRAIN, FrontEnd.CLI, "input_scaling",
			"dataset", "scaling_percentile", 50.0)));
		assertEquals("--scaling-percentile must be a percentage in [0, 50), got 50.0", bad.getMessage());
		bad = assertThrows(InputException.class, () -> Training.scaling(TestValues.of(UseCase.TRAIN, "input_scaling", "zscore", "zscore_limit", 0.0)));
		assertEquals("zscore_limit must be a positive number, got 0.0", bad.getMessage());
		bad = assertThrows(InputException.class, () -> Training.scaling(TestValues.of(UseCase.TRAIN, FrontEnd.CLI, "input_scaling", "robust")));
		assertTrue(bad.getMessage().startsWith("--input-scaling: unknown value 'robust'"), bad.getMessage());
	}

	@Test
	void aModelTrainedWithPercentileScalingRecordsItInModelJson() throws Exception {
		Path data = tmp.resolve("synth");
		SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(2).clipsPerClass(1).size(64, 64).frames(6, 8).seed(5).build(), data,
			Progress.NONE);
		Path out = tmp.resolve("trained");
		ParamValues v = TestValues.of(UseCase.TRAIN, "dataset_kind", "casme2", "frames_root", data, "class_set", "megc-3", "modality", "apex",
			"input_size", 64, "network_width", 4, "epochs", 1, "batch_size", 4, "device", "cpu", "result_folder", out, "input_scaling", "percentile",
			"scaling_percentile", 2.5);
		TrainSettings settings = Training.settings(v, org.mer.data.DatasetReaders.readForTraining("casme2", data, null, "megc-3", "class_set",
			Progress.NONE), Architecture.MEGANET, ModalitySettings.parse("apex"));
		assertEquals(InputScaling.PERCENTILE, settings.scaling().kind());
		Training.train(v, Progress.NONE);
		ModelConfig config = ModelFolder.readConfig(out.resolve("model"));
		assertEquals(InputScaling.PERCENTILE, config.scaling().kind());
		assertEquals(2.5, config.scaling().percentile(), 0);
		assertTrue(Files.readString(out.resolve("model").resolve("model.json")).contains("\"scaling\": \"percentile\""));
		assertTrue(Files.readString(out.resolve("evaluation").resolve("report.json")).contains("\"scaling\": \"percentile\""));
	}
}
