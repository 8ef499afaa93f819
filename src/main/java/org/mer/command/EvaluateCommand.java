package org.mer.command;

import org.mer.app.ParamValues;
import org.mer.app.Training;
import org.mer.app.UseCase;
import org.mer.core.Progress;
import org.mer.train.PooledMetric;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins &gt; Micro-expression &gt; Evaluate (Leave-One-Subject-Out) ({@link Training#evaluate}). */
@Plugin(type = Command.class, headless = true, menuPath = "Plugins>Micro-expression>Evaluate (Leave-One-Subject-Out)")
public class EvaluateCommand extends OneNetworkCommand {
	@Parameter(persist = false)
	private String seeds;

	@Parameter(type = ItemIO.OUTPUT, label = "UF1")
	private double uf1;

	@Parameter(type = ItemIO.OUTPUT, label = "UAR")
	private double uar;

	@Parameter(type = ItemIO.OUTPUT, label = "ACC")
	private double acc;

	@Override
	protected UseCase useCase() {
		return UseCase.EVALUATE;
	}

	@Override
	protected void execute(ParamValues values, Progress progress) {
		Training.Outcome outcome = Training.evaluate(values, progress);
		outcome.lines().forEach(progress::log);
		uf1 = outcome.pooled(PooledMetric.UF1);
		uar = outcome.pooled(PooledMetric.UAR);
		acc = outcome.pooled(PooledMetric.ACC);
	}
}
