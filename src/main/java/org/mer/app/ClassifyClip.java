package org.mer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import ij.ImagePlus;

import org.mer.classify.Classifier;
import org.mer.classify.Prediction;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.core.Progress;
import org.mer.ij.AttentionStyle;
import org.mer.ij.Classified;
import org.mer.ij.ImagePlusBridge;
import org.mer.ij.PredictionImages;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.EightBit;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityClips;
import org.mer.mesti.ModalityImage;
import org.mer.net.DeviceChoice;
import org.mer.net.Devices;

/**
 * Classify Micro-expression in Fiji ({@link UseCase#CLASSIFY} for the ImageJ front ends): loads
 * the model, opens the clip (a path or the current image, optional face crop), resolves its range
 * with the model's apex method, classifies it and builds the image to show: the modality image the
 * network saw in 8-bit (or the apex frame), named {@code <clip>_<modality>}, with the model,
 * prediction and probabilities in its "Info" and the {@link Classified} as a property. With an
 * output folder it writes the files of {@link ClassifyOutputs}. The model is loaded for each call
 * and closed before returning. No window code. Stateless. (The command line classifies through
 * {@link ClassifyBatch}, one CSV row per clip.)
 */
public final class ClassifyClip {
	private ClassifyClip() {}

	/**
	 * @param currentImage opens the current image when no clip path is given; null where there is none
	 * @throws org.mer.core.InputException for a bad model folder, clip, range, device or output folder
	 */
	public static Classified run(ParamValues v, Supplier<FrameSource> currentImage, Progress progress) {
		Path modelDir = InstalledModels.resolve(v);
		Choices.OverlayBase base = v.choice(Params.OVERLAY_ON, Choices.OverlayBase.class);
		AttentionStyle style = attentionStyle(v);
		DeviceChoice device = v.choice(Params.DEVICE, DeviceChoice.class);
		progress.status("loading model " + modelDir.getFileName());
		ClipRange range = ClipSources.range(v);
		Classified classified;
		try (Classifier classifier = Classifier.open(modelDir, Devices.pick(device), progress); FrameSource source = ClipSources.open(v, currentImage, range)) {
			ModalityClips.Resolved resolved = ClipSources.resolve(v, source, range, classifier.modality());
			Clip clip = resolved.clip();
			progress.log(ClipSources.describe(clip));
			progress.status("classifying " + clip.name());
			Prediction prediction = classifier.classify(clip, progress);
			progress.checkCanceled();
			if (!resolved.summary().isEmpty()) progress.log(resolved.summary());
			ImagePlus shown = base == Choices.OverlayBase.APEX_FRAME
				? ImagePlusBridge.toImagePlus8(EightBit.scale(Modalities.apexFrame(clip)).image(), clip.name() + "_apex")
				: PredictionImages.modalityImage(prediction, clip.name());
			shown.setProperty("Info", info(prediction.image(), prediction, modelDir));
			classified = new Classified(prediction, shown, modelDir, clip.name());
			shown.setProperty(Classified.PROPERTY, classified);
			progress.log(String.format(Locale.ROOT, "%s: %s (p = %.3f, %.0f ms)", clip.name(), prediction.predictedName(), prediction.confidence(),
				prediction.timeMs()));
		}
		ClassifyOutputs.write(v.path(Params.OUTPUT_FOLDER), classified, style, ProtectedPaths.builder().input(v.path(Params.CLIP)).input(modelDir).build());
		return classified;
	}

	/** The heat LUT, opacity and quantile of the values. */
	static AttentionStyle attentionStyle(ParamValues v) {
		return new AttentionStyle(v.get(Params.HEAT_LUT), v.get(Params.OPACITY), v.get(Params.QUANTILE));
	}

	private static String info(ModalityImage modality, Prediction p, Path modelDir) {
		StringBuilder sb = new StringBuilder(modality.info());
		sb.append("model = ").append(modelDir.toAbsolutePath()).append('\n');
		sb.append("predicted = ").append(p.predictedName()).append('\n');
		for (int i = 0; i < p.classNames().size(); i++)
			sb.append("p_").append(p.classNames().get(i)).append(" = ").append(String.format(Locale.ROOT, "%.6f", p.probabilities()[i])).append('\n');
		sb.append("attention_blocks = ").append(p.attentionMaps().size()).append('\n');
		return sb.toString();
	}
}
