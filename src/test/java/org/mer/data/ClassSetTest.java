package org.mer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Ids;
import org.mer.core.InputException;

class ClassSetTest {
	@TempDir
	Path tmp;

	@Test
	void builtInSetsHaveTheirClassesInOrder() {
		assertEquals(Arrays.asList("happiness", "surprise", "disgust", "repression", "others"), ClassSet.byName("casme2-5").classes());
		assertEquals(Arrays.asList("anger", "contempt", "happiness", "surprise", "other"), ClassSet.byName("SAMM-5").classes());
		assertEquals(Arrays.asList("negative", "positive", "surprise"), ClassSet.byName("megc-3").classes());
		assertEquals(Arrays.asList("happy", "disgust", "fear", "anger", "sad", "surprise", "others"), ClassSet.byName("casme3-7").classes());
		assertEquals(Arrays.asList("negative", "positive", "surprise", "others"), ClassSet.byName("casme3-4").classes());
		assertEquals(6, ClassSet.byName("mmew-6").classes().size());
		for (String n : ClassSet.names()) assertEquals(n, ClassSet.byName(n).name());
	}

	@Test
	void mapIgnoresCaseAndWhitespaceAndFollowsTheMegcMap() {
		ClassSet megc = ClassSet.byName("megc-3");
		for (String neg : Arrays.asList("repression", "Anger", " contempt", "DISGUST ", "fear", "sadness"))
			assertEquals(Optional.of("negative"), megc.map(neg), neg);
		assertEquals(Optional.of("positive"), megc.map("Happiness"));
		assertEquals(Optional.of("surprise"), megc.map("surprise"));
		assertFalse(megc.map("others").isPresent());
		assertFalse(megc.map(null).isPresent());
		ClassSet casme2 = ClassSet.byName("casme2-5");
		assertFalse(casme2.map("fear").isPresent());
		assertEquals(Optional.of("others"), casme2.map("Others"));
		assertEquals(Optional.of("other"), ClassSet.byName("samm-5").map("Other"));
		assertEquals(2, casme2.indexOf("disgust"));
	}

	@Test
	void userMappingFromCsv() throws IOException {
		Path f = tmp.resolve("my-2.csv");
		Files.write(f, "emotion,class\nhappiness,pos\nsurprise, pos\n\nDisgust,neg\n".getBytes(StandardCharsets.UTF_8));
		ClassSet s = ClassSet.fromMapping(f);
		assertEquals("my-2", s.name());
		assertEquals(Arrays.asList("pos", "neg"), s.classes());
		assertEquals(Optional.of("neg"), s.map("disgust"));
		assertEquals(Optional.of("pos"), s.map("SURPRISE"));
		assertFalse(s.map("fear").isPresent());
		assertEquals(s.classes(), ClassSet.resolve(f.toString()).classes());
		Files.write(f, "happiness,pos\nhappiness,neg\n".getBytes(StandardCharsets.UTF_8));
		InputException e = assertThrows(InputException.class, () -> ClassSet.fromMapping(f));
		assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("mapped twice"), e.getMessage());
		Files.write(f, "happiness\n".getBytes(StandardCharsets.UTF_8));
		assertThrows(InputException.class, () -> ClassSet.fromMapping(f));
	}

	@Test
	void unknownNamesAreInputErrors() {
		InputException e = assertThrows(InputException.class, () -> ClassSet.byName("casme2-9"));
		assertTrue(e.getMessage().contains("casme2-9") && e.getMessage().contains("megc-3"), e.getMessage());
		assertThrows(InputException.class, () -> ClassSet.resolve("no-such-file.csv"));
		assertEquals(DatasetKind.CASME3, Ids.parse(DatasetKind.class, " CASME3", "dataset kind"));
		assertEquals("casme2-5", DatasetKind.CASME2.defaultClassSet());
		assertThrows(InputException.class, () -> Ids.parse(DatasetKind.class, "ck+", "dataset kind"));
	}
}
