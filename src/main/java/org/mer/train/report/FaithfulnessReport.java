package org.mer.train.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mer.attention.AttentionScore;
import org.mer.attention.AttentionView;
import org.mer.attention.FaithfulnessTally;
import org.mer.train.RunResult;
import org.mer.train.TestPrediction;

/**
 * The attention faithfulness part of an evaluation report (issue 13 §4): how often each fold
 * network's attention map peaks inside the region where the face truly moved (pointing game),
 * the share of its attention mass inside that region, and the chance level of both (the
 * region's area share), per true class and pooled, for the run's modality and network. Only
 * synthetic datasets carry the regions (the generator's apex masks); otherwise the report says
 * "no masks". Written as
 * <ul>
 * <li>{@code attention_faithfulness} in report.json ({@link #toMap}): status, method note,
 * modality, network, the headline view ({@link AttentionView#DEFAULT}) per class and pooled, and
 * every scored view pooled ({@code by_view});</li>
 * <li>{@value #CSV}: modality, network, view, map, upsampling, class ({@value #ALL} = pooled), n,
 * pointing_rate, pointing_chance, mass_share, mass_chance; one row per view and class (header
 * only when nothing was scored);</li>
 * <li>one line of the printed summary ({@link #summaryLine}).</li>
 * </ul>
 * Stateless.
 */
public final class FaithfulnessReport {
	public static final String CSV = "attention_faithfulness.csv";
	/** The class column's value for the rows pooled over classes. */
	public static final String ALL = "(all)";
	static final String SCORED = "scored", NO_MASKS = "no masks", NO_MAPS = "no attention maps";
	static final String METHOD = "Computed on each fold's test samples with that fold's network, at the network input resolution S x S: "
		+ "the block maps are upsampled to S x S and combined as the view says; the apex mask the synthetic generator wrote "
		+ "(where the micro-expression moved the face by more than 0.1 px) is resized to S x S like the modality image "
		+ "(area averaging when shrinking) and a pixel is in the region when at least half covered. pointing_rate: share of "
		+ "samples whose map peaks inside the region (ties split); mass_share: attention inside / attention in the map; "
		+ "chance (both): the region's area share, what a random map scores. Synthetic data: these numbers are synthetic.";

	private FaithfulnessReport() {}

	/** "scored", "no masks" (no test sample had a moving region) or "no attention maps" (the network has none). */
	static String status(RunResult run) {
		if (run.settings().network().architecture().attentionMaps() == 0) return NO_MAPS;
		for (TestPrediction p : run.predictions())
			if (!p.attention().isEmpty()) return SCORED;
		return NO_MASKS;
	}

	/** The report.json section. */
	public static Map<String, Object> toMap(RunResult run) {
		Map<String, Object> m = new LinkedHashMap<>();
		String status = status(run);
		m.put("status", status);
		m.put("modality", run.settings().modality().key());
		m.put("network", run.settings().network().architecture().id());
		if (!status.equals(SCORED)) return m;
		m.put("method", METHOD);
		m.put("input_size", run.settings().inputSize());
		String view = AttentionView.DEFAULT.id();
		m.put("view", view);
		Map<String, FaithfulnessTally> headline = tallies(run, view);
		m.put("all", headline.get(ALL).toMap());
		Map<String, Object> perClass = new LinkedHashMap<>();
		for (String c : run.classes())
			perClass.put(c, headline.get(c).toMap());
		m.put("per_class", perClass);
		int scored = headline.get(ALL).n();
		m.put("samples_not_scored", run.predictions().size() - scored);
		Map<String, Object> byView = new LinkedHashMap<>();
		for (String v : views(run))
			byView.put(v, tallies(run, v).get(ALL).toMap());
		m.put("by_view", byView);
		return m;
	}

	/**
	 * "attention faithfulness (max@bilinear, n = 96, synthetic masks): pointing 0.620 (chance
	 * 0.114), mass in region 0.128 (chance 0.114)", or "attention faithfulness: no masks".
	 */
	public static String summaryLine(RunResult run) {
		String status = status(run);
		if (!status.equals(SCORED)) return "attention faithfulness: " + status;
		String view = AttentionView.DEFAULT.id();
		FaithfulnessTally all = tallies(run, view).get(ALL);
		return String.format(Locale.ROOT, "attention faithfulness (%s, n = %d, synthetic masks): pointing %.3f (chance %.3f), mass in region %.3f (chance %.3f)",
			view, all.n(), all.pointingRate(), all.chance(), all.massShare(), all.chance());
	}

	static void writeCsv(RunResult run, Path dir) throws IOException {
		String modality = run.settings().modality().key(), network = run.settings().network().architecture().id();
		List<List<Object>> rows = new ArrayList<>();
		for (String view : views(run)) {
			int at = view.lastIndexOf('@');
			String map = at < 0 ? view : view.substring(0, at), upsampling = at < 0 ? "" : view.substring(at + 1);
			for (Map.Entry<String, FaithfulnessTally> e : tallies(run, view).entrySet()) {
				FaithfulnessTally t = e.getValue();
				rows.add(List.of(modality, network, view, map, upsampling, e.getKey(), t.n(), num(t.pointingRate()), num(t.chance()),
					num(t.massShare()), num(t.chance())));
			}
		}
		ReportTables.write(dir.resolve(CSV), List.of("modality", "network", "view", "map", "upsampling", "class", "n", "pointing_rate",
			"pointing_chance", "mass_share", "mass_chance"), rows);
	}

	private static String num(double v) {
		return Double.isNaN(v) ? "" : ReportTables.num(v);
	}

	/** The view ids scored in the run, in the order first seen. */
	static Set<String> views(RunResult run) {
		Set<String> views = new LinkedHashSet<>();
		for (TestPrediction p : run.predictions())
			views.addAll(p.attention().keySet());
		return views;
	}

	/** One tally per class of the run (by true class, class order), then {@link #ALL}, of the predictions that scored {@code view}. */
	static Map<String, FaithfulnessTally> tallies(RunResult run, String view) {
		Map<String, FaithfulnessTally> out = new LinkedHashMap<>();
		for (String c : run.classes())
			out.put(c, new FaithfulnessTally());
		FaithfulnessTally all = new FaithfulnessTally();
		for (TestPrediction p : run.predictions()) {
			AttentionScore s = p.attention().get(view);
			if (s == null) continue;
			out.get(run.classes().get(p.truth())).add(s);
			all.add(s);
		}
		out.put(ALL, all);
		return out;
	}
}
