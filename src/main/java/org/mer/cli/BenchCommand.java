package org.mer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mer.bench.BenchOptions;
import org.mer.bench.Benchmarks;
import org.mer.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mer bench}: speed, memory and scaling, each as a ratio to a baseline of the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
	description = { "Benchmarks: MESTI vs memory bandwidth, MEGANet vs libtorch matmul, training, PyTorch baseline, scaling, spotting.",
		"Prints a table and writes OUT/results.json. Read the ratios: baselines are measured in the same run." })
public final class BenchCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--quick", description = "Fewer sizes and runs, scaling to 100 clips (a few minutes).")
	boolean quick;

	@Option(names = "--pytorch", description = "Also time scripts/meganet.py with the same threads and compare logits.")
	boolean pytorch;

	@Option(names = "--python", paramLabel = "EXE", description = "Python with torch for --pytorch (default ${DEFAULT-VALUE}).")
	String python = "/usr/bin/python3";

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default ${DEFAULT-VALUE}).")
	Path out = Path.of("target", "bench");

	@Option(names = "--section", split = ",", paramLabel = "N", description = "Run only these sections (1..6).")
	List<Integer> sections;

	@Override
	public Integer call() throws Exception {
		BenchOptions o = new BenchOptions();
		o.quick = quick;
		o.pytorch = pytorch;
		o.python = python;
		o.out = out;
		if (sections != null)
			for (int s : sections) {
				if (s < 1 || s > 6) throw new InputException("--section: expected 1..6, got " + s);
				o.sections.add(s);
			}
		PrintWriter w = spec.commandLine().getOut();
		Benchmarks.run(o, w);
		return 0;
	}
}
