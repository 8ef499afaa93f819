package org.mer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionFilesTest {

	/** 40 x 30 grey base (value 100) with a hot 8 x 6 block at (20, 10) and a weaker 2 x 2 block at (2, 2). */
	private static float[] map() {
		float[] m = new float[40 * 30];
		for (int y = 10; y < 16; y++)
			for (int x = 20; x < 28; x++)
				m[y * 40 + x] = 1f;
		for (int y = 2; y < 4; y++)
			for (int x = 2; x < 4; x++)
				m[y * 40 + x] = 0.6f;
		return m;
	}

	@Test
	void writesPngTiffAndRoiZipThatImageJReadsBack(@TempDir Path dir) throws Exception {
		ByteProcessor bp = new ByteProcessor(40, 30);
		bp.setValue(100);
		bp.fill();
		ImagePlus base = new ImagePlus("clip 1", bp);
		AttentionStyle style = new AttentionStyle(HeatLuts.HEAT, 0.5, 0.9);
		List<Path> files = AttentionFiles.write(dir, "clip 1", base, map(), 40, 30, style);
		assertEquals(dir.resolve("clip_1-" + org.mer.io.Sha256.of("clip 1").substring(0, 8) + "_attention.png"), files.get(0),
			"a name with a space gets a hash, so 'clip 1' and 'clip_1' never share files");
		assertEquals("clip_1", AttentionFiles.fileStem("clip_1"));
		assertEquals(null, base.getOverlay(), "base image untouched");

		ImagePlus png = IJ.openImage(files.get(0).toString());
		assertEquals(ImagePlus.COLOR_RGB, png.getType());
		int inside = png.getProcessor().get(23, 12) & 0xffffff;
		int outside = png.getProcessor().get(35, 25) & 0xffffff;
		int expectInside = (100 + 255 + 1) / 2;
		assertEquals(expectInside, (inside >> 16) & 0xff, 3, "white heat blended at 50% over grey 100");
		assertEquals(expectInside, inside & 0xff, 3);
		assertEquals(50, (outside >> 16) & 0xff, 3, "black heat blended at 50% over grey 100");

		ImagePlus tif = IJ.openImage(files.get(1).toString());
		assertEquals(ImagePlus.GRAY32, tif.getType());
		assertEquals(40, tif.getWidth());
		ImageProcessor ip = tif.getProcessor();
		assertEquals(1f, ip.getf(21, 11), 0f);
		assertEquals(0.6f, ip.getf(3, 3), 1e-6f);
		assertEquals(0f, ip.getf(10, 20), 0f);

		List<Roi> rois = readZip(files.get(2));
		assertEquals(2, rois.size());
		assertEquals("#1 mean=1.00 area=48 px", rois.get(0).getName());
		assertEquals(new java.awt.Rectangle(20, 10, 8, 6), rois.get(0).getBounds());
		assertEquals(48, rois.get(0).getContainedPoints().length);
		assertEquals("#2 mean=0.60 area=4 px", rois.get(1).getName());
		assertTrue(rois.get(1).contains(3, 3));
		assertEquals(AttentionRois.strokeColor(1), rois.get(0).getStrokeColor());

		try (java.util.stream.Stream<Path> list = Files.list(dir)) {
			assertEquals(3, list.count(), "no temporary files left");
		}
	}

	@Test
	void displayAddsToExistingOverlayAndTable() {
		ImagePlus image = new ImagePlus("shown", new ByteProcessor(40, 30));
		ij.gui.Overlay existing = new ij.gui.Overlay(new Roi(0, 0, 5, 5));
		image.setOverlay(existing);
		AttentionLayer layer = AttentionLayer.build(image, map(), 40, 30, AttentionStyle.defaults());
		ResultsTable table = AttentionDisplay.show(image, layer);
		assertEquals(1 + 1 + 2, image.getOverlay().size());
		int last = table.size() - 1;
		assertEquals(2, table.getValue("rank", last), 0);
		assertEquals(4, table.getValue("area", last), 0);
		assertEquals(0.6, table.getValue("mean_attention", last), 1e-6);
		assertEquals(2.5, table.getValue("centroid_x", last), 1e-9);
		assertEquals("shown", table.getLabel(last));
	}

	static List<Roi> readZip(Path zip) throws Exception {
		List<Roi> rois = new ArrayList<>();
		try (ZipFile zf = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = zf.entries();
			while (entries.hasMoreElements()) {
				ZipEntry e = entries.nextElement();
				assertTrue(e.getName().endsWith(".roi"), e.getName());
				try (InputStream in = zf.getInputStream(e)) {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					in.transferTo(bytes);
					rois.add(RoiDecoder.openFromByteArray(bytes.toByteArray()));
				}
			}
		}
		return rois;
	}
}
