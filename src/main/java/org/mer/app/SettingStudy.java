package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mer.align.AlignMode;
import org.mer.align.AlignSettings;
import org.mer.app.Choices.StudiedSetting;
import org.mer.clip.ApexMethod;
import org.mer.core.Identified;
import org.mer.core.Ids;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.exec.ExecutionEngine;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.Architecture;
import org.mer.train.SeedPlan;
import org.mer.train.TrainSettings;
import org.mer.train.VariantComparison;

/**
 * Compare Settings ({@link UseCase#STUDY}) for every front end: the comparison grid of
 * {@link TrainingParams#MODALITIES} x {@link TrainingParams#NETWORKS} x {@link TrainingParams#SEEDS}
 * once per value of {@link TrainingParams#STUDY} (face alignment or input scaling), each in
 * {@code <result folder>/<value>/}, then every value against the first
 * ({@link VariantStudy}; variants.md). The values come from {@link TrainingParams#VARIANTS}, or
 * are every value of the setting with the one its own parameter gives first. Input scalings take
 * their percentile and z-score limit from their parameters.
 */
public final class SettingStudy {
	private SettingStudy() {}

	/** Runs (or resumes) the study and writes it; the outcome's lines are the variants table. */
	public static Training.Outcome run(ParamValues v, Progress progress) {
		Path out = v.path(TrainingParams.RESULT_FOLDER);
		if (out == null) throw v.error(TrainingParams.RESULT_FOLDER, "is missing: give the folder to write to");
		StudiedSetting setting = v.choice(TrainingParams.STUDY, StudiedSetting.class);
		List<VariantStudy.Variant> variants = variants(v, setting);
		ApexMethod apexMethod = v.choice(Params.APEX_METHOD, ApexMethod.class);
		List<ModalitySettings> modalities = new ArrayList<>();
		for (ModalitySettings m : ComparisonGrid.modalities(v.text(TrainingParams.MODALITIES), apexMethod))
			modalities.add(m.withAlign(MakeModality.align(v)));
		List<Architecture> networks = ComparisonGrid.architectures(v.text(TrainingParams.NETWORKS));
		SeedPlan seeds = Training.seeds(v);
		Dataset dataset = Inputs.dataset(v, progress);
		TrainSettings base = Training.settings(v, dataset, networks.get(0), modalities.get(0)).toBuilder().seed(seeds.seeds().get(0)).build();
		VariantComparison study;
		try (ExecutionEngine engine = Inputs.engine(v)) {
			study = VariantStudy.run(setting.id(), dataset, modalities, networks, base, v.get(TrainingParams.NETWORK_WIDTH), variants, seeds,
				Training.cache(v, out), out, Training.resume(v), engine.folds(), progress);
		}
		catch (IOException e) {
			throw Training.cannotWrite(out, e);
		}
		List<String> lines = new ArrayList<>(List.of(study.toMarkdown().split("\n")));
		lines.add("table: " + out.resolve(VariantComparison.MARKDOWN).toAbsolutePath());
		return new Training.Outcome(lines, null, out, null);
	}

	/** The variants of the values' setting, the reference first; errors name {@link TrainingParams#VARIANTS}. */
	static List<VariantStudy.Variant> variants(ParamValues v, StudiedSetting setting) {
		String option = v.name(TrainingParams.VARIANTS);
		boolean align = setting == StudiedSetting.ALIGN;
		List<String> given = v.list(TrainingParams.VARIANTS);
		List<String> raw = new ArrayList<>();
		if (given.isEmpty()) {
			raw.add(align ? v.choice(Params.ALIGN, AlignMode.class).id() : v.choice(TrainingParams.INPUT_SCALING, InputScaling.class).id());
			for (Identified e : align ? AlignMode.values() : InputScaling.values())
				if (!raw.contains(e.id())) raw.add(e.id());
		}
		else raw.addAll(given);
		Set<String> ids = new LinkedHashSet<>();
		List<VariantStudy.Variant> variants = new ArrayList<>();
		for (String text : raw) {
			VariantStudy.Variant variant;
			if (align) {
				AlignSettings a = AlignSettings.of(Ids.parse(AlignMode.class, text, option));
				variant = new VariantStudy.Variant(a.mode().id(), b -> b, m -> m.withAlign(a));
			}
			else {
				ScalingSettings scaling = Training.scaling(v, Ids.parse(InputScaling.class, text, option));
				variant = new VariantStudy.Variant(scaling.kind().id(), b -> b.toBuilder().scaling(scaling).build(), m -> m);
			}
			if (!ids.add(variant.id())) throw v.error(TrainingParams.VARIANTS, "lists " + variant.id() + " twice");
			variants.add(variant);
		}
		if (variants.size() < 2) throw v.error(TrainingParams.VARIANTS, "needs at least two values of " + setting.id() + ", got " + ids);
		return variants;
	}
}
