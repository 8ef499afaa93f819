package org.mer.command;

import ij.ImagePlus;

import org.mer.core.Ids;
import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalitySettings;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Create MESTI: one clip to one MESTI image (see {@link ModalityJob}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Create MESTI")
public class CreateMestiCommand extends MerCommand {
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

	@Parameter(persist = false, label = "Weighting", choices = { ParameterNames.CHOICE_APEX_PEAK, ParameterNames.CHOICE_RANK_POOLED })
	private String weighting = ParameterNames.DEFAULT_WEIGHTING;

	@Parameter(persist = false, label = "Output type", choices = { ParameterNames.CHOICE_RAW, ParameterNames.CHOICE_8BIT })
	private String output_type = ParameterNames.DEFAULT_OUTPUT_TYPE;

	@Parameter(persist = false, label = "Crop face")
	private boolean crop_face;

	@Parameter(required = false, persist = false, label = "Output file (.tif or .png)", description = "Empty: write nothing")
	private String output_file = "";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus result;

	@Override
	protected String title() {
		return "Create MESTI";
	}

	@Override
	protected void execute(Progress progress) {
		ModalitySettings settings = ModalitySettings.mesti(Ids.parse(MestiWeighting.class, weighting, "weighting"));
		result = ModalityJob.run(image, clip, new ClipRange(onset_frame, apex_frame, offset_frame), settings, output_type, crop_face, output_file,
			progress);
	}
}
