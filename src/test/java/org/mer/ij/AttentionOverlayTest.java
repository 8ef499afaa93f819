package org.mer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mer.attention.AttentionRegion;
import org.mer.attention.AttentionRegions;
import org.mer.core.InputException;

class AttentionOverlayTest {

	@Test
	void colourisesThroughTheLutAndSetsOpacity() {
		ImagePlus base = new ImagePlus("base", new ByteProcessor(3, 1));
		float[] map = { 0f, 1f / 3, 2f };
		ImageRoi roi = AttentionOverlay.render(base, map, HeatLuts.load(HeatLuts.HEAT), 0.4);
		assertEquals(0.4, roi.getOpacity(), 1e-9);
		ColorProcessor cp = (ColorProcessor) roi.getProcessor();
		assertEquals(0x000000, cp.get(0, 0) & 0xffffff);
		assertEquals(0xff0000, cp.get(1, 0) & 0xffffff);
		assertEquals(0xffffff, cp.get(2, 0) & 0xffffff, "values above 1 clamp to the last entry");
		assertThrows(InputException.class, () -> AttentionOverlay.render(base, map, HeatLuts.load(HeatLuts.HEAT), 1.5));
	}

	@Test
	void smallMapIsResizedToTheImage() {
		ImagePlus base = new ImagePlus("base", new ByteProcessor(8, 8));
		float[] map = { 0, 0, 0, 1 };
		ImageRoi roi = AttentionOverlay.render(base, map, 2, 2, HeatLuts.load(HeatLuts.HEAT), 0.5);
		ColorProcessor cp = (ColorProcessor) roi.getProcessor();
		assertEquals(8, cp.getWidth());
		assertEquals(0x000000, cp.get(0, 0) & 0xffffff);
		assertEquals(0xffff00, cp.get(7, 7) & 0xffff00, "near 1 at the hot corner");
		float[] sized = AttentionMaps.resize(map, 2, 2, 8, 8);
		assertEquals(64, sized.length);
		assertEquals(1f, sized[63], 0.02);
		assertEquals(0.5f, sized[3 * 8 + 7], 0.2);
		assertEquals(0f, sized[0], 1e-6);
	}

	@Test
	void roisOutlineTheRegionsWithRankedNames() {
		float[] map = new float[12 * 10];
		for (int y = 2; y <= 4; y++)
			for (int x = 3; x <= 6; x++)
				map[y * 12 + x] = 1f;
		map[8 * 12 + 10] = 0.7f;
		map[9 * 12 + 11] = 0.7f;
		List<AttentionRegion> regions = AttentionRegions.find(map, 12, 10, 0.85);
		List<Roi> rois = AttentionRois.toRois(regions);
		assertEquals(2, rois.size());
		Roi first = rois.get(0);
		assertEquals("#1 mean=1.00 area=12 px", first.getName());
		assertEquals(new java.awt.Rectangle(3, 2, 4, 3), first.getBounds());
		assertEquals(12, first.getContainedPoints().length);
		Roi second = rois.get(1);
		assertEquals("#2 mean=0.70 area=2 px", second.getName());
		assertEquals(2, second.getContainedPoints().length);
		assertEquals(AttentionRois.strokeColor(2), second.getStrokeColor());
	}
}
