package org.mer.export;

import java.nio.file.Path;
import java.util.List;

import org.mer.clip.Clip;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.Progress;
import org.mer.data.Dataset;
import org.mer.data.DatasetReaders;
import org.mer.data.Sample;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;
import org.mer.mesti.Modalities;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.NetworkInput;

/** A small synthetic CASME II-layout dataset (2 subjects, 3 classes, 1 clip each, 64 x 64) and the Java values an export must hold. */
public final class ExportFixtures {
	private ExportFixtures() {}

	/** Generates the dataset under {@code root} and reads it with the megc-3 class set. */
	public static Dataset dataset(Path root) {
		SyntheticDatasetGenerator.generate(SynthSettings.builder().subjects(2).clipsPerClass(1).size(64, 64).frames(6, 8).seed(5).build(), root,
			Progress.NONE);
		return DatasetReaders.readForTraining("casme2", root, null, "megc-3", "class_set", Progress.NONE);
	}

	/** The modality of a sample as the pipeline computes it, resized to size x size: (3, size, size) values. */
	public static float[] expected(Sample s, ModalitySettings m, int size) {
		try (FrameSource source = FrameSources.open(s.frames())) {
			Clip clip = ClipResolver.resolve(source, s.range(), m.apexMethod());
			return NetworkInput.resized(Modalities.compute(clip, m, Progress.NONE).image(), size);
		}
	}

	/** MESTI and the TV-L1 flow. */
	public static List<ModalitySettings> mestiAndFlow() {
		return List.of(ModalitySettings.parse("mesti"), ModalitySettings.parse("flow"));
	}

	/** MESTI and the apex-onset difference: cheap to compute. */
	public static List<ModalitySettings> mestiAndDifference() {
		return List.of(ModalitySettings.parse("mesti"), ModalitySettings.parse("difference"));
	}
}
