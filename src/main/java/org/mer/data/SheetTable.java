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
 * Workbooks with several worksheets (CAS(ME)^2's naming rules) can be read sheet by sheet.
 * Public for the long-video readers of {@code org.mer.data.recording}. Immutable.
 */
public final class SheetTable {
	static {
		LibraryOutput.quietLog4j(); // POI logs through Log4j 2
	}

	/** One row: its 1-based number and its cell texts, trimmed. */
	public static final class SheetRow {
		final int number;
		final List<String> cells;

		SheetRow(int number, List<String> cells) {
			this.number = number;
			this.cells = Collections.unmodifiableList(cells);
		}

		/** The 1-based row number, as spreadsheet programs show it (csv: the record number). */
		public int number() {
			return number;
		}

		/** The trimmed cell texts, "" for empty cells. */
		public List<String> cells() {
			return cells;
		}

		/** The text of a cell; "" for an empty or missing cell. */
		public String cell(int column) {
			return column >= 0 && column < cells.size() ? cells.get(column) : "";
		}

		public boolean isBlank() {
			for (String c : cells) if (!c.isEmpty()) return false;
			return true;
		}

		/** The non-empty cells joined by " | ", for messages. */
		public String text() {
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

	public Path file() { return file; }
	public List<SheetRow> rows() { return rows; }

	/** The first worksheet (or the csv). @throws InputException naming the file when it is missing or cannot be read as a sheet */
	public static SheetTable read(Path file) {
		return read(file, 0);
	}

	/**
	 * Worksheet {@code index} (0-based) of a workbook; a csv has only sheet 0.
	 *
	 * @throws InputException naming the file when it is missing, cannot be read as a sheet or has
	 *           no such worksheet
	 */
	public static SheetTable read(Path file, int index) {
		if (!Files.isRegularFile(file)) throw new InputException("no such sheet: " + file);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".csv") || name.endsWith(".txt")) {
				if (index != 0) throw new InputException("sheet " + file + " is a csv file; it has no worksheet " + (index + 1));
				return new SheetTable(file, readCsv(file));
			}
			return new SheetTable(file, readWorkbook(file, index));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InputException) throw (InputException) e;
			throw new InputException("cannot read sheet " + file + ": " + e.getMessage(), e);
		}
	}

	/** Names of the worksheets of a workbook, in order (a csv: its file name). @throws InputException naming the file when unreadable */
	public static List<String> sheetNames(Path file) {
		if (!Files.isRegularFile(file)) throw new InputException("no such sheet: " + file);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) return Collections.singletonList(file.getFileName().toString());
		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
			return names;
		}
		catch (IOException | RuntimeException e) {
			throw new InputException("cannot read sheet " + file + ": " + e.getMessage(), e);
		}
	}

	private static List<SheetRow> readWorkbook(Path file, int index) throws IOException {
		List<SheetRow> out = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
			if (wb.getNumberOfSheets() <= index)
				throw new InputException("sheet " + file + " has " + wb.getNumberOfSheets() + " worksheet(s); worksheet " + (index + 1) + " is missing");
			Sheet sheet = wb.getSheetAt(index);
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
