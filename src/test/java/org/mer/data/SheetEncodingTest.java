package org.mer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;

/** CSV sheets as Excel and other programs save them: the text must come out the same. */
class SheetEncodingTest {
	static final String TEXT = "subject;frames;label\n01;sub01/EP02;répression\n02;sub02/EP€;dégoût\n";

	@TempDir
	Path tmp;

	private Path write(String name, byte[]... parts) throws IOException {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		for (byte[] p : parts)
			b.write(p);
		return Files.write(tmp.resolve(name), b.toByteArray());
	}

	private static void assertCells(SheetTable t) {
		assertEquals(3, t.rows().size());
		assertEquals(Arrays.asList("subject", "frames", "label"), t.rows().get(0).cells);
		assertEquals(Arrays.asList("01", "sub01/EP02", "répression"), t.rows().get(1).cells);
		assertEquals(Arrays.asList("02", "sub02/EP€", "dégoût"), t.rows().get(2).cells);
	}

	@Test
	void windows1252SheetWithAccentsIsRead() throws IOException {
		assertCells(SheetTable.read(write("latin.csv", TEXT.getBytes(Charset.forName("windows-1252")))));
	}

	@Test
	void utf8WithAndWithoutBomIsRead() throws IOException {
		assertCells(SheetTable.read(write("plain.csv", TEXT.getBytes(StandardCharsets.UTF_8))));
		assertCells(SheetTable.read(write("bom.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, TEXT.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void utf16WithBomIsRead() throws IOException {
		assertCells(SheetTable.read(write("le.csv", new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE))));
		assertCells(SheetTable.read(write("be.csv", new byte[] { (byte) 0xFE, (byte) 0xFF }, TEXT.getBytes(StandardCharsets.UTF_16BE))));
	}

	@Test
	void brokenUtf16IsRefusedNamingTheFile() throws IOException {
		Path odd = write("odd.csv", new byte[] { (byte) 0xFF, (byte) 0xFE }, Arrays.copyOf(TEXT.getBytes(StandardCharsets.UTF_16LE), 9));
		String m = assertThrows(InputException.class, () -> SheetTable.read(odd)).getMessage();
		assertTrue(m.contains(odd.toString()) && m.contains("UTF-16"), m);
	}
}
