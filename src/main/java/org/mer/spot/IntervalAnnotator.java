package org.mer.spot;

import java.util.List;

import org.mer.clip.FrameSource;
import org.mer.core.Progress;

/**
 * Adds columns to the spotted intervals of {@link SpotBatch}, e.g. the class a model gives each
 * micro-expression. After a recording is spotted the batch opens it once more and asks for the
 * wanted intervals in increasing onset order, so a video is read forward once (intervals do not
 * overlap). Implementations are used by one thread at a time.
 */
public interface IntervalAnnotator {

	/**
	 * What annotates, e.g. the model folder; stored per recording beside the CSV, and a resumed
	 * run spots again the recordings annotated by something else.
	 */
	String id();

	/** The extra columns, after {@code score} and before {@code error}. */
	List<String> columns();

	/** True for the intervals to annotate; the others get empty cells. */
	boolean wants(SpottedInterval interval);

	/**
	 * @param source the recording as it was spotted (after the batch's preparation); not to be closed
	 * @param recording the job's CSV path
	 * @return one cell per {@link #columns()}
	 * @throws org.mer.core.InputException when this interval cannot be annotated: its row carries
	 *           the message in the error column and the batch goes on
	 */
	List<String> annotate(FrameSource source, String recording, SpottedInterval interval, Progress progress);
}
