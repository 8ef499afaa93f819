package org.mer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mer.clip.ClipRange;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.GeneratedClip;
import org.mer.data.synth.GeneratedDataset;
import org.mer.data.synth.SynthSettings;
import org.mer.data.synth.SyntheticDatasetGenerator;

/** Synthetic CASME II-layout datasets for the training and scaling benchmarks. */
final class BenchData {
	private BenchData() {}

	/**
	 * Generates a dataset and returns its samples (dataset "synth", subject ids as generated,
	 * ranges and labels from the generator).
	 *
	 * @param size frame width and height
	 */
	static List<Sample> generate(Path dir, int subjects, int clipsPerClass, int size, int minFrames, int maxFrames) {
		SynthSettings s = SynthSettings.builder().subjects(subjects).clipsPerClass(clipsPerClass).size(size, size)
			.frames(minFrames, maxFrames).seed(11).build();
		GeneratedDataset d = SyntheticDatasetGenerator.generate(s, dir, Progress.NONE);
		List<Sample> samples = new ArrayList<>();
		for (GeneratedClip c : d.clips())
			samples.add(new Sample("synth", c.subject(), c.subject() + "/" + c.filename(), c.frames(),
				new ClipRange(c.onset(), c.apex(), c.offset()), c.emotion()));
		return samples;
	}

	/** The generator's default class names, in order. */
	static List<String> classes() {
		return SynthSettings.builder().build().classes();
	}
}
