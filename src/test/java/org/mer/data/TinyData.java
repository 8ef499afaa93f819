package org.mer.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mer.data.synth.Face;
import org.mer.data.synth.FaceGenerator;
import org.mer.data.synth.FrameFormat;
import org.mer.data.synth.Motion;
import org.mer.data.synth.SynthImages;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticClip;

/** Test helper: tiny synthetic clips (16x16) under dataset file names, and sheets in xls/xlsx/csv. */
final class TinyData {
	private static final SynthSettings S = SynthSettings.builder().size(16, 16).build();

	private TinyData() {}

	/** Writes frames first..last as String.format(pattern, n) (jpg, png or bmp by extension) into dir. */
	static Path frames(Path dir, String pattern, int first, int last) throws IOException {
		Face face = FaceGenerator.face(1, 1, 16, 16);
		int n = last - first + 1;
		SyntheticClip clip = SyntheticClip.of(face, Arrays.asList(Motion.LIP_CORNER_UP), Math.max(3, n), 1, 1.0, S, 1);
		for (int i = 0; i < n; i++) {
			Path file = dir.resolve(String.format(pattern, first + i));
			float[][] rgb = clip.frame(Math.min(i, clip.length() - 1));
			if (pattern.endsWith(".bmp")) {
				Files.createDirectories(dir);
				BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_3BYTE_BGR);
				for (int p = 0; p < 256; p++)
					img.setRGB(p % 16, p / 16, (Math.round(rgb[0][p]) << 16) | (Math.round(rgb[1][p]) << 8) | Math.round(rgb[2][p]));
				ImageIO.write(img, "bmp", file.toFile());
			}
			else SynthImages.writeFrame(rgb, 16, 16, false, pattern.endsWith(".png") ? FrameFormat.PNG : FrameFormat.JPEG, 95, file);
		}
		return dir;
	}

	/** Writes rows (null = no cell, Number = numeric cell, else text) into an xls or xlsx by extension. */
	static Path sheet(Path file, List<List<Object>> rows) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("Sheet1");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					if (v instanceof Number) row.createCell(c).setCellValue(((Number) v).doubleValue());
					else if (v != null) row.createCell(c).setCellValue(v.toString());
				}
			}
			wb.write(os);
		}
		return file;
	}

	static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	/** The one issue line containing all the fragments; fails listing the issues otherwise. */
	static String issue(Dataset d, String... fragments) {
		String found = null;
		for (String i : d.issues()) {
			boolean all = true;
			for (String f : fragments) all &= i.contains(f);
			if (all) {
				if (found != null) throw new AssertionError("two issues match " + Arrays.toString(fragments) + ": " + found + " / " + i);
				found = i;
			}
		}
		if (found == null) throw new AssertionError("no issue with " + Arrays.toString(fragments) + " in " + d.issues());
		return found;
	}

	static Sample sample(Dataset d, String id) {
		for (Sample s : d.samples()) if (s.id().equals(id)) return s;
		throw new AssertionError("no sample " + id + " in " + d.samples());
	}
}
