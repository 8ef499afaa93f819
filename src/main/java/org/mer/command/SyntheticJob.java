package org.mer.command;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.mer.core.Ids;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;

/** Generate Synthetic Dataset, shared by the SciJava command and the ImageJ 1.x plug-in. Stateless. */
public final class SyntheticJob {
	private SyntheticJob() {}

	/**
	 * Writes a synthetic dataset (frames, coding sheet, apex masks) with the generator's default
	 * classes and clip lengths.
	 *
	 * @param folder output folder (created when missing)
	 * @param layout {@link ParameterNames#CHOICE_CASME2} or {@link ParameterNames#CHOICE_SAMM}
	 * @throws InputException naming the field for a bad value or the file that cannot be written
	 */
	public static GeneratedDataset run(String folder, int subjects, int clipsPerClass, long seed, String layout, int imageSize, Progress progress) {
		if (folder == null || folder.trim().isEmpty()) throw new InputException(ParameterNames.RESULT_FOLDER + " is empty");
		if (subjects < 1) throw new InputException(ParameterNames.SUBJECTS + " must be at least 1, got " + subjects);
		if (clipsPerClass < 1) throw new InputException(ParameterNames.CLIPS_PER_CLASS + " must be at least 1, got " + clipsPerClass);
		if (imageSize < 32) throw new InputException(ParameterNames.IMAGE_SIZE + " must be at least 32, got " + imageSize);
		SynthSettings settings;
		try {
			settings = SynthSettings.builder().subjects(subjects).clipsPerClass(clipsPerClass).seed(seed).layout(Ids.parse(SynthSettings.Layout.class, layout, "layout"))
				.size(imageSize, imageSize).build();
		}
		catch (IllegalArgumentException e) {
			throw new InputException("synthetic dataset: " + e.getMessage());
		}
		Path out = Paths.get(folder.trim());
		GeneratedDataset dataset = SyntheticDatasetGenerator.generate(settings, out, progress);
		progress.log("wrote " + dataset.clips().size() + " clips under " + dataset.framesRoot() + ", sheet " + dataset.sheet());
		return dataset;
	}
}
