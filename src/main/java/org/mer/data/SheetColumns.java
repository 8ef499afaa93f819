package org.mer.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.data.SheetTable.SheetRow;

/**
 * Finds a sheet's header row by its content, not its position: the first row in which every
 * required field matches a cell. Cell texts and aliases compare normalised (lower case, letters
 * and digits only, so "Onset Frame", "OnsetFrame" and "onset_frame" are equal). Blank columns
 * and text rows above the header (SAMM's preamble) are thus irrelevant. Immutable.
 */
final class SheetColumns {
	/** The fields a sample row can have. */
	enum Field {
		SUBJECT, FILENAME, ONSET, APEX, OFFSET, EMOTION, FRAMES
	}

	private final int headerIndex;
	private final Map<Field, Integer> columns;

	private SheetColumns(int headerIndex, Map<Field, Integer> columns) {
		this.headerIndex = headerIndex;
		this.columns = columns;
	}

	/**
	 * @param aliases per field, its accepted header texts (first match wins within a row)
	 * @param required the fields that must all be present in the header row
	 * @throws InputException naming the sheet and the missing columns when no row qualifies
	 */
	static SheetColumns find(SheetTable table, Map<Field, List<String>> aliases, List<Field> required) {
		List<SheetRow> rows = table.rows();
		for (int r = 0; r < rows.size(); r++) {
			Map<Field, Integer> found = match(rows.get(r), aliases);
			if (found.keySet().containsAll(required)) return new SheetColumns(r, found);
		}
		StringBuilder want = new StringBuilder();
		for (Field f : required) want.append(want.length() == 0 ? "" : ", ").append(aliases.get(f).get(0));
		throw new InputException("sheet " + table.file() + ": no header row with the columns " + want);
	}

	private static Map<Field, Integer> match(SheetRow row, Map<Field, List<String>> aliases) {
		Map<Field, Integer> found = new EnumMap<>(Field.class);
		for (Map.Entry<Field, List<String>> e : aliases.entrySet()) {
			outer:
			for (String alias : e.getValue()) {
				String a = normalise(alias);
				for (int c = 0; c < row.cells.size(); c++) {
					if (normalise(row.cells.get(c)).equals(a) && !found.containsValue(c)) {
						found.put(e.getKey(), c);
						break outer;
					}
				}
			}
		}
		return found;
	}

	/** Index (0-based, into {@link SheetTable#rows()}) of the header row. */
	int headerIndex() { return headerIndex; }

	boolean has(Field f) { return columns.containsKey(f); }

	/** The field's text in a row, "" when the column is absent. */
	String get(SheetRow row, Field f) {
		Integer c = columns.get(f);
		return c == null ? "" : row.cell(c);
	}

	static String normalise(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
