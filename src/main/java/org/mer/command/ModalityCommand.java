package org.mer.command;

import ij.ImagePlus;

import org.mer.app.MakeModality;
import org.mer.app.ParamValues;
import org.mer.core.Progress;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;

/**
 * What Create MESTI and Create Input Modality share: the clip (a path, or the current image), its
 * range, the weighting, the output type and file, the face crop and the apex method; the result
 * image is the command's output ({@link MakeModality}).
 */
abstract class ModalityCommand extends ClipCommand {
	@Parameter(persist = false)
	private String weighting;

	@Parameter(persist = false)
	private String output_type;

	@Parameter(required = false, persist = false)
	private String output_file;

	@Parameter(persist = false)
	private String apex_method;

	@Parameter(persist = false)
	private String align;

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus result;

	@Override
	protected void execute(ParamValues values, Progress progress) {
		MakeModality.Result r = MakeModality.run(values, currentImage(), progress);
		r.lines().forEach(progress::log);
		result = r.imagePlus();
	}
}
