package org.mer.mesti;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.ClipResolver;
import org.mer.clip.FrameAccess;
import org.mer.clip.Clip;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.flow.TvL1Flow;

/**
 * The five input modalities of a clip (SPEC §2-§4), all as float images with axis order
 * (X, Y, C):
 * <ul>
 * <li>MESTI: {@link TemporalPooling#weightedSum} with {@link MestiWeights}; at least 2 frames.</li>
 * <li>Dynamic Image: weighted sum with {@link RankPoolingWeights#alpha} over onset..offset; at
 * least 2 frames.</li>
 * <li>Apex: the apex frame copied.</li>
 * <li>Difference: apex minus onset (zero when they coincide).</li>
 * <li>Flow: {@link TvL1Flow#compute} from onset to apex (u, v, strain in [0, 1]).</li>
 * </ul>
 * Stateless; see {@link TemporalPooling} for threading.
 */
public final class Modalities {
	private Modalities() {}

	/**
	 * Computes the modality the settings name. The clip's apex is used as resolved (see
	 * {@link ClipResolver}); the settings' apex method matters only when the clip is resolved.
	 *
	 * @throws InputException for a 1-frame clip with MESTI or Dynamic Image, or mixed frame sizes
	 */
	public static ModalityImage compute(Clip clip, ModalitySettings settings, Progress progress) {
		Img<FloatType> img;
		switch (settings.kind()) {
			case MESTI:
				img = mesti(clip, settings.weighting(), progress);
				break;
			case DYNAMIC_IMAGE:
				img = dynamicImage(clip, progress);
				break;
			case APEX:
				img = apexFrame(clip);
				break;
			case DIFFERENCE:
				img = difference(clip);
				break;
			case FLOW:
				img = flow(clip);
				break;
			default:
				throw new IllegalArgumentException("unknown modality " + settings.kind());
		}
		progress.progress(1);
		return new ModalityImage(img, settings, clip);
	}

	/** Raw signed MESTI (SPEC §3). */
	public static Img<FloatType> mesti(Clip clip, MestiWeighting weighting, Progress progress) {
		requireTwoFrames(clip, "MESTI");
		return TemporalPooling.weightedSum(clip, MestiWeights.of(clip.length(), clip.apexIndex(), weighting), progress);
	}

	/** Raw signed Dynamic Image over onset..offset (SPEC §2). */
	public static Img<FloatType> dynamicImage(Clip clip, Progress progress) {
		requireTwoFrames(clip, "Dynamic Image");
		return TemporalPooling.weightedSum(clip, RankPoolingWeights.alpha(clip.length()), progress);
	}

	/** A copy of the apex frame. */
	public static Img<FloatType> apexFrame(Clip clip) {
		return FrameAccess.copy(clip.frame(clip.apexIndex()));
	}

	/** Apex minus onset; a 1-frame clip or apex == onset gives zeros. */
	public static Img<FloatType> difference(Clip clip) {
		RandomAccessibleInterval<FloatType> onset = clip.frame(0);
		if (clip.apexIndex() == 0) return ArrayImgs.floats(FrameAccess.shape(onset));
		return difference(onset, clip.frame(clip.apexIndex()), "frame " + clip.apex() + " of " + clip.name());
	}

	/**
	 * {@code apex - onset} of two frames of the same shape.
	 *
	 * @param apexName names the apex frame in the message when the shapes differ
	 */
	public static Img<FloatType> difference(RandomAccessibleInterval<FloatType> onset, RandomAccessibleInterval<FloatType> apex,
		String apexName)
	{
		long[] shape = FrameAccess.shape(onset), s = FrameAccess.shape(apex);
		if (s[0] != shape[0] || s[1] != shape[1] || s[2] != shape[2])
			throw new InputException(apexName + " is " + FrameAccess.describe(s) + " but the onset frame is " + FrameAccess.describe(shape));
		double[] acc = new double[(int) (shape[0] * shape[1] * shape[2])];
		TemporalPooling.add(acc, apex, shape, 1);
		TemporalPooling.add(acc, onset, shape, -1);
		return FrameAccess.toFloatImg(acc, shape);
	}

	/** Onset-to-apex TV-L1 flow (u, v, strain), each channel in [0, 1]. */
	public static Img<FloatType> flow(Clip clip) {
		return TvL1Flow.compute(clip.frame(0), clip.frame(clip.apexIndex()));
	}

	private static void requireTwoFrames(Clip clip, String what) {
		if (clip.length() < 2)
			throw new InputException(what + " needs at least 2 frames: " + clip.name() + " has only frame " + clip.onset() +
				" between onset and offset");
	}
}
