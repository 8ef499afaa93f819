package org.mer.data;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.mer.core.InputException;
import org.mer.data.SheetTable.SheetRow;

/**
 * Finds a sheet's header row by its content, not its position: the first row in which every
 * required field matches a cell. Cell texts and aliases compare normalised (lower case, letters
 * and digits only, so "Onset Frame", "OnsetFrame" and "onset_frame" are equal). Blank columns
 * and text rows above the header (SAMM's preamble) are thus irrelevant. Within a row each field
 * takes the column of its first alias that matches a column no other field took, fields in the
 * aliases map's iteration order. Public, with fields of any key type {@code K}, for the
 * long-video readers of {@code org.mer.data.recording}. Immutable.
 *
 * @param <K> what names a field (an enum, or a short text)
 */
public final class SheetColumns<K> {
	/** The fields a sample row can have. */
	enum Field {
		SUBJECT, FILENAME, ONSET, APEX, OFFSET, EMOTION, FRAMES
	}

	private final int headerIndex;
	private final Map<K, Integer> columns;

	private SheetColumns(int headerIndex, Map<K, Integer> columns) {
		this.headerIndex = headerIndex;
		this.columns = columns;
	}

	/**
	 * As {@link #find(SheetTable, Map, List, Function)}, the message naming each required field by
	 * its first alias.
	 */
	public static <K> SheetColumns<K> find(SheetTable table, Map<K, List<String>> aliases, List<K> required) {
		return find(table, aliases, required, k -> aliases.get(k).get(0));
	}

	/**
	 * @param aliases per field, its accepted header texts (first match wins within a row)
	 * @param required the fields that must all be present in the header row
	 * @param name how the error message names a required field
	 * @throws InputException naming the sheet and the required columns when no row qualifies
	 */
	public static <K> SheetColumns<K> find(SheetTable table, Map<K, List<String>> aliases, List<K> required, Function<? super K, String> name) {
		List<SheetRow> rows = table.rows();
		for (int r = 0; r < rows.size(); r++) {
			Map<K, Integer> found = match(rows.get(r), aliases);
			if (found.keySet().containsAll(required)) return new SheetColumns<>(r, found);
		}
		StringBuilder want = new StringBuilder();
		for (K f : required) want.append(want.length() == 0 ? "" : ", ").append(name.apply(f));
		throw new InputException("sheet " + table.file() + ": no header row with the columns " + want);
	}

	private static <K> Map<K, Integer> match(SheetRow row, Map<K, List<String>> aliases) {
		Map<K, Integer> found = new HashMap<>();
		for (Map.Entry<K, List<String>> e : aliases.entrySet()) {
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
	public int headerIndex() { return headerIndex; }

	/** Whether the header row has a column for {@code f}. */
	public boolean has(K f) { return columns.containsKey(f); }

	/** The field's text in a row, "" when the column is absent. */
	public String get(SheetRow row, K f) {
		Integer c = columns.get(f);
		return c == null ? "" : row.cell(c);
	}

	/** Lower case, letters and digits only: how header texts are compared. */
	static String normalise(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
