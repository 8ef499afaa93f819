package org.mer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.CanceledException;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.io.Sha256;

/** The export folder of a small synthetic dataset: files, manifest, folds, hashes, round trips and NumPy. */
class DatasetExportTest {
	@TempDir
	static Path tmp;
	private static Dataset dataset;
	private static Path out;
	private static DatasetExport.Result result;
	private static final int S = 64;

	@BeforeAll
	static void export() throws Exception {
		dataset = ExportFixtures.dataset(tmp.resolve("synth"));
		out = tmp.resolve("export");
		result = DatasetExport.export(dataset, settings(ExportFormat.NPZ), out, null, Progress.NONE);
	}

	private static ExportSettings settings(ExportFormat format) {
		return ExportSettings.builder().modalities(ExportFixtures.mestiAndDifference()).inputSize(S).format(format).build();
	}

	private static JsonObject json(Path file) throws Exception {
		return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
	}

	private static Map<String, String> hashesOnDisk(Path dir) throws Exception {
		Map<String, String> m = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path f : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
				String rel = dir.relativize(f).toString().replace(File.separatorChar, '/');
				if (!rel.startsWith(".") && !rel.equals("export.json")) m.put(rel, Sha256.of(f));
			}
		}
		return m;
	}

	@Test
	void manifestFoldsAndHashesDescribeEveryFile() throws Exception {
		assertEquals(6, result.samples());
		List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
		assertEquals("dataset,subject,sample,label,class_index,onset,apex,offset,apex_method,file_mesti-apex_peak,file_difference", manifest.get(0));
		assertEquals(7, manifest.size());
		Sample s0 = dataset.samples().get(0);
		String[] row = manifest.get(1).split(",");
		assertEquals(s0.id(), row[2]);
		assertEquals(String.valueOf(dataset.classes().classes().indexOf(s0.label())), row[4]);
		assertEquals(String.valueOf(s0.range().onset()), row[5]);
		assertEquals("given", row[8]);
		assertEquals(row[9], row[10]); // one archive per sample
		assertTrue(row[9].startsWith("samples/casme2/") && row[9].endsWith(".npz"), row[9]);

		List<String> folds = Files.readAllLines(out.resolve("folds.csv"));
		assertEquals("fold,fold_name,dataset,subject,sample", folds.get(0));
		assertEquals(7, folds.size());
		assertEquals(2, folds.stream().skip(1).map(l -> l.split(",")[0]).distinct().count());

		JsonObject info = json(out.resolve("export.json"));
		assertEquals(result.settingsSha256(), info.get("settings_sha256").getAsString());
		assertEquals(S, info.getAsJsonObject("settings").get("input_size").getAsInt());
		Map<String, String> recorded = new TreeMap<>();
		for (Map.Entry<String, JsonElement> e : info.getAsJsonObject("files").entrySet())
			recorded.put(e.getKey(), e.getValue().getAsString());
		assertEquals(hashesOnDisk(out), recorded);
		assertEquals(6 + 2, recorded.size());
	}

	@Test
	void javaReadsItsOwnArchivesBackEqualToThePipeline() {
		for (Sample s : dataset.samples().subList(0, 2)) {
			Map<String, NpyArray> arrays = Npz.read(out.resolve("samples/casme2/" + DatasetExport.safePath(s.id()) + ".npz"));
			assertEquals(List.of("mesti-apex_peak", "difference"), new ArrayList<>(arrays.keySet()));
			for (int m = 0; m < 2; m++) {
				NpyArray a = arrays.get(m == 0 ? "mesti-apex_peak" : "difference");
				assertArrayEquals(new int[] { 3, S, S }, a.shape());
				assertArrayEquals(ExportFixtures.expected(s, ExportFixtures.mestiAndDifference().get(m), S), a.data(), 0f);
			}
		}
	}

	@Test
	void theSameInputsGiveTheSameBytesAndAFailedExportKeepsThePreviousOne() throws Exception {
		Map<String, String> before = hashesOnDisk(out);
		Path again = tmp.resolve("again");
		DatasetExport.Result r = DatasetExport.export(dataset, settings(ExportFormat.NPZ), again, null, Progress.NONE);
		assertEquals(result.settingsSha256(), r.settingsSha256());
		assertEquals(before, hashesOnDisk(again));

		Progress cancelAfterOne = new Progress() {
			int n;
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) {}
			@Override public boolean isCanceled() { return ++n > 1; }
		};
		assertThrows(CanceledException.class, () -> DatasetExport.export(dataset, settings(ExportFormat.PNG), again, null, cancelAfterOne));
		assertEquals(before, hashesOnDisk(again));
		try (Stream<Path> siblings = Files.list(tmp)) {
			assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".again")), "no staging folder left");
		}

		Path user = Files.createDirectories(tmp.resolve("user"));
		Files.writeString(user.resolve("notes.txt"), "mine");
		InputException e = assertThrows(InputException.class, () -> DatasetExport.export(dataset, settings(ExportFormat.NPZ), user, null, Progress.NONE));
		assertTrue(e.getMessage().contains(user.toString()), e.getMessage());
		assertEquals("mine", Files.readString(user.resolve("notes.txt")));
	}

	@Test
	void pngExportsAreEightBitImagesOfTheInputSize() throws Exception {
		Path png = tmp.resolve("png");
		DatasetExport.export(dataset, settings(ExportFormat.PNG), png, null, Progress.NONE);
		String[] row = Files.readAllLines(png.resolve("manifest.csv")).get(1).split(",");
		assertTrue(row[10].endsWith("/difference.png"), row[10]);
		BufferedImage img = ImageIO.read(png.resolve(row[10]).toFile());
		assertEquals(S, img.getWidth());
		assertEquals(S, img.getHeight());
	}

	@Test
	void badSettingsNameTheField() {
		InputException e = assertThrows(InputException.class, () -> ExportSettings.builder().modalities(ExportFixtures.mestiAndDifference()).inputSize(20).build());
		assertTrue(e.getMessage().contains("input_size"), e.getMessage());
		e = assertThrows(InputException.class, () -> ExportSettings.builder().build());
		assertTrue(e.getMessage().contains("modalities"), e.getMessage());
		assertEquals("samples/a_b/___/c", "samples/" + DatasetExport.safePath("a b/../c"));
	}

	/** NumPy (Debian's python3-numpy) reads the archives as the Java values, and the Python Dataset verifies the hashes. */
	@Test
	void numpyReadsTheArchivesAndThePythonDatasetVerifiesThem() throws Exception {
		Path python = Path.of("/usr/bin/python3");
		boolean numpy = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c", "import numpy").start().waitFor() == 0;
		Assumptions.assumeTrue(numpy, "skipped: no /usr/bin/python3 with numpy (install python3-numpy)");
		Sample s = dataset.samples().get(3);
		float[] expected = ExportFixtures.expected(s, ExportFixtures.mestiAndDifference().get(1), S);
		ByteBuffer raw = ByteBuffer.allocate(4 * expected.length).order(ByteOrder.LITTLE_ENDIAN);
		raw.asFloatBuffer().put(expected);
		Path rawFile = tmp.resolve("expected.f32");
		Files.write(rawFile, raw.array());
		String npz = out.resolve("samples/casme2/" + DatasetExport.safePath(s.id()) + ".npz").toString();
		String script = String.join("\n",
			"import sys, numpy as np",
			"sys.path.insert(0, 'scripts')",
			"import mer_export_dataset as m",
			"a = np.load(sys.argv[1])['difference']",
			"e = np.fromfile(sys.argv[2], dtype='<f4').reshape(3, " + S + ", " + S + ")",
			"print('dtype', a.dtype, 'shape', a.shape, 'maxdiff', float(np.abs(a - e).max()))",
			"info = m.verify(sys.argv[3])",
			"test = m.MerExportDataset(sys.argv[3], fold=0, split='test')",
			"train = m.MerExportDataset(sys.argv[3], fold=0, split='train', modalities=['difference'])",
			"x, y = test[0]",
			"print('test', len(test), 'train', len(train), 'item', tuple(x.shape), 'label', y, 'verified', len(info['files']))");
		Process p = new ProcessBuilder(python.toString(), "-c", script, npz, rawFile.toString(), out.toString()).redirectErrorStream(true).start();
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), text);
		assertTrue(text.contains("dtype float32 shape (3, 64, 64) maxdiff "), text);
		double diff = Double.parseDouble(text.split("maxdiff ")[1].split("\\s")[0]);
		assertTrue(diff <= 1e-6, text);
		assertTrue(text.contains("test 3 train 3 item (6, 64, 64) label "), text);
		assertTrue(text.contains("verified 8"), text);
	}
}
