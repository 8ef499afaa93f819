package org.mer.data;

/**
 * How a dataset sheet's frame-number cells are read, the same for the clip datasets
 * ({@code SampleCheck}) and the long-video ones ({@code org.mer.data.recording}): a cell is a
 * frame number when it holds a whole number, possibly written as a decimal ending ".0" as
 * spreadsheets export them; an onset and offset are usable when both are frame numbers and the
 * onset is not after the offset. Stateless.
 */
public final class FrameCells {
	private FrameCells() {}

	/** A whole number ("46", "46.0", " 46 "), or null (also for null). */
	public static Integer number(String text) {
		if (text == null) return null;
		String t = text.trim();
		if (t.endsWith(".0")) t = t.substring(0, t.length() - 2);
		try {
			return Integer.valueOf(t);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * Why an onset..offset cannot be used, or null when it can.
	 *
	 * @param onset the onset as read ({@link #number}), null when its cell is not a frame number
	 * @param onsetText the onset's cell, quoted in the message when {@code onset} is null
	 * @param offset the offset as read, null when its cell is not a frame number
	 * @param offsetText the offset's cell
	 * @return "onset 'x' is not a frame number" (the onset checked first), "offset 'x' is not a
	 *         frame number", "onset 9 is after offset 3", or null
	 */
	public static String rangeProblem(Integer onset, String onsetText, Integer offset, String offsetText) {
		if (onset == null || offset == null) return (onset == null ? "onset '" + onsetText + "'" : "offset '" + offsetText + "'") + " is not a frame number";
		if (onset > offset) return "onset " + onset + " is after offset " + offset;
		return null;
	}
}
