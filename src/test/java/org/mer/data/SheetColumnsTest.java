package org.mer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

/**
 * The header finder and the frame-number cells that the clip and the long-video readers share
 * ({@link SheetColumns}, {@link FrameCells}), on sheets made here.
 */
class SheetColumnsTest {
	@TempDir
	Path dir;

	@Test
	void findsTheHeaderBelowAPreambleWhateverTheSpellingAndOrder() throws IOException {
		SheetTable t = sheet("Sheet made by a test,,", ",,", "Offset Frame,subject,ONSET", "9,s1,3");
		SheetColumns<String> cols = SheetColumns.find(t, aliases(), Arrays.asList("subject", "onset", "offset"), k -> k);
		assertEquals(2, cols.headerIndex());
		SheetTable.SheetRow data = t.rows().get(3);
		assertEquals("s1", cols.get(data, "subject"));
		assertEquals("3", cols.get(data, "onset"));
		assertEquals("9", cols.get(data, "offset"));
		assertFalse(cols.has("apex"));
		assertEquals("", cols.get(data, "apex"));
	}

	@Test
	void aColumnServesOneFieldOnly() throws IOException {
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		aliases.put("onset", Arrays.asList("frame"));
		aliases.put("apex", Arrays.asList("frame", "peak"));
		SheetTable t = sheet("frame,peak", "1,5");
		SheetColumns<String> cols = SheetColumns.find(t, aliases, Arrays.asList("onset", "apex"), k -> k);
		assertEquals("1", cols.get(t.rows().get(1), "onset"));
		assertEquals("5", cols.get(t.rows().get(1), "apex"));
	}

	@Test
	void theMissingHeaderIsNamedAsTheCallerAsks() throws IOException {
		SheetTable t = sheet("a,b", "1,2");
		InputException byKey = assertThrows(InputException.class, () -> SheetColumns.find(t, aliases(), Arrays.asList("subject", "onset"), k -> k));
		assertTrue(byKey.getMessage().endsWith(": no header row with the columns subject, onset"), byKey.getMessage());
		InputException byAlias = assertThrows(InputException.class, () -> SheetColumns.find(t, aliases(), Arrays.asList("subject", "onset")));
		assertTrue(byAlias.getMessage().endsWith(": no header row with the columns Subject, Onset"), byAlias.getMessage());
		assertTrue(byAlias.getMessage().startsWith("sheet " + dir), byAlias.getMessage());
	}

	@Test
	void frameNumbersAreWholeNumbersAsSpreadsheetsWriteThem() {
		assertEquals(Integer.valueOf(46), FrameCells.number(" 46 "));
		assertEquals(Integer.valueOf(46), FrameCells.number("46.0"));
		assertNull(FrameCells.number("46.5"));
		assertNull(FrameCells.number("/"));
		assertNull(FrameCells.number(""));
		assertNull(FrameCells.number(null));
	}

	@Test
	void aRangeNeedsTwoFrameNumbersInOrder() {
		assertNull(FrameCells.rangeProblem(3, "3", 3, "3"));
		assertEquals("onset 'x' is not a frame number", FrameCells.rangeProblem(null, "x", null, "y"));
		assertEquals("offset 'y' is not a frame number", FrameCells.rangeProblem(3, "3", null, "y"));
		assertEquals("onset 9 is after offset 3", FrameCells.rangeProblem(9, "9", 3, "3"));
	}

	private static Map<String, List<String>> aliases() {
		Map<String, List<String>> a = new LinkedHashMap<>();
		a.put("subject", Arrays.asList("Subject", "sub"));
		a.put("onset", Arrays.asList("Onset", "Onset Frame"));
		a.put("apex", Arrays.asList("Apex"));
		a.put("offset", Arrays.asList("Offset", "Offset Frame"));
		return a;
	}

	private SheetTable sheet(String... lines) throws IOException {
		Path csv = Files.createTempFile(dir, "sheet", ".csv");
		Files.write(csv, Arrays.asList(lines), StandardCharsets.UTF_8);
		return SheetTable.read(csv);
	}
}
