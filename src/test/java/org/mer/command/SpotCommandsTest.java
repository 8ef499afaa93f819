package org.mer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.ij.IntervalMarks;
import org.mer.ij.SpotTable;
import org.mer.model.TinyModels;
import org.mer.spot.SpotFixtures;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/** Spot Micro-expressions as Fiji runs it headless (ModuleService, inputs by key) on a SYNTHETIC stack. */
class SpotCommandsTest {
	private static Context context;

	@BeforeAll
	static void start() {
		context = new Context();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	static Module run(Map<String, Object> inputs) throws Exception {
		return context.service(ModuleService.class).run(context.service(CommandService.class).getCommand(SpotCommand.class), true, inputs).get();
	}

	static ImagePlus stack(double fps) {
		ImagePlus imp = SpotFixtures.stack(SpotFixtures.recording(1, 0), "rec");
		imp.getCalibration().fps = fps;
		return imp;
	}

	@Test
	void headlessItWritesTheCsvAndThePlotAndMarksTheStack(@TempDir Path dir) throws Exception {
		ImagePlus imp = stack(30);
		int before = SpotTable.table().size();
		Map<String, Object> in = new HashMap<>();
		in.put("image", imp);
		in.put("output_folder", dir.toString());
		Module m = run(in);
		assertNull(CommandsTest.cancelReason(m));
		List<String> csv = Files.readAllLines(dir.resolve("intervals.csv"));
		assertEquals("path,onset,apex,offset,type,score,error", csv.get(0));
		assertEquals(3, csv.size(), csv.toString());
		assertTrue(csv.get(1).startsWith("rec,6"), csv.toString());
		assertTrue(Files.size(dir.resolve("rec_spotting.png")) > 1000);
		assertTrue(Files.readString(dir.resolve("intervals.settings.json")).contains("\"fps\": 30.0"), "the image's calibrated frame rate");
		ResultsTable t = SpotTable.table();
		assertEquals(before + 2, t.size());
		int apex = (int) t.getValue("apex", before);
		assertEquals("micro", t.getStringValue("type", before));
		assertTrue(imp.getStack().getSliceLabel(apex).startsWith("[micro 1 apex] frame " + apex), imp.getStack().getSliceLabel(apex));
		assertEquals("frame 1", imp.getStack().getSliceLabel(1), "labels outside intervals untouched");
		long marks = java.util.Arrays.stream(imp.getOverlay().toArray()).filter(r -> r.getName().startsWith(IntervalMarks.PREFIX)).count();
		int frames = (int) (t.getValue("offset", before) - t.getValue("onset", before) + 1 + t.getValue("offset", before + 1)
			- t.getValue("onset", before + 1) + 1);
		assertEquals(2 * frames, marks, "a border and a label on each frame of each interval");
		Roi onApex = java.util.Arrays.stream(imp.getOverlay().toArray()).filter(r -> r.getName().equals(IntervalMarks.PREFIX + "micro 1 frame " + apex))
			.findFirst().orElseThrow();
		assertEquals(apex, onApex.getPosition());
		run(in);
		assertEquals(3, Files.readAllLines(dir.resolve("intervals.csv")).size(), "spotting it again replaces its rows");
		assertTrue(imp.getStack().getSliceLabel(apex).startsWith("[micro 1 apex] frame " + apex), "marks replaced, not stacked");
	}

	@Test
	void aStackWithoutFrameRateNeedsOneAndEachIntervalMayBeClassified(@TempDir Path dir) throws Exception {
		Map<String, Object> in = new HashMap<>();
		in.put("image", stack(0));
		int rows = SpotTable.table().size();
		Module m = run(in);
		assertNull(CommandsTest.cancelReason(m), "a recording that cannot be spotted is an error line, not a canceled macro");
		assertEquals("fps of rec is missing or zero: its frames state no frame rate; give it with frame_rate", SpotTable.table().getStringValue("error", rows));
		Path model = dir.resolve("model");
		TinyModels.save(model, 4, 3);
		in.put("frame_rate", 30.0);
		in.put("classify_intervals", true);
		in.put("model_folder", model.toString());
		in.put("device", "cpu");
		int before = SpotTable.table().size();
		m = run(in);
		assertNull(CommandsTest.cancelReason(m));
		ResultsTable t = SpotTable.table();
		assertEquals(before + 2, t.size());
		double sum = 0;
		for (String c : TinyModels.CLASSES)
			sum += t.getValue("p_" + c, before);
		assertEquals(1, sum, 1e-4);
		assertTrue(TinyModels.CLASSES.contains(t.getStringValue("predicted", before)));
	}
}
