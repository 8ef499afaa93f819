package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.train.TrainSettings;
import org.mer.train.TinyClips;
import org.mer.train.Protocol;
import org.mer.train.ModalityCache;
import org.mer.train.ComparisonTable;
import org.mer.clip.ApexMethod;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.net.Architecture;

class ComparisonGridTest {
	@TempDir
	Path tmp;

	@Test
	void parsesModalities() {
		assertEquals(MestiWeighting.APEX_PEAK, ModalitySettings.parse("mesti").weighting());
		assertEquals(MestiWeighting.RANK_POOLED, ModalitySettings.parse("mesti-rank_pooled").weighting());
		assertEquals(ModalityKind.DYNAMIC_IMAGE, ModalitySettings.parse("dynamic-image").kind());
		assertEquals("mesti (rank_pooled)", ModalitySettings.parse("MESTI-rank_pooled").label());
	}

	@Test
	void parsesModalityAndNetworkLists() {
		List<ModalitySettings> ms = ComparisonGrid.modalities(" apex, ,MESTI-rank_pooled,", ApexMethod.MIDPOINT);
		assertEquals(Arrays.asList(ModalityKind.APEX, ModalityKind.MESTI), Arrays.asList(ms.get(0).kind(), ms.get(1).kind()));
		assertEquals(MestiWeighting.RANK_POOLED, ms.get(1).weighting());
		assertEquals(ApexMethod.MIDPOINT, ms.get(0).apexMethod());
		assertEquals(ApexMethod.MIDPOINT, ms.get(1).apexMethod());
		assertEquals(Arrays.asList(Architecture.MEGANET, Architecture.RESNET18), ComparisonGrid.architectures("meganet,ResNet18"));
		InputException none = assertThrows(InputException.class, () -> ComparisonGrid.architectures(" , "));
		assertTrue(none.getMessage().contains("at least one network"), none.getMessage());
		assertThrows(InputException.class, () -> ComparisonGrid.modalities("", ApexMethod.MOTION));
		assertThrows(InputException.class, () -> ComparisonGrid.architectures("meganet,alexnet"));
	}

	@Test
	void gridWritesOneRowPerCellAndOneReportPerCell() throws Exception {
		List<Sample> samples = TinyClips.write(tmp.resolve("data"), 4, 1);
		TrainSettings base = TinyClips.settings(1).protocol(Protocol.KFOLD).kFolds(2).build();
		Path out = tmp.resolve("cmp");
		ComparisonTable table = ComparisonGrid.run("tiny", samples, TinyClips.CLASSES,
			Arrays.asList(ModalitySettings.parse("apex"), ModalitySettings.parse("mesti")),
			Arrays.asList(Architecture.MEGANET, Architecture.MEGANET_NO_GA), base, 8, new ModalityCache(tmp.resolve("cache")), out,
			false, Progress.NONE);
		assertEquals(4, table.cells().size());
		assertEquals("apex", table.cells().get(0).modality());
		assertEquals("meganet-noga", table.cells().get(1).network());
		assertEquals("mesti (apex_peak)", table.cells().get(2).modality());
		List<String> csv = Files.readAllLines(out.resolve(ComparisonTable.CSV));
		assertEquals(5, csv.size());
		assertEquals("modality,network,acc,uf1,uar,n,folds,seconds,seconds_per_epoch", csv.get(0));
		assertTrue(csv.get(3).startsWith("mesti (apex_peak),meganet,"), csv.get(3));
		String md = new String(Files.readAllBytes(out.resolve(ComparisonTable.MARKDOWN)));
		assertTrue(md.contains("| mesti (apex_peak) | meganet-noga | "), md);
		for (ComparisonTable.Cell c : table.cells())
			assertEquals(12, c.metrics().n());
		assertTrue(Files.isRegularFile(out.resolve("mesti-apex_peak-motion__meganet").resolve("report.json")));
		assertTrue(Files.isRegularFile(out.resolve("apex-motion__meganet-noga").resolve("folds/fold-001.json")));
	}
}
