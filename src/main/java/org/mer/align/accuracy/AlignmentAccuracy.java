package org.mer.align.accuracy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.mer.align.Registration;
import org.mer.align.FrameRegistration;
import org.mer.align.AlignSettings;
import org.mer.align.AlignMode;
import org.mer.align.AffineMap;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.synth.ClassMotions;
import org.mer.data.synth.Motion;

/**
 * Measures alignment accuracy on synthetic clips with a known head motion (all numbers it
 * produces are <b>synthetic</b>). For each {@link HeadMotion} kind, N clips of distinct
 * synthetic subjects (classes positive, negative, surprise in turn, so brows, lids, cheeks and
 * lip corners move; peak expression displacement 0.6..1.5 px; one blink per clip; illumination
 * drift up to 4% gain and 3 grey levels; Gaussian noise sigma 2; 8-bit rounding) are rendered
 * by {@code SyntheticHeadClip} (supersampled 4x, static background). Frame 0 is the reference;
 * every other frame gets an independent random head motion of the kind (about the face centre):
 * <ul>
 * <li>translation: shift uniform in +-8 px on each axis;</li>
 * <li>similarity: that shift, rotation uniform in +-5 degrees, scale uniform in 1 +- 4%;</li>
 * <li>affine: the similarity, then anisotropic scale uniform in +-3% and shear uniform in +-0.03.</li>
 * </ul>
 * Each frame is registered to frame 0 from the identity with each {@link AlignMode}; the error
 * of a frame is the RMS distance, in pixels, between the reference's face-oval pixel centres
 * mapped by the estimated and by the true transform ({@code SyntheticHeadClip#rmsError}).
 */
public final class AlignmentAccuracy {
	private AlignmentAccuracy() {}

	/** Kinds of synthetic head motion. */
	public enum HeadMotion {
		TRANSLATION("translation"), SIMILARITY("similarity"), AFFINE("affine");

		private final String id;

		HeadMotion(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

		/** A random motion of this kind about the origin, reference to frame coordinates. */
		public AffineMap draw(Random r) {
			double tx = 16 * r.nextDouble() - 8, ty = 16 * r.nextDouble() - 8;
			if (this == TRANSLATION) return AffineMap.translation(tx, ty);
			double deg = 10 * r.nextDouble() - 5, scale = 1 + 0.08 * r.nextDouble() - 0.04;
			if (this == SIMILARITY) return AffineMap.similarity(scale, deg, tx, ty, 0, 0);
			double an = 0.06 * r.nextDouble() - 0.03, shear = 0.06 * r.nextDouble() - 0.03;
			double c = scale * Math.cos(Math.toRadians(deg)), s = scale * Math.sin(Math.toRadians(deg));
			// rotation-scale times [[1 + an, shear], [0, 1 - an]]
			return AffineMap.linearAbout(c * (1 + an), c * shear - s * (1 - an), s * (1 + an), s * shear + c * (1 - an), tx, ty, 0, 0);
		}
	}

	/**
	 * @param clips clips per motion kind, 1..1000
	 * @param frames frames per clip including the reference, 2..1000
	 * @param size frame width and height, 48..1024 pixels
	 * @param seed generator seed (same seed, same clips)
	 * @param base settings whose mode is replaced by each mode in turn
	 * @throws InputException naming the argument that is out of range
	 */
	public static AccuracyTable measure(int clips, int frames, int size, long seed, AlignSettings base, Progress progress) {
		if (clips < 1 || clips > 1000) throw new InputException("clips must be 1..1000, got " + clips);
		if (frames < 2 || frames > 1000) throw new InputException("frames must be 2..1000, got " + frames);
		if (size < 48 || size > 1024) throw new InputException("size must be 48..1024, got " + size);
		List<List<Motion>> classes = ClassMotions.forClasses(Arrays.asList("positive", "negative", "surprise"));
		AlignMode[] modes = AlignMode.values();
		AccuracyTable table = new AccuracyTable(clips, frames, size, seed, base);
		int done = 0, total = HeadMotion.values().length * clips;
		for (HeadMotion kind : HeadMotion.values()) {
			for (int c = 0; c < clips; c++) {
				progress.checkCanceled();
				progress.status("alignment accuracy: " + kind.id() + " motion, clip " + (c + 1) + " of " + clips);
				Random r = new Random(seed * 7919 + kind.ordinal() * 104_729L + c);
				double peak = 0.6 + 0.9 * r.nextDouble();
				SyntheticHeadClip clip = clip(seed, c, size, frames, kind, classes.get(c % classes.size()), peak, r);
				for (AlignMode mode : modes) {
					FrameRegistration reg = new FrameRegistration(clip.grey(0), size, size, clip.box, base.toBuilder().mode(mode).build());
					for (int t = 1; t < clip.frames(); t++) {
						Registration result = reg.register(clip.grey(t), AffineMap.IDENTITY);
						table.add(kind, mode, clip.rmsError(t, result.transform()), result.converged());
					}
				}
				progress.progress(++done / (double) total);
			}
		}
		return table;
	}

	static SyntheticHeadClip clip(long seed, int index, int size, int frames, HeadMotion kind, List<Motion> expression, double peak, Random r) {
		AffineMap[] motions = new AffineMap[frames - 1];
		for (int t = 0; t < motions.length; t++) motions[t] = kind.draw(r);
		return new SyntheticHeadClip(seed, index, size, size, motions, expression, peak, true, 2, 0.04);
	}
}
