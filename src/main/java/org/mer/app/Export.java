package org.mer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mer.clip.ApexMethod;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.export.DatasetExport;
import org.mer.export.ExportFormat;
import org.mer.export.ExportSettings;
import org.mer.ij.ImageJFiles;
import org.mer.mesti.ModalitySettings;

/**
 * Export Modality Images ({@link UseCase#EXPORT}) for every front end: reads the dataset, computes
 * the chosen modalities of every sample at the input size and writes them with a manifest, the
 * leave-one-subject-out folds and a settings file with SHA-256 hashes
 * ({@link DatasetExport}; docs/export.md). TIFFs are ImageJ TIFFs ({@link ImageJFiles}).
 * Stateless.
 */
public final class Export {
	private Export() {}

	/** What was written: the lines to print or log, and the export folder. */
	public static final class Result {
		private final List<String> lines;
		private final Path folder;

		Result(List<String> lines, Path folder) {
			this.lines = lines;
			this.folder = folder;
		}

		public List<String> lines() { return lines; }
		public Path folder() { return folder; }
	}

	/**
	 * @throws InputException naming the parameter for a bad value, the sample whose modality
	 *           cannot be computed, or the folder when it may not be written
	 */
	public static Result run(ParamValues v, Progress progress) {
		Path out = v.path(TrainingParams.RESULT_FOLDER);
		if (out == null) throw v.error(TrainingParams.RESULT_FOLDER, "is missing: give the folder to export to");
		if (v.list(TrainingParams.MODALITIES).isEmpty()) throw v.error(TrainingParams.MODALITIES, "is empty: give at least one modality");
		List<ModalitySettings> modalities;
		ExportSettings settings;
		try {
			modalities = ComparisonGrid.modalities(v.text(TrainingParams.MODALITIES), v.choice(Params.APEX_METHOD, ApexMethod.class));
			settings = ExportSettings.builder().modalities(modalities).inputSize(v.get(TrainingParams.INPUT_SIZE))
				.format(v.choice(Params.EXPORT_FORMAT, ExportFormat.class)).build();
		}
		catch (InputException e) {
			throw v.error(TrainingParams.MODALITIES, e.getMessage());
		}
		Dataset dataset = Inputs.dataset(v, progress);
		DatasetExport.Result r;
		try {
			r = DatasetExport.export(dataset, settings, out, (xyc, info, file) -> ImageJFiles.writeTiff(xyc, file, info), progress);
		}
		catch (IOException e) {
			throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
		}
		List<String> lines = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (ModalitySettings m : modalities)
			names.add(ExportSettings.name(m));
		lines.add("exported " + r.samples() + " samples of " + dataset.name() + " (" + String.join(", ", names) + ", " + settings.inputSize() + " x "
			+ settings.inputSize() + ", " + settings.format().id() + ") to " + out.toAbsolutePath());
		lines.add("settings sha256: " + r.settingsSha256() + " (export.json lists the sha256 of all " + (r.files().size() - 1) + " other files)");
		return new Result(lines, out);
	}
}
