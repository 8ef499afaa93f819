package org.mer.ij.plugin;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;

import org.mer.command.AttentionJob;
import org.mer.command.Classified;
import org.mer.command.ParameterNames;
import org.mer.core.InputException;
import org.mer.core.Progress;

/** Plugins &gt; Micro-expression &gt; Show Gradient Attention (ImageJ 1.x shell over {@link AttentionJob}). */
public class ShowAttentionPlugin extends MerPlugin {
	private ImagePlus image;

	@Override
	protected String title() {
		return "Show Gradient Attention";
	}

	@Override
	protected void addFields(GenericDialog gd) {
		image = WindowManager.getCurrentImage();
		Object c = image == null ? null : image.getProperty(Classified.PROPERTY);
		int blocks = c instanceof Classified ? ((Classified) c).prediction().attentionMaps().size() : 0;
		String[] maps = AttentionJob.mapChoices(blocks);
		gd.addChoice(label(ParameterNames.ATTENTION_MAP), maps, maps[0]);
		AttentionFields.add(gd);
		gd.addDirectoryField(label(ParameterNames.OUTPUT_FOLDER), "", 40);
	}

	@Override
	protected void execute(GenericDialog gd, Progress progress) {
		if (image == null) throw new InputException("no image open: run Classify Micro-expression first");
		String which = gd.getNextChoice();
		AttentionJob.show(image, which, AttentionFields.read(gd), gd.getNextString());
	}
}
