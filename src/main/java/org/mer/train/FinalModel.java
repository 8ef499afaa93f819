package org.mer.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.model.ModelConfig;
import org.mer.model.ModelFolder;
import org.mer.model.Provenance;

/**
 * The model a user keeps after an evaluation: trained on all subjects
 * ({@link ProtocolRunner#trainFinal}) and saved as a model folder ({@link ModelFolder#save}) whose
 * provenance records the dataset, protocol, epochs, seed and the evaluation's pooled metrics
 * ({@code UF1}, {@code UAR}, {@code ACC}; these describe held-out subjects of the evaluation,
 * not this model, which has seen every subject). Stateless.
 */
public final class FinalModel {
	private FinalModel() {}

	/**
	 * {@link #trainAndSave(ProtocolRunner, List, RunResult, Path, ProtectedPaths, Progress)} protecting
	 * the examples' frame folders and the runner's cache.
	 */
	public static ModelConfig trainAndSave(ProtocolRunner runner, List<Example> examples, RunResult evaluation, Path modelDir,
		Progress progress) throws IOException
	{
		return trainAndSave(runner, examples, evaluation, modelDir, runner.inputsOf(examples), progress);
	}

	/**
	 * @param evaluation the finished evaluation run on the same examples
	 * @param protect what the model folder must not be or contain, besides the examples' frame
	 *          folders and the cache (which are always added): the report folder, the sheet
	 * @return the model.json content as written
	 * @throws org.mer.core.InputException when {@code modelDir} may not be replaced
	 *           ({@link ModelFolder#save}); checked before training
	 */
	public static ModelConfig trainAndSave(ProtocolRunner runner, List<Example> examples, RunResult evaluation, Path modelDir,
		ProtectedPaths protect, Progress progress) throws IOException
	{
		ProtectedPaths all = merge(protect, runner.inputsOf(examples));
		OwnedFolder.checkWritable(modelDir, OutputKind.MODEL, all);
		TrainSettings s = runner.settings();
		int epochs = runner.finalEpochs(evaluation);
		boolean synthetic = !examples.isEmpty() && SyntheticDatasetGenerator.isSynthetic(examples.get(0).sample().frames());
		try (TrainedNetwork net = runner.trainFinal(examples, evaluation, progress)) {
			Metrics m = evaluation.pooled();
			Map<String, Double> metrics = new LinkedHashMap<>();
			metrics.put("UF1", m.uf1());
			metrics.put("UAR", m.uar());
			metrics.put("ACC", m.acc());
			String trainedOn = String.format(Locale.ROOT,
				"all %d samples of %s (%d subjects), %d epochs; metrics: %s %s pooled over %d folds (%s)", examples.size(),
				evaluation.dataset(), Folds.subjects(samplesOf(examples)).size(), epochs, s.protocol().id(),
				"evaluation", evaluation.folds().size(), s.modelSelection())
				+ (synthetic ? "; synthetic data only: a demonstration model, not a clinical or research-grade model" : "");
			Provenance provenance = Provenance.now(synthetic ? "synthetic (" + evaluation.dataset() + " layout)" : evaluation.dataset(), s.protocol().id(), epochs, s.seed(), metrics, trainedOn);
			ModelConfig config = new ModelConfig(s.network(), evaluation.classes(), s.modality(), net.stats().scaling(),
				net.stats().mean(), net.stats().std(), provenance, new ArrayList<>());
			ModelConfig written = ModelFolder.save(net.block(), config, modelDir, all);
			progress.log("model saved to " + modelDir + " (" + trainedOn + ")");
			return written;
		}
	}

	private static ProtectedPaths merge(ProtectedPaths a, ProtectedPaths b) {
		ProtectedPaths.Builder m = a.toBuilder();
		b.inputs().forEach(m::input);
		b.outputs().forEach(m::output);
		return m.build();
	}

	private static List<Sample> samplesOf(List<Example> examples) {
		List<Sample> list = new ArrayList<>();
		for (Example e : examples)
			list.add(e.sample());
		return list;
	}
}
