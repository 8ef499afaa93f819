package org.mer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mer.classify.Classifier;
import org.mer.classify.Prediction;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.clip.FrameSource;
import org.mer.core.Progress;
import org.mer.face.FaceCrop;
import org.mer.ij.AttentionStyle;
import org.mer.ij.PredictionImages;
import org.mer.spot.IntervalAnnotator;
import org.mer.spot.IntervalType;
import org.mer.spot.SpottedInterval;

/**
 * Classifies each spotted micro interval with a model: the model's modality (MESTI for MEGANet)
 * from the spotted onset, apex (the spotter's peak, used as given) and offset, optionally on the
 * face found on the onset frame; the columns predicted, p_&lt;class&gt; (model order, 6 decimals)
 * and time_ms (1 decimal). With an attention folder, each classified interval's modality PNG and
 * attention files are written there as {@code <recording>_<onset>-<offset>}. Macro intervals are
 * not classified. The classifier belongs to the caller. Used by one thread at a time.
 */
final class SpotClassifier implements IntervalAnnotator {
	private final Classifier classifier;
	private final Path modelDir, attentionDir;
	private final boolean cropFace;
	private final AttentionStyle style;

	/** @param attentionDir where to write the attention files, or null */
	SpotClassifier(Classifier classifier, Path modelDir, boolean cropFace, Path attentionDir, AttentionStyle style) {
		this.classifier = classifier;
		this.modelDir = modelDir;
		this.cropFace = cropFace;
		this.attentionDir = attentionDir;
		this.style = style;
	}

	@Override
	public String id() {
		return modelDir.toAbsolutePath().normalize() + (cropFace ? " (face cropped)" : "");
	}

	@Override
	public List<String> columns() {
		List<String> c = new ArrayList<>();
		c.add("predicted");
		for (String name : classifier.model().config().classNames())
			c.add("p_" + name);
		c.add("time_ms");
		return c;
	}

	@Override
	public boolean wants(SpottedInterval interval) {
		return interval.type() == IntervalType.MICRO;
	}

	@Override
	public List<String> annotate(FrameSource source, String recording, SpottedInterval i, Progress progress) {
		FrameSource frames = cropFace ? FaceCrop.apply(source, i.onset()) : source;
		Clip clip = new Clip(frames, i.onset(), i.apex(), i.offset(), ApexMethod.GIVEN, "apex from the spotter");
		Prediction p = classifier.classify(clip, progress);
		if (attentionDir != null) {
			String name = attentionName(recording, i);
			PredictionImages.write(attentionDir, name, PredictionImages.modalityImage(p, name), p, style);
		}
		List<String> cells = new ArrayList<>();
		cells.add(p.predictedName());
		for (float v : p.probabilities())
			cells.add(String.format(Locale.ROOT, "%.6f", v));
		cells.add(String.format(Locale.ROOT, "%.1f", p.timeMs()));
		return cells;
	}

	/** {@code <recording>_<onset>-<offset>} ({@link SpotRecordings#stem}): unique within a run as CSV paths are. */
	static String attentionName(String recording, SpottedInterval i) {
		return SpotRecordings.stem(recording) + "_" + i.onset() + "-" + i.offset();
	}
}
