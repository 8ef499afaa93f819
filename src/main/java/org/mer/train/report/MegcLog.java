package org.mer.train.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.train.FoldResult;
import org.mer.train.Metrics;
import org.mer.train.TestPrediction;
import org.mer.train.RunResult;

/**
 * The MEGC2019-style log ({@code megc2019_log.txt}), in the spirit of the MEGC2019 composite
 * recognition challenge, which asked for LOSO predictions per subject and scored UF1 and UAR on
 * the predictions pooled over subjects, for the composite and for each source database. The
 * challenge's own scripts are not available to this project, so the exact layout is this
 * project's (plain text, one item per line):
 * <pre>
 * # MEGC2019 log: &lt;dataset&gt;, &lt;protocol&gt;, classes: c0=&lt;name&gt; c1=&lt;name&gt; ...
 * Subject: &lt;test subjects, ';'-joined&gt; (fold &lt;name&gt;)
 * Sample: &lt;dataset&gt;:&lt;sample id&gt;
 * GT: [i, i, ...]            (class indices of the fold's samples, in the order of the Sample lines)
 * Predicted: [i, i, ...]
 * Correct: k/n
 * ... one block per fold ...
 * Composite: N=&lt;n&gt; UF1=&lt;0.0000&gt; UAR=&lt;0.0000&gt; ACC=&lt;0.0000&gt;
 * &lt;dataset&gt;: N=... UF1=... UAR=... ACC=...   (one line per source database when several)
 * </pre>
 * Classes absent from a ground truth are excluded from that line's UF1/UAR (SPEC §8).
 */
final class MegcLog {
	private MegcLog() {}

	static String format(RunResult run) {
		List<String> classes = run.classes();
		StringBuilder sb = new StringBuilder("# MEGC2019 log: ").append(run.dataset()).append(", ")
			.append(run.settings().protocol().id()).append(", classes:");
		for (int c = 0; c < classes.size(); c++)
			sb.append(" c").append(c).append('=').append(classes.get(c));
		sb.append('\n');
		for (FoldResult f : run.folds()) {
			sb.append("Subject: ").append(String.join(";", f.testSubjects())).append(" (fold ").append(f.name()).append(")\n");
			StringBuilder gt = new StringBuilder(), pred = new StringBuilder();
			int correct = 0;
			for (TestPrediction p : f.predictions()) {
				sb.append("Sample: ").append(p.dataset()).append(':').append(p.sampleId()).append('\n');
				gt.append(gt.length() == 0 ? "" : ", ").append(p.truth());
				pred.append(pred.length() == 0 ? "" : ", ").append(p.predicted());
				if (p.correct()) correct++;
			}
			sb.append("GT: [").append(gt).append("]\n");
			sb.append("Predicted: [").append(pred).append("]\n");
			sb.append("Correct: ").append(correct).append('/').append(f.predictions().size()).append('\n');
		}
		sb.append(line("Composite", run.pooled()));
		Map<String, Metrics> perDataset = run.perDataset();
		if (perDataset.size() > 1) perDataset.forEach((d, m) -> sb.append(line(d, m)));
		return sb.toString();
	}

	private static String line(String name, Metrics m) {
		return String.format(Locale.ROOT, "%s: N=%d UF1=%.4f UAR=%.4f ACC=%.4f\n", name, m.n(), m.uf1(), m.uar(), m.acc());
	}
}
