package org.mer.data.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mer.io.AtomicFiles;

/**
 * Writes a one-sheet xlsx workbook (optional preamble text rows, a header row, data rows)
 * atomically ({@link AtomicFiles}). Cells holding a {@link Number} are
 * numeric, {@code null} leaves the cell blank, anything else is written as text. Thread safe.
 */
public final class SheetFiles {
	static {
		org.mer.core.LibraryOutput.quietLog4j(); // POI logs through Log4j 2
	}

	private SheetFiles() {}

	/**
	 * @param preamble text rows written above the header, one cell each (may be empty)
	 * @param header header cell texts; a {@code null} entry leaves a blank column
	 */
	public static void writeXlsx(Path file, String sheetName, List<String> preamble, List<String> header, List<List<Object>> rows) throws IOException {
		AtomicFiles.write(file, tmp -> {
			try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(tmp)) {
				Sheet sheet = wb.createSheet(sheetName);
				int r = 0;
				for (String line : preamble) sheet.createRow(r++).createCell(0).setCellValue(line);
				Row h = sheet.createRow(r++);
				for (int c = 0; c < header.size(); c++)
					if (header.get(c) != null) h.createCell(c).setCellValue(header.get(c));
				for (List<Object> values : rows) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object v = values.get(c);
						if (v instanceof Number) row.createCell(c).setCellValue(((Number) v).doubleValue());
						else if (v != null) row.createCell(c).setCellValue(v.toString());
					}
				}
				wb.write(os);
			}
		});
	}
}
