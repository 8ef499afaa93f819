package org.mer.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.mer.core.InputException;
import org.mer.core.LibraryOutput;

/**
 * The cells of a dataset sheet as text: the first worksheet of an xls or xlsx workbook (Apache
 * POI {@link WorkbookFactory}, read-only) or a csv file (commons-csv; comma, or semicolon when
 * the first line has more semicolons than commas; UTF-8 with or without BOM, UTF-16 with BOM,
 * windows-1252 when the bytes are not UTF-8, see {@link #decode}). Numeric cells
 * holding whole numbers read as integers ("46", not "46.0"); formula cells read as their cached
 * value; missing cells as "". Row numbers are 1-based as spreadsheet programs show them.
 * Immutable.
 */
final class SheetTable {
	static {
		LibraryOutput.quietLog4j(); // POI logs through Log4j 2
	}

	/** One row: its 1-based number and its cell texts, trimmed. */
	static final class SheetRow {
		final int number;
		final List<String> cells;

		SheetRow(int number, List<String> cells) {
			this.number = number;
			this.cells = Collections.unmodifiableList(cells);
		}

		String cell(int column) {
			return column >= 0 && column < cells.size() ? cells.get(column) : "";
		}

		boolean isBlank() {
			for (String c : cells) if (!c.isEmpty()) return false;
			return true;
		}

		/** The non-empty cells joined by " | ", for messages. */
		String text() {
			StringBuilder sb = new StringBuilder();
			for (String c : cells) if (!c.isEmpty()) sb.append(sb.length() == 0 ? "" : " | ").append(c);
			return sb.length() > 60 ? sb.substring(0, 57) + "..." : sb.toString();
		}
	}

	private final Path file;
	private final List<SheetRow> rows;

	private SheetTable(Path file, List<SheetRow> rows) {
		this.file = file;
		this.rows = Collections.unmodifiableList(rows);
	}

	Path file() { return file; }
	List<SheetRow> rows() { return rows; }

	/** @throws InputException naming the file when it is missing or cannot be read as a sheet */
	static SheetTable read(Path file) {
		if (!Files.isRegularFile(file)) throw new InputException("no such sheet: " + file);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			return new SheetTable(file, name.endsWith(".csv") || name.endsWith(".txt") ? readCsv(file) : readWorkbook(file));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InputException) throw (InputException) e;
			throw new InputException("cannot read sheet " + file + ": " + e.getMessage(), e);
		}
	}

	private static List<SheetRow> readWorkbook(Path file) throws IOException {
		List<SheetRow> out = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			if (wb.getNumberOfSheets() == 0) throw new InputException("sheet " + file + " has no worksheet");
			Sheet sheet = wb.getSheetAt(0);
			for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null)
					for (int c = 0; c < row.getLastCellNum(); c++) cells.add(text(row.getCell(c), formatter));
				out.add(new SheetRow(r + 1, cells));
			}
		}
		return out;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) return "";
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
			case NUMERIC:
				double v = cell.getNumericCellValue();
				if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
				return clean(Double.toString(v));
			case STRING: return clean(cell.getStringCellValue());
			case BOOLEAN: return Boolean.toString(cell.getBooleanCellValue());
			case BLANK: return "";
			default: return clean(formatter.formatCellValue(cell));
		}
	}

	private static List<SheetRow> readCsv(Path file) throws IOException {
		String text = decode(file, Files.readAllBytes(file));
		int eol = text.indexOf('\n');
		String first = eol < 0 ? text : text.substring(0, eol);
		char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
		List<SheetRow> out = new ArrayList<>();
		try (Reader in = new StringReader(text);
			CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build().parse(in)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				for (String v : record) cells.add(clean(v));
				out.add(new SheetRow((int) record.getRecordNumber(), cells));
			}
		}
		return out;
	}

	/**
	 * The text of a csv sheet: UTF-8 with or without BOM, UTF-16 with BOM (LE or BE), else
	 * windows-1252 (what Excel writes as "CSV" on Western Windows, a superset of Latin-1) when
	 * the bytes are not valid UTF-8. The BOM is dropped.
	 *
	 * @throws InputException naming the file when UTF-16 text is malformed
	 */
	static String decode(Path file, byte[] bytes) {
		int n = bytes.length;
		if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF)
			return strict(file, StandardCharsets.UTF_8, bytes, 3);
		if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) return strict(file, StandardCharsets.UTF_16BE, bytes, 2);
		if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) return strict(file, StandardCharsets.UTF_16LE, bytes, 2);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	private static String strict(Path file, Charset charset, byte[] bytes, int skip) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InputException("sheet " + file + " starts with a " + charset.name() + " byte order mark but is not valid "
				+ charset.name() + " text (" + e + ")");
		}
	}

	private static int count(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
		return n;
	}

	private static String clean(String s) {
		return s == null ? "" : s.replace('\u00A0', ' ').trim();
	}
}
