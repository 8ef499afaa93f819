package org.mer.ops;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.flow.TvL1Flow;
import org.mer.clip.ApexSpotter;
import org.mer.clip.FrameListSource;
import org.mer.mesti.Modalities;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.MestiWeights;
import org.mer.mesti.RankPoolingWeights;
import org.scijava.ops.spi.OpCollection;
import org.scijava.ops.spi.OpField;

/**
 * The modality core as SciJava Ops (found by the Ops engine through
 * {@code META-INF/services/org.scijava.ops.spi.OpCollection}). Inputs are plain imglib2 images:
 * a clip is a {@code List<RandomAccessibleInterval<FloatType>>} of frames onset..offset in
 * temporal order, each with axis order (X, Y, C) or (X, Y); apex positions are 0-based indices
 * into that list. Outputs are new (X, Y, C) float images.
 * <p>
 * The ops are {@link Function}s and {@link BiFunction}s only (scijava-function's higher arities
 * are not a dependency of this plugin), so the MESTI weighting is chosen by op name:
 * {@code mer.mesti} / {@code mer.mestiWeights} use the default APEX_PEAK,
 * {@code mer.mestiRankPooled} / {@code mer.mestiWeightsRankPooled} use RANK_POOLED.
 * The fields hold stateless functions and are safe to call from several threads.
 */
public class MerOps implements OpCollection {

	/** frames, apex index -> MESTI (APEX_PEAK). */
	@OpField(names = "mer.mesti", description = "MESTI (apex-centred rank pooling, APEX_PEAK weighting) of frames with the apex at a 0-based index")
	public final BiFunction<List<RandomAccessibleInterval<FloatType>>, Integer, Img<FloatType>> mesti =
		(frames, apex) -> Modalities.mesti(clip(frames, apex), MestiWeighting.APEX_PEAK, Progress.NONE);

	/** frames, apex index -> MESTI (RANK_POOLED). */
	@OpField(names = "mer.mestiRankPooled", description = "MESTI with RANK_POOLED weighting")
	public final BiFunction<List<RandomAccessibleInterval<FloatType>>, Integer, Img<FloatType>> mestiRankPooled =
		(frames, apex) -> Modalities.mesti(clip(frames, apex), MestiWeighting.RANK_POOLED, Progress.NONE);

	/** frames -> Dynamic Image. */
	@OpField(names = "mer.dynamicImage", description = "Dynamic Image (approximate rank pooling) of frames in temporal order")
	public final Function<List<RandomAccessibleInterval<FloatType>>, Img<FloatType>> dynamicImage =
		frames -> Modalities.dynamicImage(clip(frames, 0), Progress.NONE);

	/** frames, apex index -> copy of the apex frame. */
	@OpField(names = "mer.apexFrame", description = "Copy of the apex frame")
	public final BiFunction<List<RandomAccessibleInterval<FloatType>>, Integer, Img<FloatType>> apexFrame =
		(frames, apex) -> Modalities.apexFrame(clip(frames, apex));

	/** onset, apex -> apex - onset. */
	@OpField(names = "mer.onsetApexDifference", description = "Apex frame minus onset frame")
	public final BiFunction<RandomAccessibleInterval<FloatType>, RandomAccessibleInterval<FloatType>, Img<FloatType>> onsetApexDifference =
		(onset, apex) -> Modalities.difference(onset, apex, "apex frame");

	/** onset, apex -> (u, v, strain) each in [0, 1]. */
	@OpField(names = "mer.opticalFlow", description = "Onset-to-apex TV-L1 optical flow: u, v, strain, each min-max normalised")
	public final BiFunction<RandomAccessibleInterval<FloatType>, RandomAccessibleInterval<FloatType>, Img<FloatType>> opticalFlow =
		TvL1Flow::compute;

	/** T -> alpha(T). */
	@OpField(names = "mer.rankPoolingWeights", description = "Approximate rank pooling weights alpha_t(T)")
	public final Function<Integer, double[]> rankPoolingWeights = RankPoolingWeights::alpha;

	/** T, apex index -> MESTI weights (APEX_PEAK). */
	@OpField(names = "mer.mestiWeights", description = "MESTI frame weights, APEX_PEAK")
	public final BiFunction<Integer, Integer, double[]> mestiWeights =
		(t, apex) -> MestiWeights.of(t, apex, MestiWeighting.APEX_PEAK);

	/** T, apex index -> MESTI weights (RANK_POOLED). */
	@OpField(names = "mer.mestiWeightsRankPooled", description = "MESTI frame weights, RANK_POOLED")
	public final BiFunction<Integer, Integer, double[]> mestiWeightsRankPooled =
		(t, apex) -> MestiWeights.of(t, apex, MestiWeighting.RANK_POOLED);

	/** frames -> 0-based index of the apex spotted by motion. */
	@OpField(names = "mer.spotApex", description = "0-based index of the frame of largest blurred change from the first frame")
	public final Function<List<RandomAccessibleInterval<FloatType>>, Integer> spotApex = frames -> {
		try (FrameListSource source = new FrameListSource("frames", frames)) {
			return ApexSpotter.spot(source, 1, frames.size(), ApexMethod.MOTION) - 1;
		}
	};

	private static Clip clip(List<RandomAccessibleInterval<FloatType>> frames, int apexIndex) {
		FrameListSource source = new FrameListSource("frames", frames);
		if (apexIndex < 0 || apexIndex >= frames.size())
			throw new InputException("apex index " + apexIndex + " outside 0.." + (frames.size() - 1));
		return new Clip(source, 1, apexIndex + 1, frames.size(), ApexMethod.GIVEN, "");
	}
}
