package org.mer.ij.plugin;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;

import org.mer.core.Ids;
import org.mer.clip.ClipRange;
import org.mer.command.ModalityJob;
import org.mer.command.ParameterNames;
import org.mer.core.Progress;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;

/**
 * Create MESTI and Create Input Modality as ImageJ 1.x shells over {@link ModalityJob}. The
 * result is shown (in batch mode it becomes the current image).
 */
abstract class ModalityPlugin extends MerPlugin {
	private final boolean chooseModality;

	ModalityPlugin(boolean chooseModality) {
		this.chooseModality = chooseModality;
	}

	@Override
	protected String title() {
		return chooseModality ? "Create Input Modality" : "Create MESTI";
	}

	@Override
	protected void addFields(GenericDialog gd) {
		gd.addFileField(label(ParameterNames.CLIP), "", 40);
		gd.addMessage("Clip: a frame folder or video; empty uses the current image.");
		if (chooseModality) gd.addChoice(label(ParameterNames.MODALITY), ParameterNames.modalities(), ParameterNames.DEFAULT_MODALITY);
		gd.addNumericField(label(ParameterNames.ONSET_FRAME), 0, 0);
		gd.addNumericField(label(ParameterNames.APEX_FRAME), 0, 0);
		gd.addNumericField(label(ParameterNames.OFFSET_FRAME), 0, 0);
		gd.addMessage("0 = first frame, spotted apex, last frame.");
		gd.addChoice(label(ParameterNames.WEIGHTING), ParameterNames.weightings(), ParameterNames.DEFAULT_WEIGHTING);
		gd.addChoice(label(ParameterNames.OUTPUT_TYPE), ParameterNames.outputTypes(), ParameterNames.DEFAULT_OUTPUT_TYPE);
		gd.addCheckbox(label(ParameterNames.CROP_FACE), false);
		gd.addFileField(label(ParameterNames.OUTPUT_FILE), "", 40);
	}

	@Override
	protected void execute(GenericDialog gd, Progress progress) {
		String clip = gd.getNextString();
		ModalityKind kind = chooseModality ? Ids.parse(ModalityKind.class, gd.getNextChoice(), "modality") : ModalityKind.MESTI;
		int onset = nonNegativeInt(gd, ParameterNames.ONSET_FRAME);
		int apex = nonNegativeInt(gd, ParameterNames.APEX_FRAME);
		int offset = nonNegativeInt(gd, ParameterNames.OFFSET_FRAME);
		MestiWeighting weighting = Ids.parse(MestiWeighting.class, gd.getNextChoice(), "weighting");
		String outputType = gd.getNextChoice();
		boolean cropFace = gd.getNextBoolean();
		String outputFile = gd.getNextString();
		ImagePlus current = clip.trim().isEmpty() ? WindowManager.getCurrentImage() : null;
		ModalitySettings settings = ModalitySettings.of(kind).withWeighting(weighting);
		ImagePlus result = ModalityJob.run(current, clip, new ClipRange(onset, apex, offset), settings, outputType, cropFace, outputFile, progress);
		result.show();
	}
}
