package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.app.Choices.StudiedSetting;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.train.MultiSeedReport;
import org.mer.train.VariantComparison;

/**
 * Compare Settings on a tiny synthetic set (2 subjects; width 4, 1 epoch, 2 seeds): one grid per
 * value of the studied setting in its own folder, the variants paired with the reference cell by
 * cell (also when the variant changes the cell's modality key, as alignment does), resuming, and
 * the errors that name {@code variants}. The numbers are synthetic and not checked for size.
 */
class SettingStudyTest {
	@TempDir
	static Path dir;
	private static Path dataset;

	@BeforeAll
	static void makeDataset() {
		dataset = dir.resolve("synth");
		Synthesise.run(TestValues.of(UseCase.SYNTHESISE, "result_folder", dataset, "subjects", 2, "clips_per_class", 1, "seed", 5, "image_size", 64,
			"clip_length", "6..8"), Progress.NONE);
	}

	private static ParamValues values(Object... more) {
		List<Object> kv = new ArrayList<>(Arrays.asList("dataset_kind", "casme2", "frames_root", dataset, "class_set", "megc-3", "modalities", "apex",
			"networks", "meganet", "input_size", 64, "network_width", 4, "epochs", 1, "batch_size", 4, "device", "cpu", "seeds", "2", "seed", 0,
			"cache_folder", dir.resolve("cache"), "align", "none"));
		kv.addAll(Arrays.asList(more));
		return TestValues.of(UseCase.STUDY, kv.toArray());
	}

	private static JsonObject settings(Path report) throws Exception {
		return JsonParser.parseString(Files.readString(report.resolve("report.json"))).getAsJsonObject().getAsJsonObject("settings");
	}

	@Test
	void inputScalingsEachInTheirFolderThenAgainstTheFirst() throws Exception {
		Path out = dir.resolve("scaling");
		Training.Outcome outcome = SettingStudy.run(values("study", "input_scaling", "variants", "minmax,percentile", "scaling_percentile", 2.0,
			"result_folder", out), Progress.NONE);
		String table = Files.readString(out.resolve(VariantComparison.MARKDOWN));
		assertTrue(table.contains("| apex | meganet | percentile | 2 | "), table);
		assertTrue(String.join("\n", outcome.lines()).contains("| apex | meganet | percentile | 2 | "));
		assertTrue(Files.isRegularFile(out.resolve("minmax").resolve(MultiSeedReport.MARKDOWN)));
		assertEquals("{\"scaling\":\"percentile\",\"percentile\":2.0}",
			settings(out.resolve("percentile").resolve("apex-motion__meganet").resolve("seed-1")).getAsJsonObject("input_scaling").toString());
		String again = Files.readString(out.resolve(VariantComparison.CSV));
		SettingStudy.run(values("study", "input_scaling", "variants", "minmax,percentile", "scaling_percentile", 2.0, "result_folder", out,
			"resume", true), Progress.NONE);
		assertEquals(again, Files.readString(out.resolve(VariantComparison.CSV)), "resumed from the checkpoints: the same numbers");
	}

	@Test
	void alignedCellsArePairedWithTheUnalignedOnes() throws Exception {
		Path out = dir.resolve("align");
		SettingStudy.run(values("study", "align", "variants", "none,similarity", "result_folder", out), Progress.NONE);
		List<String> aligned;
		try (var s = Files.list(out.resolve("similarity"))) {
			aligned = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.contains("__")).collect(Collectors.toList());
		}
		assertEquals(List.of("apex-motion-align_similarity__meganet"), aligned);
		assertEquals("similarity", settings(out.resolve("similarity").resolve(aligned.get(0)).resolve("seed-0")).getAsJsonObject("modality")
			.get("align").getAsString());
		String table = Files.readString(out.resolve(VariantComparison.MARKDOWN));
		assertTrue(table.contains("| apex | meganet | similarity | 2 | "), "paired with the unaligned apex cell:\n" + table);
	}

	@Test
	void variantsAreCheckedAndNamed() {
		assertEquals(List.of("similarity", "none", "translation", "affine"), SettingStudy.variants(values("align", "similarity"), StudiedSetting.ALIGN)
			.stream().map(VariantStudy.Variant::id).collect(Collectors.toList()), "empty: every value, the chosen one first");
		assertEquals(List.of("minmax", "percentile", "zscore", "dataset"), SettingStudy.variants(values(), StudiedSetting.INPUT_SCALING).stream()
			.map(VariantStudy.Variant::id).collect(Collectors.toList()));
		InputException one = assertThrows(InputException.class, () -> SettingStudy.variants(values("variants", "none"), StudiedSetting.ALIGN));
		assertEquals("variants needs at least two values of align, got [none]", one.getMessage());
		InputException twice = assertThrows(InputException.class,
			() -> SettingStudy.variants(values("variants", "zscore,ZScore"), StudiedSetting.INPUT_SCALING));
		assertEquals("variants lists zscore twice", twice.getMessage());
		InputException unknown = assertThrows(InputException.class, () -> SettingStudy.variants(values("variants", "none,rigid"), StudiedSetting.ALIGN));
		assertTrue(unknown.getMessage().startsWith("variants"), unknown.getMessage());
		InputException limit = assertThrows(InputException.class,
			() -> SettingStudy.variants(values("variants", "minmax,zscore", "zscore_limit", -1.0), StudiedSetting.INPUT_SCALING));
		assertTrue(limit.getMessage().startsWith("zscore_limit"), limit.getMessage());
	}
}
