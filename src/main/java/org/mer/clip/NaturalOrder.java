package org.mer.clip;

import java.util.Comparator;

import org.mer.core.InputException;

/**
 * Orders file names the way people number frames: runs of digits compare as numbers
 * ({@code img2 < img10}), other text compares case-insensitively. Equal numbers with different
 * zero padding order by length ({@code img1 < img01}); names still equal after that fall back
 * to {@link String#compareTo}, so the order is total and consistent with equals. Digit runs of
 * any length are compared exactly (no overflow). Stateless, thread safe.
 */
public final class NaturalOrder implements Comparator<String> {

	/** The shared instance. */
	public static final NaturalOrder INSTANCE = new NaturalOrder();

	@Override
	public int compare(String a, String b) {
		int i = 0, j = 0, padding = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i), cb = b.charAt(j);
			if (isDigit(ca) && isDigit(cb)) {
				int ei = endOfDigits(a, i), ej = endOfDigits(b, j);
				int si = skipZeros(a, i, ei), sj = skipZeros(b, j, ej);
				int byLength = Integer.compare(ei - si, ej - sj);
				if (byLength != 0) return byLength;
				for (int k = 0; k < ei - si; k++) {
					int d = Character.compare(a.charAt(si + k), b.charAt(sj + k));
					if (d != 0) return d;
				}
				if (padding == 0) padding = Integer.compare(ei - i, ej - j);
				i = ei;
				j = ej;
			}
			else {
				int d = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
				if (d != 0) return d;
				i++;
				j++;
			}
		}
		int byRest = Integer.compare(a.length() - i, b.length() - j);
		if (byRest != 0) return byRest;
		if (padding != 0) return padding;
		return a.compareTo(b);
	}

	/**
	 * The frame number in a file name: the last run of ASCII digits in the name without its
	 * extension ({@code img46.jpg} = 46, {@code reg_img46.jpg} = 46, {@code 006_05562.jpg} = 5562,
	 * {@code image0001.bmp} = 1).
	 *
	 * @return the number, or -1 when the base name has no digits
	 * @throws InputException when the number does not fit in an int
	 */
	public static int frameNumber(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String base = dot > 0 ? fileName.substring(0, dot) : fileName;
		int end = base.length();
		while (end > 0 && !isDigit(base.charAt(end - 1)))
			end--;
		if (end == 0) return -1;
		int start = end;
		while (start > 0 && isDigit(base.charAt(start - 1)))
			start--;
		String digits = base.substring(skipZeros(base, start, end), end);
		if (digits.isEmpty()) return 0;
		if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE)
			throw new InputException("frame number " + digits + " in " + fileName + " is too large");
		return Integer.parseInt(digits);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int endOfDigits(String s, int from) {
		int e = from;
		while (e < s.length() && isDigit(s.charAt(e)))
			e++;
		return e;
	}

	private static int skipZeros(String s, int from, int end) {
		int k = from;
		while (k < end && s.charAt(k) == '0')
			k++;
		return k;
	}
}
