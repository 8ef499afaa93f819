package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.ModalityCache;
import org.mer.train.MultiSeedReport;
import org.mer.train.SeedPlan;
import org.mer.train.TrainSettings;
import org.mer.train.VariantComparison;

/** The scaling study on a tiny synthetic set (2 subjects; width 4, 1 epoch): one multi-seed grid per scaling, then the variant tests. */
class ScalingStudyTest {
	@TempDir
	Path tmp;

	@Test
	void oneGridPerScalingThenEachScalingAgainstTheFirst() throws Exception {
		Path data = tmp.resolve("synth");
		SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(2).clipsPerClass(1).size(64, 64).frames(6, 8).seed(5).build(), data,
			Progress.NONE);
		Dataset dataset = DatasetReaders.readForTraining("casme2", data, null, "megc-3", "classes", Progress.NONE);
		List<ModalitySettings> apex = List.of(ModalitySettings.parse("apex"));
		List<Architecture> meganet = List.of(Architecture.MEGANET);
		TrainSettings base = TrainSettings.builder(new NetworkSpec(Architecture.MEGANET, 64, 4, 3), apex.get(0)).epochs(1).batchSize(4).device("cpu")
			.build();
		Path out = tmp.resolve("study");
		VariantComparison study = ScalingStudy.run(dataset, apex, meganet, base, 4,
			List.of(ScalingSettings.minmax(), ScalingSettings.builder(InputScaling.PERCENTILE).percentile(2).build()), SeedPlan.parse("2", 0), 
			new ModalityCache(tmp.resolve("cache")), out, false, null, Progress.NONE);
		assertEquals(1, study.tests().size());
		assertEquals("percentile", study.tests().get(0).variant());
		assertTrue(Files.readString(out.resolve(VariantComparison.MARKDOWN)).contains("| apex | meganet | percentile | 2 | "));
		assertTrue(Files.isRegularFile(out.resolve("minmax").resolve(MultiSeedReport.MARKDOWN)));
		String settings = JsonParser.parseString(Files.readString(out.resolve("percentile").resolve("apex-motion__meganet").resolve("seed-1")
			.resolve("report.json"))).getAsJsonObject().getAsJsonObject("settings").getAsJsonObject("input_scaling").toString();
		assertEquals("{\"scaling\":\"percentile\",\"percentile\":2.0}", settings);
		assertThrows(InputException.class, () -> ScalingStudy.run(dataset, apex, meganet, base, 4, List.of(ScalingSettings.minmax()),
			SeedPlan.parse("2", 0), null, tmp.resolve("one"), false, null, Progress.NONE));
	}
}
