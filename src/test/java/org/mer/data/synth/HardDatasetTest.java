package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;

/** The "hard" preset end to end on a tiny synthetic CASME II layout. */
class HardDatasetTest {
	@TempDir
	Path tmp;

	private static SynthSettings.Builder tiny() {
		return SynthSettings.builder().hard().subjects(2).clipsPerClass(1).size(32, 32).fps(30).seconds(0.2, 0.4).seed(11);
	}

	private static List<String> files(Path root) throws Exception {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
		}
	}

	@Test
	void sameSeedSameBytesAndTruthPerFrame() throws Exception {
		GeneratedDataset a = SyntheticDatasetGenerator.generate(tiny().build(), tmp.resolve("a"), Progress.NONE);
		SyntheticDatasetGenerator.generate(tiny().build(), tmp.resolve("b"), Progress.NONE);
		List<String> names = files(tmp.resolve("a"));
		assertEquals(names, files(tmp.resolve("b")));
		for (String f : names)
			if (!f.endsWith(".xlsx")) assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
		assertEquals(DefaultOutputUnchangedTest.digest(tmp.resolve("a")), DefaultOutputUnchangedTest.digest(tmp.resolve("b")));
		assertTrue(Files.readString(tmp.resolve("a").resolve(SyntheticDatasetGenerator.SETTINGS_FILE)).contains("nuisances=[drift=1.5px"));
		for (GeneratedClip c : a.clips()) {
			int frames = c.offset() - c.onset() + 1;
			assertTrue(frames >= 6 && frames <= 12, "30 fps, 0.2..0.4 s: " + frames + " frames");
			List<String> truth = Files.readAllLines(c.truth());
			assertEquals(frames + 1, truth.size());
			assertEquals("frame,tx_px,ty_px,rotation_deg,scale,gain,offset,side_light,blink_closure,micro_amplitude_px,macro_amplitude_px", truth.get(0));
			assertTrue(truth.get(1).startsWith(c.onset() + ","));
			String[] apex = truth.get(1 + c.apex() - c.onset()).split(",");
			assertEquals(c.peak(), Double.parseDouble(apex[9]), 1e-4);
		}
	}

	@Test
	void theCasme2ReaderReadsTheHardSet() {
		GeneratedDataset d = SyntheticDatasetGenerator.generate(tiny().build(), tmp, Progress.NONE);
		Dataset read = DatasetReaders.readForTraining("casme2", tmp, null, "megc-3", "classes", Progress.NONE);
		assertEquals(d.clips().size(), read.samples().size());
		assertEquals(0, read.issues().size(), String.join("\n", read.issues()));
	}
}
