package org.mer.train;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.mesti.ModalityImage;
import org.mer.mesti.NetworkInput;

/** Turns samples into {@link Example}s through the {@link ModalityCache}. Stateless. */
public final class Examples {
	private static final float[] ZERO = { 0, 0, 0 }, ONE = { 1, 1, 1 };

	private Examples() {}

	/**
	 * Computes (or reads from the cache) each sample's modality image and makes its network input
	 * of size {@code settings.inputSize()}: scaled to [0, 1] with the settings' per-image scaling,
	 * or, for {@code dataset} scaling, resized only ({@link NetworkInput#resized}), the range being
	 * fitted per fold ({@link InputStats#fit}).
	 *
	 * @param classes the class list; every sample's label must be in it
	 * @throws InputException naming the sample whose label is not a class, or from the modality
	 *           computation (prefixed with the sample)
	 */
	public static List<Example> load(List<Sample> samples, List<String> classes, TrainSettings settings, ModalityCache cache,
		Progress progress)
	{
		List<Example> out = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			progress.checkCanceled();
			Sample s = samples.get(i);
			int label = classes.indexOf(s.label());
			if (label < 0) throw new InputException("sample " + s.id() + " has label '" + s.label() + "', not one of " + classes);
			progress.status("modality images " + (i + 1) + "/" + samples.size() + ": " + s.id());
			progress.progress((double) i / samples.size());
			ModalityImage image;
			try {
				image = cache.get(s, settings.modality(), Progress.NONE);
			}
			catch (InputException e) {
				throw new InputException("sample " + s.dataset() + ":" + s.id() + ": " + e.getMessage(), e);
			}
			float[] chw = settings.scaling().kind().perImage()
				? NetworkInput.toChw(image.image(), settings.inputSize(), settings.scaling(), ZERO, ONE)
				: NetworkInput.resized(image.image(), settings.inputSize());
			out.add(new Example(s, label, chw));
		}
		progress.progress(1);
		return out;
	}

	/** The examples whose samples are in {@code samples} (same order as {@code samples}). */
	public static List<Example> select(List<Example> all, List<Sample> samples) {
		Map<Sample, Example> bySample = new IdentityHashMap<>();
		for (Example e : all)
			bySample.put(e.sample(), e);
		List<Example> out = new ArrayList<>();
		for (Sample s : samples) {
			Example e = bySample.get(s);
			if (e == null) throw new IllegalArgumentException("no example for " + s);
			out.add(e);
		}
		return out;
	}
}
