package org.mer.command;

import org.mer.core.Progress;
import org.mer.train.Metrics;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Evaluate (Leave-One-Subject-Out) ({@link TrainingJob#evaluate}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Evaluate (Leave-One-Subject-Out)")
public class EvaluateCommand extends OneNetworkCommand {
	@Parameter(type = ItemIO.OUTPUT, label = "UF1")
	private double uf1;

	@Parameter(type = ItemIO.OUTPUT, label = "UAR")
	private double uar;

	@Parameter(type = ItemIO.OUTPUT, label = "ACC")
	private double acc;

	@Override
	protected String title() {
		return "Evaluate (Leave-One-Subject-Out)";
	}

	@Override
	protected void execute(Progress progress) {
		Metrics pooled = TrainingJob.evaluate(request(), resultFolder(), progress).pooled();
		uf1 = pooled.uf1();
		uar = pooled.uar();
		acc = pooled.acc();
	}
}
