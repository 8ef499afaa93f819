package org.mer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.mer.app.ClassifySpotted;
import org.mer.app.ParamValues;
import org.mer.app.Params;
import org.mer.app.SpotEvaluate;
import org.mer.app.SpotParams;
import org.mer.app.SpotRecordings;
import org.mer.core.InputException;
import org.mer.spot.SpotBatch;
import org.mer.spot.SpottedInterval;

/**
 * The spotting subcommands ({@code spot}, {@code spot-evaluate}, {@code classify --spot}): each
 * calls one use case and prints what it returns. Exit code 2 when a recording could not be
 * spotted (or only part way, or an interval not classified): the CSV then holds its error row and
 * what was found, and each problem is one line on stderr; one recording alone fails with its one
 * line.
 */
final class SpotSubcommands {
	private SpotSubcommands() {}

	static int spot(ParamValues v, PrintWriter out, PrintWriter err) throws Exception {
		boolean one = v.path(Params.CLIP) != null;
		SpotBatch.Summary s = SpotRecordings.run(v, Subcommands.progress(err), (job, o) -> {
			if (one) for (SpottedInterval i : o.intervals())
				out.println(job.path() + ": " + i);
		});
		out.println(s + "; intervals in " + v.path(SpotParams.INTERVALS_FILE));
		return exit(s, v, err);
	}

	static int classifySpotted(ParamValues v, PrintWriter out, PrintWriter err) throws Exception {
		boolean one = v.path(Params.CLIP) != null;
		SpotBatch.Summary s = ClassifySpotted.run(v, Subcommands.progress(err), (job, o) -> {
			if (!one) return;
			int predicted = o.header().indexOf("predicted");
			for (List<String> row : o.rows())
				if (!row.get(1).isEmpty()) out.println(String.format(Locale.ROOT, "%s: %s %s..%s (apex %s)%s", job.path(), row.get(4), row.get(1), row.get(3),
					row.get(2), row.get(predicted).isEmpty() ? "" : ": " + row.get(predicted)));
		});
		out.println(s + "; predictions in " + v.path(Params.PREDICTIONS_FILE));
		return exit(s, v, err);
	}

	static int evaluate(ParamValues v, PrintWriter out, PrintWriter err) throws Exception {
		SpotEvaluate.Result r = SpotEvaluate.run(v, Subcommands.progress(err));
		Subcommands.print(r.lines(), out);
		for (String p : r.problems())
			err.println("mer: " + p);
		return r.problems().isEmpty() ? 0 : 2;
	}

	/** 0, or 2 after one line per problem (for one recording without its path: its messages name it). */
	private static int exit(SpotBatch.Summary s, ParamValues v, PrintWriter err) {
		if (s.failures().isEmpty()) return 0;
		String prefix = v.path(Params.CLIP) == null ? null : v.path(Params.CLIP).toString().replace('\\', '/') + ": ";
		for (String f : s.failures()) {
			String line = prefix != null && f.startsWith(prefix) ? f.substring(prefix.length()) : f;
			if (prefix != null && s.failures().size() == 1 && s.micro() + s.macro() == 0) throw new InputException(line);
			err.println("mer: " + line);
		}
		return 2;
	}
}
