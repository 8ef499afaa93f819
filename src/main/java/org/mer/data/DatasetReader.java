package org.mer.data;

import java.nio.file.Path;

import org.mer.core.Progress;

/**
 * Reads one dataset layout: its frame folders and (where the layout has one) its coding sheet,
 * into labelled {@link Sample}s. Frame numbers stay absolute as the sheet gives them; every row
 * that is repaired or skipped is listed in {@link Dataset#issues()} with its reason, so no sample
 * is ever dropped silently. Implementations are stateless and thread safe.
 */
public interface DatasetReader {

	/**
	 * @param root the dataset folder as users have it (see each reader for what it accepts)
	 * @param sheet the coding sheet (xls, xlsx or csv), or null to use the one found under
	 *          {@code root} (or for layouts that need none)
	 * @param classes the class set labels are mapped to; samples of other emotions are reported
	 *          and skipped
	 * @throws org.mer.core.InputException when the root or sheet is missing or unreadable, or the
	 *           sheet has no header row with the needed columns
	 * @throws org.mer.core.CanceledException when {@code p} asks to stop
	 */
	Dataset read(Path root, Path sheet, ClassSet classes, Progress p);
}
