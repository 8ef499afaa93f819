package org.mer.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mer.it.ImageJRunner.bracket;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import ij.IJ;
import ij.measure.ResultsTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.attention.AttentionView;
import org.mer.app.ClassifyClip;
import org.mer.app.TestValues;
import org.mer.app.UseCase;
import org.mer.classify.Prediction;
import org.mer.core.Progress;
import org.mer.spot.SpotFixtures;

/** Every macro in scripts/ run headless in the real ImageJ 1.54p ({@code -batch}) on synthetic data. */
class MacrosIT {
	private static final Path SCRIPTS = Paths.get("scripts").toAbsolutePath();
	private static final Path TINY_MODEL = Paths.get("src/test/resources/torchscript/tiny-meganet").toAbsolutePath();

	@Test
	void everyMacroSaysHowToRunItHeadless() throws Exception {
		try (Stream<Path> files = Files.list(SCRIPTS)) {
			long n = files.filter(p -> p.toString().endsWith(".ijm")).peek(p -> {
				String text = read(p);
				assertTrue(text.startsWith("//"), p + " starts with a comment");
				assertTrue(text.contains("ImageJ-linux64 --headless --console -macro"), p.toString());
				assertTrue(text.contains("java -jar ij.jar -batch"), p.toString());
			}).count();
			assertEquals(4, n);
		}
	}

	@Test
	void mestiForADatasetSheet(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path sheet = Paths.get("test-data/demo/clip.csv").toAbsolutePath();
		Path out = dir.resolve("mesti out");
		ImageJRunner.Result r = ImageJRunner.batch(SCRIPTS.resolve("MESTI_for_dataset_sheet.ijm"),
			"sheet=" + bracket(sheet) + " output_folder=" + bracket(out) + " weighting=rank_pooled", 300);
		assertTrue(r.output.contains("MESTI written for 1 clips"), r.toString());
		assertFalse(r.output.contains("Exception"), r.toString());
		PlainImageJIT.assertSameStack(PlainImageJIT.modality(UseCase.MESTI, "weighting", "rank_pooled"),
			IJ.openImage(out.resolve("clip_mesti.tif").toString()));
	}

	@Test
	void classifyAFolderOfClips(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path synth = dir.resolve("synth");
		PlainImageJIT.synth(synth, 1, 1, 11, 64);
		Path clips = synth.resolve("CASME2-RAW/sub01");
		Path out = dir.resolve("out");
		ImageJRunner.Result r = ImageJRunner.batch(SCRIPTS.resolve("Classify_folder_of_clips.ijm"),
			"clips_folder=" + bracket(clips) + " model_folder=" + bracket(TINY_MODEL) + " device=cpu output_folder=" + bracket(out), 300);
		assertTrue(r.output.contains("classified 3 clips"), r.toString());
		assertFalse(r.output.contains("Exception"), r.toString());
		ResultsTable csv = ResultsTable.open(out.resolve("predictions.csv").toString());
		assertEquals(3, csv.size());
		for (int row = 0; row < 3; row++) {
			String clip = csv.getStringValue("clip", row);
			Prediction p = ClassifyClip.run(TestValues.of(UseCase.CLASSIFY, "clip", clips.resolve(clip), "model_folder", TINY_MODEL, "device", "cpu"),
				null, Progress.NONE).prediction();
			assertEquals(p.predictedName(), csv.getStringValue("predicted", row), clip);
			assertEquals(p.confidence(), csv.getValue("confidence", row), 1e-4, clip);
			Path tif = out.resolve(clip + "_attention.tif");
			assertTrue(Files.isRegularFile(tif), tif + " in " + java.util.Arrays.toString(out.toFile().list()));
			float[] map = (float[]) IJ.openImage(tif.toString()).getProcessor().getPixels();
			assertArrayEquals(AttentionView.DEFAULT.select(p.attentionMaps()), map, 1e-5f, clip);
			assertTrue(Files.isRegularFile(out.resolve(clip + "_attention.png")), clip);
		}
	}

	@Test
	void losoEvaluationOfADataset(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path synth = dir.resolve("synth");
		PlainImageJIT.synth(synth, 2, 1, 13, 64);
		Path result = dir.resolve("loso");
		ImageJRunner.Result r = ImageJRunner.batch(SCRIPTS.resolve("LOSO_evaluation.ijm"), "dataset_kind=casme2 frames_root=" + bracket(synth)
			+ " class_set=megc-3 modality=apex input_size=64 network_width=4 epochs=1 batch_size=4 device=cpu result_folder=" + bracket(result), 300);
		assertTrue(r.output.contains(" UF1 "), r.toString());
		assertFalse(r.output.contains("Exception"), r.toString());
		String report = read(result.resolve("report.json"));
		assertTrue(report.contains("apex"), report);
		assertTrue(report.contains("UF1") || report.contains("uf1"), report);
	}

	@Test
	void spotAndClassifyEveryRecordingOfAFolder(@TempDir Path dir) throws Exception {
		ImageJRunner.tree();
		Path recordings = dir.resolve("recordings");
		SpotFixtures.writeVideo(SpotFixtures.recording(1, 0), recordings.resolve("a.avi"), SpotFixtures.FPS);
		SpotFixtures.writeFrames(SpotFixtures.recording(2, 0), recordings.resolve("b frames"));
		SpotFixtures.writeVideo(new org.mer.spot.SyntheticRecording(64, 40, 2, 1), recordings.resolve("c_short.avi"), SpotFixtures.FPS);
		Path out = dir.resolve("out");
		ImageJRunner.Result r = ImageJRunner.batch(SCRIPTS.resolve("Spot_and_classify_folder.ijm"), "recordings_folder=" + bracket(recordings)
			+ " model_folder=" + bracket(TINY_MODEL) + " device=cpu output_folder=" + bracket(out) + " spot_options=[min_gap_s=0.3]", 300);
		assertTrue(r.output.contains("spotted 3 recordings"), "a failing recording does not stop the macro: " + r);
		assertTrue(r.output.contains("Spot Micro-expressions: " + recordings.resolve("b frames") + ": fps of"), r.toString());
		assertFalse(r.output.contains("Exception"), r.toString());
		java.util.List<org.apache.commons.csv.CSVRecord> rows;
		try (java.io.Reader in = Files.newBufferedReader(out.resolve("intervals.csv"))) {
			rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
		}
		java.util.Map<String, Integer> micro = new java.util.TreeMap<>();
		for (org.apache.commons.csv.CSVRecord row : rows) {
			String name = Paths.get(row.get("path")).getFileName().toString();
			if (row.get("type").equals("micro")) {
				micro.merge(name, 1, Integer::sum);
				assertFalse(row.get("predicted").isEmpty(), "each micro interval is classified: " + row);
				assertEquals("", row.get("error"), row.toString());
			}
			else assertFalse(row.get("error").isEmpty(), "a recording that could not be spotted is an error row: " + row);
		}
		assertEquals(java.util.Map.of("a.avi", 2), micro, "the video's two micro-expressions");
		assertEquals(4, rows.size(), "two intervals and the error rows of b frames (no frame rate) and c_short.avi (too short): " + rows);
		assertTrue(Files.size(out.resolve("a_spotting.png")) > 1000);
		String settings = read(out.resolve("intervals.settings.json"));
		assertTrue(settings.contains("\"min_gap_s\": 0.3"), "the spot options reach the settings: " + settings);
	}

	private static String read(Path p) {
		try {
			return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}
}
