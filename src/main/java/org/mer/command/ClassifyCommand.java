package org.mer.command;

import java.util.Arrays;

import ij.ImagePlus;

import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.ij.AttentionStyle;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.module.MutableModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

/**
 * Plugins &gt; Micro-expression &gt; Classify Micro-expression ({@link ClassifyJob}): the result
 * image with the attention overlay, a row in the {@value PredictionsTable#TITLE} table and,
 * with an output folder, the files of {@link ClassifyOutputs}. A {@link DynamicCommand} so that
 * the installed models are offered as choices; run it with
 * {@code moduleService.run(commandService.getCommand(ClassifyCommand.class), true, inputs)} to
 * get its outputs (SciJava's CommandService returns no future for dynamic commands).
 */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Classify Micro-expression")
public class ClassifyCommand extends DynamicCommand {
	@Parameter
	private StatusService status;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private UIService ui;

	@Parameter(required = false, label = "Image", description = "Current image (a stack of frames); used when no clip path is given")
	private ImagePlus image;

	@Parameter(required = false, persist = false, label = "Clip (frame folder or video)", description = "Empty: the current image")
	private String clip = "";

	@Parameter(persist = false, label = "Onset frame", description = "0 = first frame", min = "0")
	private int onset_frame;

	@Parameter(persist = false, label = "Apex frame", description = "0 = spotted", min = "0")
	private int apex_frame;

	@Parameter(persist = false, label = "Offset frame", description = "0 = last frame", min = "0")
	private int offset_frame;

	@Parameter(persist = false, label = "Crop face")
	private boolean crop_face;

	@Parameter(persist = false, label = "Installed model", initializer = "initModels")
	private String model = ParameterNames.DEFAULT_MODEL;

	@Parameter(required = false, persist = false, label = "Model folder", description = "Any model folder; when set it is used instead of the installed model")
	private String model_folder = "";

	@Parameter(persist = false, label = "Device", choices = { ParameterNames.CHOICE_AUTO, ParameterNames.CHOICE_CPU, ParameterNames.CHOICE_GPU })
	private String device = ParameterNames.DEFAULT_DEVICE;

	@Parameter(persist = false, label = "Show attention")
	private boolean show_attention = true;

	@Parameter(persist = false, label = "Overlay on", choices = { ParameterNames.CHOICE_MODALITY_IMAGE, ParameterNames.CHOICE_APEX_FRAME })
	private String overlay_on = ParameterNames.CHOICE_MODALITY_IMAGE;

	@Parameter(persist = false, label = "Heat LUT", choices = { ParameterNames.CHOICE_HEAT, ParameterNames.CHOICE_INFERNO, ParameterNames.CHOICE_JET })
	private String heat_lut = ParameterNames.DEFAULT_HEAT_LUT;

	@Parameter(persist = false, label = "Opacity", min = "0", max = "1", stepSize = "0.05")
	private double opacity = ParameterNames.DEFAULT_OPACITY;

	@Parameter(persist = false, label = "Quantile (regions: pixels above it)", min = "0", max = "0.999")
	private double quantile = ParameterNames.DEFAULT_QUANTILE;

	@Parameter(required = false, persist = false, label = "Output folder", description = "Empty: write nothing; else predictions.csv, image PNG, attention PNG/TIFF/ROI zip")
	private String output_folder = "";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus result;

	@Parameter(type = ItemIO.OUTPUT, label = "Predicted class")
	private String prediction;

	/** Offers the installed models (under {@code <ImageJ>/models/MEGANet/}) as choices. */
	protected void initModels() {
		MutableModuleItem<String> item = getInfo().getMutableInput(ParameterNames.MODEL, String.class);
		item.setChoices(Arrays.asList(InstalledModels.choices()));
	}

	@Override
	public void run() {
		MerCommand.run(this, status, log, ui, "Classify Micro-expression", this::execute);
	}

	private void execute(Progress progress) {
		AttentionStyle style = new AttentionStyle(heat_lut, opacity, quantile);
		Classified c = ClassifyJob.run(image, clip, new ClipRange(onset_frame, apex_frame, offset_frame), crop_face, InstalledModels.resolve(model, model_folder),
			device, overlay_on, progress);
		ClassifyOutputs.write(output_folder, c, style);
		PredictionsTable.add(c);
		if (show_attention && c.prediction().hasAttention()) AttentionJob.show(c.image(), ParameterNames.CHOICE_MEAN, style, "");
		result = c.image();
		prediction = c.prediction().predictedName();
	}
}
