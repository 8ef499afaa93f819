package org.mer.plugin;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import org.mer.app.AboutText;

/** Plugins &gt; Micro-expression &gt; About MESTI-MEGANet (ImageJ 1.x): {@link AboutText} in a message or the Log. */
public class AboutPlugin implements PlugIn {
	@Override
	public void run(String arg) {
		String text = AboutText.text();
		if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) IJ.log(text);
		else IJ.showMessage("About MESTI-MEGANet", text);
	}
}
