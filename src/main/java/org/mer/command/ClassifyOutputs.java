package org.mer.command;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.io.FileSaver;

import org.mer.core.InputException;
import org.mer.ij.AttentionFiles;
import org.mer.ij.AttentionLayer;
import org.mer.ij.AttentionStyle;
import org.mer.io.AtomicFiles;

/**
 * What Classify writes into an output folder for one clip, headless or not: the row in
 * {@code predictions.csv}, the shown image as {@code <clip>_<modality|apex>.png} and, for models
 * with Gradient Attention, the mean attention as {@code <clip>_attention.png/.tif} and
 * {@code <clip>_attention_rois.zip} ({@link AttentionFiles}). Every file is written atomically.
 */
public final class ClassifyOutputs {
	private ClassifyOutputs() {}

	/** @return the files written */
	public static List<Path> write(String folder, Classified c, AttentionStyle style) {
		List<Path> written = new ArrayList<>();
		if (folder == null || folder.trim().isEmpty()) return written;
		Path dir = Paths.get(folder.trim());
		written.add(PredictionsTable.appendCsv(dir, c));
		ImagePlus shown = c.image();
		Path png = dir.resolve(AttentionFiles.fileStem(shown.getTitle()) + ".png");
		try {
			ImagePlus copy = new ImagePlus(shown.getTitle(), shown.getProcessor().duplicate());
			AtomicFiles.write(png, tmp -> {
				if (!new FileSaver(copy).saveAsPng(tmp.toString())) throw new IOException("ImageJ could not save " + tmp);
			});
		}
		catch (IOException e) {
			throw new InputException("cannot write " + png + ": " + e.getMessage(), e);
		}
		written.add(png);
		if (c.prediction().hasAttention()) {
			AttentionLayer layer = AttentionLayer.build(shown, c.prediction().meanAttention(), c.prediction().width(), c.prediction().height(), style);
			written.addAll(AttentionJob.write(dir, c, shown, layer));
		}
		return written;
	}
}
