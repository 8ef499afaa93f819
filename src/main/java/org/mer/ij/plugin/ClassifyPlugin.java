package org.mer.ij.plugin;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;

import org.mer.clip.ClipRange;
import org.mer.command.AttentionJob;
import org.mer.command.ClassifyJob;
import org.mer.command.ClassifyOutputs;
import org.mer.command.Classified;
import org.mer.command.InstalledModels;
import org.mer.command.ParameterNames;
import org.mer.command.PredictionsTable;
import org.mer.core.Progress;
import org.mer.ij.AttentionStyle;

/** Plugins &gt; Micro-expression &gt; Classify Micro-expression (ImageJ 1.x shell over {@link ClassifyJob}). */
public class ClassifyPlugin extends MerPlugin {
	@Override
	protected String title() {
		return "Classify Micro-expression";
	}

	@Override
	protected void addFields(GenericDialog gd) {
		gd.addFileField(label(ParameterNames.CLIP), "", 40);
		gd.addMessage("Clip: a frame folder or video; empty uses the current image.");
		gd.addNumericField(label(ParameterNames.ONSET_FRAME), 0, 0);
		gd.addNumericField(label(ParameterNames.APEX_FRAME), 0, 0);
		gd.addNumericField(label(ParameterNames.OFFSET_FRAME), 0, 0);
		gd.addCheckbox(label(ParameterNames.CROP_FACE), false);
		String[] models = InstalledModels.choices();
		gd.addChoice(label(ParameterNames.MODEL), models, models[0]);
		gd.addDirectoryField(label(ParameterNames.MODEL_FOLDER), "", 40);
		gd.addChoice(label(ParameterNames.DEVICE), ParameterNames.devices(), ParameterNames.DEFAULT_DEVICE);
		gd.addCheckbox(label(ParameterNames.SHOW_ATTENTION), true);
		gd.addChoice(label(ParameterNames.OVERLAY_ON), new String[] { ParameterNames.CHOICE_MODALITY_IMAGE, ParameterNames.CHOICE_APEX_FRAME },
			ParameterNames.CHOICE_MODALITY_IMAGE);
		AttentionFields.add(gd);
		gd.addDirectoryField(label(ParameterNames.OUTPUT_FOLDER), "", 40);
	}

	@Override
	protected void execute(GenericDialog gd, Progress progress) {
		String clip = gd.getNextString();
		int onset = nonNegativeInt(gd, ParameterNames.ONSET_FRAME);
		int apex = nonNegativeInt(gd, ParameterNames.APEX_FRAME);
		int offset = nonNegativeInt(gd, ParameterNames.OFFSET_FRAME);
		boolean cropFace = gd.getNextBoolean();
		String model = gd.getNextChoice();
		String modelFolder = gd.getNextString();
		String device = gd.getNextChoice();
		boolean showAttention = gd.getNextBoolean();
		String overlayOn = gd.getNextChoice();
		AttentionStyle style = AttentionFields.read(gd);
		String outputFolder = gd.getNextString();
		ImagePlus current = clip.trim().isEmpty() ? WindowManager.getCurrentImage() : null;
		Classified c = ClassifyJob.run(current, clip, new ClipRange(onset, apex, offset), cropFace, InstalledModels.resolve(model, modelFolder), device,
			overlayOn, progress);
		ClassifyOutputs.write(outputFolder, c, style);
		PredictionsTable.add(c);
		c.image().show();
		if (showAttention && c.prediction().hasAttention()) AttentionJob.show(c.image(), ParameterNames.CHOICE_MEAN, style, "");
	}
}
