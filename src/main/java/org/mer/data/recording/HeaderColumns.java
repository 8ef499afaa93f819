package org.mer.data.recording;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.data.SheetTable;
import org.mer.data.SheetTable.SheetRow;

/**
 * Finds a sheet's header row by content: the first row in which every required field matches a
 * cell. Texts compare normalised (lower case, letters and digits only: "Onset Frame" equals
 * "onset_frame"), so preamble rows above the header (SAMM's) and column order do not matter.
 * Immutable.
 */
final class HeaderColumns {
	private final int headerIndex;
	private final Map<String, Integer> columns;

	private HeaderColumns(int headerIndex, Map<String, Integer> columns) {
		this.headerIndex = headerIndex;
		this.columns = columns;
	}

	/** @throws InputException naming the sheet and the missing columns when no row has them all */
	static HeaderColumns find(SheetTable table, Map<String, List<String>> aliases, List<String> required) {
		HeaderColumns found = findOrNull(table, aliases, required);
		if (found == null) throw new InputException("sheet " + table.file() + ": no header row with the columns " + String.join(", ", required));
		return found;
	}

	/** The header, or null when no row has every required field. */
	static HeaderColumns findOrNull(SheetTable table, Map<String, List<String>> aliases, List<String> required) {
		List<SheetRow> rows = table.rows();
		for (int r = 0; r < rows.size(); r++) {
			Map<String, Integer> found = new HashMap<>();
			for (Map.Entry<String, List<String>> e : aliases.entrySet())
				outer:
				for (String alias : e.getValue())
					for (int c = 0; c < rows.get(r).cells().size(); c++)
						if (normalise(rows.get(r).cell(c)).equals(normalise(alias)) && !found.containsValue(c)) {
							found.put(e.getKey(), c);
							break outer;
						}
			if (found.keySet().containsAll(required)) return new HeaderColumns(r, found);
		}
		return null;
	}

	/** Index (0-based, into the table's rows) of the header row. */
	int headerIndex() { return headerIndex; }

	boolean has(String field) { return columns.containsKey(field); }

	/** The field's text in a row, "" when the column is absent. */
	String get(SheetRow row, String field) {
		Integer c = columns.get(field);
		return c == null ? "" : row.cell(c);
	}

	static String normalise(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
