package org.mer.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.Progress;

/**
 * The generator's default output is frozen: the bundled demo model and several tests were made
 * with it. The SHA-256 digests below were computed on the generator as it was before the
 * nuisance settings (head motion, flicker, fps, ...) were added (commit 417e03d); a change to
 * the default rendering, the random draws or the file layout changes them. Sheets are compared
 * by cell text (xlsx files carry a creation time stamp), every other file by its bytes.
 */
class DefaultOutputUnchangedTest {
	static final String CASME2_DIGEST = "027d4f7ce1caa4d410ba68ec2eb00a77c9136c1cd3c7306a382776cea63339f8";
	static final String SAMM_DIGEST = "a05f7ca93fa0c0c7f72911e09f2687bca21ded3ac59782ba2409e94cf29f8c84";
	static final String DEMO_DIGEST = "a8a0a8c979265cdcb5772075515ee966dc407c0d2273a6148525e3a5c79c4ec6";

	@TempDir
	Path tmp;

	private static SynthSettings.Builder small() {
		return SynthSettings.builder().subjects(2).clipsPerClass(2).size(48, 40).frames(5, 9).seed(7);
	}

	@Test
	void casme2DefaultsAreByteIdentical() throws Exception {
		SyntheticDatasetGenerator.generate(small().build(), tmp, Progress.NONE);
		assertEquals(CASME2_DIGEST, digest(tmp));
	}

	@Test
	void sammDefaultsAreByteIdentical() throws Exception {
		SyntheticDatasetGenerator.generate(small().layout(SynthSettings.Layout.SAMM).classes("anger", "contempt").build(), tmp, Progress.NONE);
		assertEquals(SAMM_DIGEST, digest(tmp));
	}

	@Test
	void demoClipWithBuilderDefaultsIsByteIdentical() throws Exception {
		SyntheticDatasetGenerator.writeDemoClip(SynthSettings.builder().size(64, 64).build(), tmp);
		assertEquals(DEMO_DIGEST, digest(tmp));
	}

	/**
	 * SHA-256 over the sorted relative paths and contents (sheets: cell texts); the tool's own
	 * marker files ({@code .mer-*}, added later to recognise its outputs) are left out.
	 */
	static String digest(Path root) throws IOException, NoSuchAlgorithmException {
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		List<Path> files;
		try (Stream<Path> s = Files.walk(root)) {
			files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".mer-")).sorted().collect(Collectors.toList());
		}
		for (Path f : files) {
			md.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
			md.update(f.toString().endsWith(".xlsx") ? cells(f).getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(f));
		}
		StringBuilder sb = new StringBuilder();
		for (byte b : md.digest()) sb.append(String.format("%02x", b));
		return sb.toString();
	}

	private static String cells(Path sheet) throws IOException {
		DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
		StringBuilder sb = new StringBuilder();
		try (Workbook wb = WorkbookFactory.create(sheet.toFile(), null, true)) {
			Sheet sh = wb.getSheetAt(0);
			sb.append(sh.getSheetName()).append('\n');
			for (int r = 0; r <= sh.getLastRowNum(); r++) {
				Row row = sh.getRow(r);
				if (row != null)
					for (int c = 0; c < row.getLastCellNum(); c++) sb.append(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c))).append('\t');
				sb.append('\n');
			}
		}
		return sb.toString();
	}
}
