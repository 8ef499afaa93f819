package org.mer.command;

import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;

import org.mer.classify.Classifier;
import org.mer.net.Devices;
import org.mer.classify.Prediction;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.core.Progress;
import org.mer.ij.ImagePlusBridge;
import org.mer.ij.PredictionImages;
import org.mer.clip.ClipResolver;
import org.mer.mesti.EightBit;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalityImage;

/**
 * Classify Micro-expression, shared by the SciJava command and the ImageJ 1.x plug-in: loads
 * the model, opens the clip (path or current image, optional face crop), resolves its range with
 * the model's apex method, classifies it and builds the image to show: the modality image the
 * network saw in 8-bit (or the apex frame), named {@code <clip>_<modality>}, with the model,
 * prediction and probabilities in its "Info". The model is loaded for each call and closed
 * before returning. No window code. Stateless.
 */
public final class ClassifyJob {
	private ClassifyJob() {}

	/**
	 * @param overlayOn {@link ParameterNames#CHOICE_MODALITY_IMAGE} or {@link ParameterNames#CHOICE_APEX_FRAME}
	 * @throws org.mer.core.InputException for a bad model folder, clip, range or device
	 */
	public static Classified run(ImagePlus image, String clip, ClipRange range, boolean cropFace, Path modelDir, String device, String overlayOn,
		Progress progress) {
		progress.status("loading model " + modelDir.getFileName());
		try (Classifier classifier = Classifier.open(modelDir, Devices.pick(device)); FrameSource source = ClipSources.open(image, clip, range, cropFace)) {
			Clip resolved = ClipResolver.resolve(source, range, classifier.modality().apexMethod());
			progress.log("clip " + resolved);
			progress.status("classifying " + resolved.name());
			Prediction prediction = classifier.classify(resolved, progress);
			progress.checkCanceled();
			ModalityImage modality = prediction.image();
			ImagePlus shown;
			if (ParameterNames.CHOICE_APEX_FRAME.equals(overlayOn))
				shown = ImagePlusBridge.toImagePlus8(EightBit.scale(Modalities.apexFrame(resolved)).image(), resolved.name() + "_apex");
			else if (ParameterNames.CHOICE_MODALITY_IMAGE.equals(overlayOn))
				shown = PredictionImages.modalityImage(prediction, resolved.name());
			else throw new org.mer.core.InputException(ParameterNames.OVERLAY_ON + " must be '" + ParameterNames.CHOICE_MODALITY_IMAGE + "' or '"
				+ ParameterNames.CHOICE_APEX_FRAME + "', got '" + overlayOn + "'");
			shown.setProperty("Info", info(modality, prediction, modelDir));
			Classified classified = new Classified(prediction, shown, modelDir, resolved.name());
			shown.setProperty(Classified.PROPERTY, classified);
			progress.log(String.format(Locale.ROOT, "%s: %s (p = %.3f, %.0f ms)", resolved.name(), prediction.predictedName(), prediction.confidence(),
				prediction.timeMs()));
			return classified;
		}
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
