package org.mer.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.Sample;
import org.mer.data.synth.ApexMasks;
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
			out.add(new Example(s, label, chw, movingRegion(s, image, settings.inputSize(), progress)));
		}
		progress.progress(1);
		return out;
	}

	/**
	 * The sample's moving region at the network input resolution, from the apex mask the
	 * synthetic generator wrote beside the dataset ({@link ApexMasks#find}): the 0/1 mask goes
	 * through {@link NetworkInput#resized} exactly like the modality image (area averaging when
	 * shrinking, bilinear when growing, a non-square frame stretched to the square), which gives
	 * the fraction of each network pixel the region covers; a pixel belongs to the region when it
	 * is at least half covered.
	 *
	 * @return {@code size * size} pixels, row-major; null when the sample has no mask, the mask's
	 *         size differs from the modality image's (logged), or no pixel is at least half covered
	 */
	public static boolean[] movingRegion(Sample sample, ModalityImage image, int size, Progress progress) {
		Optional<Path> file = ApexMasks.find(sample.frames());
		if (!file.isPresent()) return null;
		Img<FloatType> mask = ApexMasks.read(file.get());
		if (mask.dimension(0) != image.image().dimension(0) || mask.dimension(1) != image.image().dimension(1)) {
			progress.log("sample " + sample.id() + ": apex mask " + file.get() + " is " + mask.dimension(0) + " x " + mask.dimension(1)
				+ ", the modality image " + image.image().dimension(0) + " x " + image.image().dimension(1) + "; attention not scored");
			return null;
		}
		float[] coverage = NetworkInput.resized(mask, size);
		boolean[] region = new boolean[size * size];
		boolean any = false;
		for (int i = 0; i < region.length; i++)
			any |= region[i] = coverage[i] >= 0.5f;
		return any ? region : null;
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
