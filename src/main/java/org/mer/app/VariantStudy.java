package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.Sample;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.mesti.ModalitySettings;
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
 * One setting studied by variants (the input scaling, the face alignment
 * of issue 12; {@link SettingStudy}): the same multi-seed comparison grid ({@link MultiSeedGrid}) once per variant, each
 * in {@code <out>/<variant id>/} with its own comparison.md, then every variant against the first
 * (the reference) cell by cell ({@link VariantComparison}: {@code <out>/variants.md},
 * {@code variants.csv}, {@code variants-differences.csv}). A variant may change the modality
 * settings (and so the cell keys): cells are paired by their position in the grid (modality i x
 * network j), and the tables show them under the reference's names. Every run is checkpointed,
 * so a rerun with {@code resume} only trains what is missing. Not thread safe (one training per
 * JVM without an executor).
 */
public final class VariantStudy {
	private VariantStudy() {}

	/** One value of the studied setting: how it changes the base settings and each modality. Immutable. */
	public static final class Variant {
		private final String id;
		private final UnaryOperator<TrainSettings> settings;
		private final UnaryOperator<ModalitySettings> modality;

		/**
		 * @param id folder name and table label (e.g. "minmax", "similarity")
		 * @param settings applied to the base settings of every run of this variant
		 * @param modality applied to each modality of the grid
		 */
		public Variant(String id, UnaryOperator<TrainSettings> settings, UnaryOperator<ModalitySettings> modality) {
			this.id = Objects.requireNonNull(id, "id");
			this.settings = Objects.requireNonNull(settings, "settings");
			this.modality = Objects.requireNonNull(modality, "modality");
		}

		public String id() { return id; }
	}

	/**
	 * @param setting what varies, for titles (e.g. "input scaling")
	 * @param variants at least two, the reference first, ids distinct
	 * @param base protocol, optimisation, device and input size of every run; modality, network and
	 *          seed are replaced per run
	 * @param width network width; 0 = each architecture's default
	 * @param folds where the folds are trained; null = in this thread
	 * @throws InputException for fewer than two variants, a repeated id, or an output folder that may not be written
	 */
	public static VariantComparison run(String setting, Dataset dataset, List<ModalitySettings> modalities, List<Architecture> networks,
		TrainSettings base, int width, List<Variant> variants, SeedPlan seeds, ModalityCache cache, Path out, boolean resume, FoldExecutor folds,
		Progress progress) throws IOException
	{
		if (variants.size() < 2) throw new InputException("the " + setting + " study needs at least two variants, got " + variants.size());
		ProtectedPaths.Builder protect = ProtectedPaths.builder().output(cache == null ? null : cache.folder());
		for (Sample s : dataset.samples())
			protect.input(s.frames());
		OwnedFolder.claim(out, OutputKind.COMPARISON, protect.build(), VariantComparison.MARKDOWN);
		Map<String, List<MultiSeedCell>> cells = new LinkedHashMap<>();
		List<MultiSeedCell> reference = null;
		for (Variant variant : variants) {
			if (cells.containsKey(variant.id)) throw new InputException("the " + setting + " study lists " + variant.id + " twice");
			progress.log(setting + " study: " + variant.id);
			List<ModalitySettings> changed = new ArrayList<>();
			for (ModalitySettings m : modalities)
				changed.add(variant.modality.apply(m));
			MultiSeedReport report = MultiSeedGrid.run(dataset.name(), dataset.samples(), dataset.classes().classes(), changed, networks,
				variant.settings.apply(base), width, seeds, cache, out.resolve(variant.id), resume, folds, SignificanceSettings.defaults(), progress);
			List<MultiSeedCell> grid = report.cells();
			if (reference == null) reference = grid;
			cells.put(variant.id, reference == grid ? grid : underReferenceNames(grid, reference));
		}
		VariantComparison study = VariantComparison.of(setting, variants.get(0).id, cells, SignificanceSettings.defaults(), progress);
		if (!dataset.samples().isEmpty() && SyntheticDatasetGenerator.isSynthetic(dataset.samples().get(0).frames()))
			study = study.withNote(MultiSeedGrid.SYNTHETIC_NOTE);
		study.write(out);
		progress.log(setting + " study written to " + out.resolve(VariantComparison.MARKDOWN));
		return study;
	}

	private static List<MultiSeedCell> underReferenceNames(List<MultiSeedCell> grid, List<MultiSeedCell> reference) {
		if (grid.size() != reference.size()) throw new IllegalStateException("grids of " + grid.size() + " and " + reference.size() + " cells");
		List<MultiSeedCell> renamed = new ArrayList<>();
		for (int i = 0; i < grid.size(); i++)
			renamed.add(new MultiSeedCell(reference.get(i).cell(), grid.get(i).runs()));
		return renamed;
	}
}
