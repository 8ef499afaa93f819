package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic micro-expression clip with the nuisances of real recordings, rendered geometrically
 * ({@link FaceRenderer}): T frames (index 0 = onset, T-1 = offset) in which the expression's
 * amplitude rises (raised cosine) to the apex and falls back, on a head that drifts, jitters and
 * may turn ({@link HeadMotion}), under changing and flickering light ({@link Lighting}), with
 * read and shot noise, possibly a blink (0.1 to 0.4 s, possibly cut by the clip's ends) and
 * possibly a macro-expression of other motions (0.5 to 4 s, larger) overlapping the clip. The
 * true head pose, light and amplitudes of every frame are exposed ({@link #truth(int)}), and the
 * apex mask is drawn in the apex frame's image (head pose applied), where the expression itself
 * moved the face (head motion, blink and macro-expression excluded). Every frame is a
 * deterministic function of the clip seed and its index. Immutable settings; not thread safe
 * (one renderer is reused).
 */
public final class NuisanceClip implements RenderedClip {
	/** Column names of {@link #truth(int)}. */
	public static final List<String> TRUTH_COLUMNS = Collections.unmodifiableList(Arrays.asList("tx_px", "ty_px", "rotation_deg", "scale", "gain",
		"offset", "side_light", "blink_closure", "micro_amplitude_px", "macro_amplitude_px"));

	private final Face face;
	private final List<Motion> motions, macroMotions;
	private final int length, apexIndex, blinkStart, blinkFrames, macroStart, macroApex, macroEnd, jpegQuality;
	private final double peak, macroPeak, readNoise, shotNoise;
	private final ExpressionField micro, macro;
	private final HeadMotion head;
	private final Lighting light;
	private final long seed;
	private FaceRenderer renderer;

	private NuisanceClip(Face face, List<Motion> motions, List<Motion> leak, SynthSettings s, long seed) {
		this.face = face;
		this.motions = Collections.unmodifiableList(new ArrayList<>(motions));
		this.seed = seed;
		Random r = new Random(Seeds.mix(seed, 20));
		double fps = s.effectiveFps();
		length = s.fps() > 0 ? Math.max(3, (int) Math.round((s.minSeconds() + (s.maxSeconds() - s.minSeconds()) * r.nextDouble()) * fps))
			: s.minFrames() + r.nextInt(s.maxFrames() - s.minFrames() + 1);
		double position = s.minApex() + (s.maxApex() - s.minApex()) * r.nextDouble();
		apexIndex = Math.max(1, Math.min(length - 2, (int) Math.round(position * (length - 1))));
		peak = s.minPeak() + (s.maxPeak() - s.minPeak()) * r.nextDouble();
		micro = new ExpressionField(face.geometry(), motions, face.width(), face.height());
		boolean blink = r.nextDouble() < s.blinkProbability();
		blinkFrames = Math.max(2, (int) Math.round((0.1 + 0.3 * r.nextDouble()) * fps));
		blinkStart = blink ? r.nextInt(length + blinkFrames - 1) - (blinkFrames - 1) : Integer.MIN_VALUE / 2;
		boolean leaks = leak != null && r.nextDouble() < s.macroProbability();
		int span = Math.max(3, (int) Math.round((0.5 + 3.5 * r.nextDouble()) * fps));
		macroStart = r.nextInt(length + span - 1) - (span - 1);
		macroEnd = macroStart + span - 1;
		macroApex = macroStart + Math.max(1, Math.min(span - 2, (int) Math.round((0.3 + 0.4 * r.nextDouble()) * (span - 1))));
		macroPeak = s.minMacroPeak() + (s.maxMacroPeak() - s.minMacroPeak()) * r.nextDouble();
		macroMotions = leaks ? Collections.unmodifiableList(new ArrayList<>(leak)) : Collections.<Motion>emptyList();
		macro = leaks ? new ExpressionField(face.geometry(), leak, face.width(), face.height()) : null;
		Nuisances n = s.nuisances();
		jpegQuality = n.jpegQualityMax() == 0 ? s.jpegQuality() : n.jpegQualityMin() + r.nextInt(n.jpegQualityMax() - n.jpegQualityMin() + 1);
		double rampGain = s.drift() * (2 * r.nextDouble() - 1), rampOffset = 75 * s.drift() * (2 * r.nextDouble() - 1);
		double seconds = length / fps;
		Random turns = new Random(Seeds.mix(seed, 24));
		head = new HeadMotion(n, face.geometry(), fps, s.jitterSigma(), 2 * seconds, 6 * seconds, HeadMotion.drawTurns(n, fps, length, turns, (a, b) -> true),
			Seeds.mix(seed, 21));
		light = new Lighting(n, fps, length, rampGain, rampOffset, 2 * seconds, 6 * seconds, Seeds.mix(seed, 22));
		readNoise = s.noiseSigma();
		shotNoise = n.shotNoise();
	}

	/**
	 * A clip drawn from the settings: length (from the duration in seconds at {@link SynthSettings#fps()},
	 * or from the frame range when that is 0), apex position, peak, blink, macro leak, JPEG quality
	 * and nuisances, all from {@code seed}.
	 *
	 * @param leak the motions a leaking macro-expression performs, or null for none
	 */
	public static NuisanceClip draw(Face face, List<Motion> motions, List<Motion> leak, SynthSettings s, long seed) {
		return new NuisanceClip(face, motions, leak, s, seed);
	}

	public Face face() { return face; }
	public List<Motion> motions() { return motions; }
	/** Motions of the leaking macro-expression; empty when there is none. */
	public List<Motion> macroMotions() { return macroMotions; }
	@Override public int length() { return length; }
	@Override public int apexIndex() { return apexIndex; }
	@Override public double peak() { return peak; }
	/** JPEG quality the frames of this clip are written with. */
	public int jpegQuality() { return jpegQuality; }
	/** 0-based first and last frame index of the leaking macro-expression (may lie outside the clip); null when there is none. */
	public int[] macroSpan() { return macro == null ? null : new int[] { macroStart, macroEnd }; }
	public double macroPeak() { return macro == null ? 0 : macroPeak; }

	@Override
	public boolean hasBlink() {
		for (int t = 0; t < length; t++) if (closure(t) > 0) return true;
		return false;
	}

	/** Lid closure in [0, 1] at frame t. */
	public double closure(int t) {
		int u = t - blinkStart;
		return u < 0 || u >= blinkFrames ? 0 : Math.sin(Math.PI * (u + 1) / (blinkFrames + 1));
	}

	/** Micro-expression amplitude a(t) in [0, 1]: 0 at onset and offset, 1 at the apex. */
	public double amplitude(int t) {
		if (t < 0 || t >= length) throw new IndexOutOfBoundsException("frame index " + t + " of " + length);
		return rise(t, 0, apexIndex, length - 1);
	}

	/** Macro-expression displacement at frame t, pixels (0 without a leak). */
	public double macroAmplitude(int t) {
		return macro == null || t <= macroStart || t >= macroEnd ? 0 : macroPeak * rise(t, macroStart, macroApex, macroEnd);
	}

	static double rise(int t, int onset, int apex, int offset) {
		if (t <= onset || t >= offset) return 0;
		double phase = t <= apex ? (double) (t - onset) / (apex - onset) : 1 + (double) (t - apex) / (offset - apex);
		return 0.5 * (1 - Math.cos(Math.PI * phase));
	}

	/** The true head pose of frame t. */
	public HeadPose pose(int t) {
		return head.pose(t);
	}

	/** Ground truth of frame t, in the order of {@link #TRUTH_COLUMNS}. */
	public double[] truth(int t) {
		HeadPose p = pose(t);
		return new double[] { p.tx(), p.ty(), Math.toDegrees(p.angle()), p.scale(), light.gain(t), light.offset(t), light.side(t), closure(t),
			amplitude(t) * peak, macroAmplitude(t) };
	}

	/** One CSV line of {@link #truth(int)}: the frame number then the values. */
	public String truthLine(int frameNumber, int t) {
		StringBuilder sb = new StringBuilder().append(frameNumber);
		for (double v : truth(t)) sb.append(',').append(String.format(Locale.ROOT, "%.5f", v));
		return sb.toString();
	}

	private FrameState state(int t) {
		List<ExpressionField> fields = macro == null ? Collections.singletonList(micro) : Arrays.asList(micro, macro);
		double[] amps = macro == null ? new double[] { amplitude(t) * peak } : new double[] { amplitude(t) * peak, macroAmplitude(t) };
		return new FrameState(pose(t), light.gain(t), light.offset(t), light.side(t), closure(t), fields, amps);
	}

	@Override
	public float[][] frame(int t) {
		if (t < 0 || t >= length) throw new IndexOutOfBoundsException("frame index " + t + " of " + length);
		return renderer().render(state(t), readNoise, shotNoise, new Random(Seeds.mix(seed, 23, t)));
	}

	@Override
	public byte[] apexMask() {
		return renderer().mask(pose(apexIndex), micro, peak, SyntheticClip.MASK_THRESHOLD);
	}

	private FaceRenderer renderer() {
		if (renderer == null) renderer = new FaceRenderer(face.painter());
		return renderer;
	}
}
