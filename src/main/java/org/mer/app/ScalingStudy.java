package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.Architecture;
import org.mer.train.FoldExecutor;
import org.mer.train.ModalityCache;
import org.mer.train.MultiSeedCell;
import org.mer.train.MultiSeedReport;
import org.mer.train.SeedPlan;
import org.mer.train.SignificanceSettings;
import org.mer.train.TrainSettings;
import org.mer.train.VariantComparison;

/**
 * The input-normalisation study (issue 13 §4b): the same multi-seed comparison grid
 * ({@link MultiSeedGrid}) once per input scaling, each in {@code <out>/<scaling id>/} (its own
 * comparison.md with cells, intervals and the paper's paired tests), then every scaling against
 * the first (the reference, normally minmax) cell by cell ({@link VariantComparison}:
 * {@code <out>/variants.md}, {@code variants.csv}, {@code variants-differences.csv}). Every run is
 * checkpointed, so a rerun with {@code resume} only trains what is missing. Not thread safe (one
 * training per JVM without an executor).
 */
public final class ScalingStudy {
	private ScalingStudy() {}

	/**
	 * @param scalings at least two, the reference first
	 * @param base protocol, optimisation, device and input size of every run; modality, network,
	 *          seed and scaling are replaced per run
	 * @param width network width; 0 = each architecture's default
	 * @param folds where the folds are trained; null = in this thread
	 * @throws InputException for fewer than two scalings or two of the same kind, or an output folder that may not be written
	 */
	public static VariantComparison run(Dataset dataset, List<ModalitySettings> modalities, List<Architecture> networks, TrainSettings base, int width,
		List<ScalingSettings> scalings, SeedPlan seeds, ModalityCache cache, Path out, boolean resume, FoldExecutor folds, Progress progress)
		throws IOException
	{
		if (scalings.size() < 2) throw new InputException("the scaling study needs at least two input scalings, got " + scalings);
		ProtectedPaths.Builder protect = ProtectedPaths.builder().output(cache == null ? null : cache.folder());
		for (Sample s : dataset.samples())
			protect.input(s.frames());
		OwnedFolder.claim(out, OutputKind.COMPARISON, protect.build(), VariantComparison.MARKDOWN);
		Map<String, List<MultiSeedCell>> variants = new LinkedHashMap<>();
		for (ScalingSettings scaling : scalings) {
			String id = scaling.kind().id();
			if (variants.containsKey(id)) throw new InputException("the scaling study lists input scaling " + id + " twice");
			progress.log("scaling study: input scaling " + scaling);
			MultiSeedReport report = MultiSeedGrid.run(dataset.name(), dataset.samples(), dataset.classes().classes(), modalities, networks,
				base.toBuilder().scaling(scaling).build(), width, seeds, cache, out.resolve(id), resume, folds, SignificanceSettings.defaults(), progress);
			variants.put(id, report.cells());
		}
		VariantComparison study = VariantComparison.of("input scaling", scalings.get(0).kind().id(), variants, SignificanceSettings.defaults(), progress);
		if (!dataset.samples().isEmpty() && SyntheticDatasetGenerator.isSynthetic(dataset.samples().get(0).frames()))
			study = study.withNote(MultiSeedGrid.SYNTHETIC_NOTE);
		study.write(out);
		progress.log("scaling study written to " + out.resolve(VariantComparison.MARKDOWN));
		return study;
	}
}
