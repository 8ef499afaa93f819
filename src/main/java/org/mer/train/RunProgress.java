package org.mer.train;

import java.util.Locale;

import org.mer.core.Progress;

/**
 * Turns per-batch and per-epoch reports of the folds of a run into {@link Progress} calls: a
 * status line (fold, epoch, running loss and accuracy, estimated time left), the fraction done
 * over all planned batches of the run, and one log line per epoch. The time left assumes the
 * remaining batches take as long as the ones done so far (early stopping makes it an upper
 * bound). Not thread safe: one run at a time.
 */
final class RunProgress implements FoldTrainer.Listener {
	private final Progress progress;
	private final long totalBatches;
	private final long startNanos = System.nanoTime();
	private long doneBatches, foldStartBatches, foldPlannedBatches;
	private String fold = "";
	private int epochs;

	/** @param totalBatches planned training batches of all folds still to train */
	RunProgress(Progress progress, long totalBatches) {
		this.progress = progress;
		this.totalBatches = Math.max(1, totalBatches);
	}

	/** A fold starts; {@code label} e.g. "fold 3/26 (sub03)". */
	void startFold(String label, int epochs, long plannedBatches) {
		this.fold = label;
		this.epochs = epochs;
		this.foldStartBatches = doneBatches;
		this.foldPlannedBatches = plannedBatches;
	}

	/** A fold ended (possibly early): its unused planned batches leave the estimate. */
	void endFold() {
		doneBatches = foldStartBatches + foldPlannedBatches;
	}

	@Override
	public void batch(int epoch, int batch, int batches, double loss, double accuracy) {
		doneBatches++;
		double elapsed = (System.nanoTime() - startNanos) / 1e9;
		double left = elapsed / doneBatches * Math.max(0, totalBatches - doneBatches);
		progress.status(String.format(Locale.ROOT, "%s epoch %d/%d batch %d/%d loss %.4f acc %.3f, %s left", fold, epoch,
			epochs, batch, batches, loss, accuracy, duration(left)));
		progress.progress(Math.min(1, (double) doneBatches / totalBatches));
	}

	@Override
	public void epoch(EpochRecord r) {
		String val = r.hasValidation()
			? String.format(Locale.ROOT, ", validation loss %.4f acc %.3f", r.validationLoss(), r.validationAccuracy()) : "";
		progress.log(String.format(Locale.ROOT, "%s epoch %d/%d: loss %.4f acc %.3f%s (%.1f s)", fold, r.epoch(), epochs,
			r.trainLoss(), r.trainAccuracy(), val, r.seconds()));
	}

	/** "1 h 02 min", "3 min 20 s", "45 s". */
	static String duration(double seconds) {
		long s = Math.round(seconds);
		if (s >= 3600) return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
		if (s >= 60) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		return s + " s";
	}
}
