package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.core.Progress;

/** The generator writes only into a missing or empty folder, or a dataset it wrote itself. */
class SynthTargetTest {
	@TempDir
	Path tmp;

	private static SynthSettings tiny() {
		return SynthSettings.builder().subjects(1).clipsPerClass(1).size(24, 24).frames(4, 4).seed(3).build();
	}

	@Test
	void aFolderHoldingARealDatasetIsRefusedUntouched() throws IOException {
		Path casme = Files.createDirectories(tmp.resolve("CASME2/CASME2-RAW/sub01/EP02_01f"));
		Files.write(casme.resolve("img46.jpg"), new byte[] { 1, 2, 3 });
		Path root = tmp.resolve("CASME2");
		Files.writeString(root.resolve("CASME2-coding-20190701.xlsx"), "the real sheet");
		InputException e = assertThrows(InputException.class, () -> SyntheticDatasetGenerator.generate(tiny(), root, Progress.NONE));
		assertTrue(e.getMessage().contains(root.toString()) && e.getMessage().contains("marker"), e.getMessage());
		assertEquals("the real sheet", Files.readString(root.resolve("CASME2-coding-20190701.xlsx")));
		assertEquals(3, Files.size(casme.resolve("img46.jpg")));
		assertTrue(!Files.exists(root.resolve(SyntheticDatasetGenerator.SETTINGS_FILE)));
	}

	@Test
	void itsOwnDatasetMayBeWrittenAgain() {
		Path root = tmp.resolve("synth");
		GeneratedDataset first = SyntheticDatasetGenerator.generate(tiny(), root, Progress.NONE);
		GeneratedDataset again = SyntheticDatasetGenerator.generate(tiny(), root, Progress.NONE);
		assertEquals(first.clips().size(), again.clips().size());
	}
}
