package org.mer.app;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.clip.ApexMethod;
import org.mer.core.Ids;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.Architecture;
import org.mer.net.NetworkSpec;
import org.mer.train.ModalityCache;
import org.mer.train.SeedPlan;
import org.mer.train.TrainSettings;
import org.mer.train.VariantComparison;

/**
 * A developer's launcher of {@link ScalingStudy} until a front end offers it (the study of
 * docs/statistics.md). Options ({@code --name value}; defaults are the documented study's):
 * {@code --root} (CASME II layout), {@code --out}, {@code --cache}, {@code --classes megc-3},
 * {@code --modalities mesti,dynamic-image,flow}, {@code --networks meganet}, {@code --scalings
 * minmax,percentile,zscore,dataset} (the first is the reference), {@code --seeds 3}, {@code --seed 0},
 * {@code --epochs 8}, {@code --input-size 64}, {@code --network-width 16}, {@code --batch-size 16}.
 * Always resumes: runs already checkpointed under {@code --out} (e.g. by {@code ./mer compare
 * --input-scaling X --out OUT/X} with the same settings) are read back, not trained again.
 */
public final class ScalingStudyMain {
	private ScalingStudyMain() {}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new LinkedHashMap<>(Map.of("--classes", "megc-3", "--modalities", "mesti,dynamic-image,flow", "--networks", "meganet",
			"--scalings", "minmax,percentile,zscore,dataset", "--seeds", "3", "--seed", "0", "--epochs", "8", "--input-size", "64", "--network-width",
			"16", "--batch-size", "16"));
		for (int i = 0; i + 1 < args.length; i += 2)
			o.put(args[i], args[i + 1]);
		Progress progress = new Progress() {
			@Override public void status(String message) {}
			@Override public void progress(double fraction) {}
			@Override public void log(String message) { System.err.println(message); }
			@Override public boolean isCanceled() { return false; }
		};
		Path root = Paths.get(o.get("--root")), out = Paths.get(o.get("--out"));
		Dataset dataset = DatasetReaders.readForTraining("casme2", root, null, o.get("--classes"), "--classes", progress);
		List<ModalitySettings> modalities = ComparisonGrid.modalities(o.get("--modalities"), ApexMethod.MOTION);
		List<Architecture> networks = ComparisonGrid.architectures(o.get("--networks"));
		List<ScalingSettings> scalings = new ArrayList<>();
		for (String id : o.get("--scalings").split(","))
			scalings.add(ScalingSettings.of(Ids.parse(InputScaling.class, id.trim(), "--scalings")));
		int width = Integer.parseInt(o.get("--network-width"));
		TrainSettings base = TrainSettings.builder(new NetworkSpec(networks.get(0), Integer.parseInt(o.get("--input-size")), width,
			dataset.classes().classes().size()), modalities.get(0)).epochs(Integer.parseInt(o.get("--epochs")))
			.batchSize(Integer.parseInt(o.get("--batch-size"))).device("cpu").build();
		Path cache = o.containsKey("--cache") ? Paths.get(o.get("--cache")) : out.resolve("modality-cache");
		VariantComparison study = ScalingStudy.run(dataset, modalities, networks, base, width, scalings,
			SeedPlan.parse(o.get("--seeds"), Long.parseLong(o.get("--seed")), "--seeds"), new ModalityCache(cache), out, true, null, progress);
		System.out.print(study.toMarkdown());
	}
}
