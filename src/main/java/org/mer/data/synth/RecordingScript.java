package org.mer.data.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What happens in one synthetic long recording, drawn from its seed before any frame is rendered:
 * its length, the expressions (micro and macro, never overlapping, at least 0.3 s apart), the
 * blinks (anywhere), the quick head turns (outside expressions), head drift and light. Frame
 * states are computed on demand from the frame index, so a recording of any length is rendered
 * one frame at a time. Frame indices are 0-based here; the files number them from 1. Immutable.
 */
final class RecordingScript {
	/** One expression: 0-based onset, apex and offset indices, its class, peak and field. */
	static final class Event {
		final boolean micro;
		final int onset, apex, offset, classIndex;
		final double peak;
		final ExpressionField field;

		Event(boolean micro, int onset, int apex, int offset, int classIndex, double peak, ExpressionField field) {
			this.micro = micro;
			this.onset = onset;
			this.apex = apex;
			this.offset = offset;
			this.classIndex = classIndex;
			this.peak = peak;
			this.field = field;
		}

		double amplitude(int t) {
			return peak * NuisanceClip.rise(t, onset, apex, offset);
		}
	}

	/** One blink: first 0-based frame index and number of frames. */
	static final class Blink {
		final int start, frames;

		Blink(int start, int frames) {
			this.start = start;
			this.frames = frames;
		}

		double closure(int t) {
			int u = t - start;
			return u < 0 || u >= frames ? 0 : Math.sin(Math.PI * (u + 1) / (frames + 1));
		}
	}

	final int length, jpegQuality;
	final List<Event> events;
	final List<Blink> blinks;
	final HeadMotion head;
	final Lighting light;
	/** Expressions that found no free place (reported by the generator). */
	final int dropped;

	/** @param classFields the unit field of each class's motions on this subject's face */
	RecordingScript(LongSynthSettings s, FaceGeometry g, List<ExpressionField> classFields, long seed) {
		Random r = new Random(Seeds.mix(seed, 10));
		double fps = s.fps();
		length = Math.max(3, (int) Math.round((s.minSeconds() + (s.maxSeconds() - s.minSeconds()) * r.nextDouble()) * fps));
		double minutes = length / fps / 60;
		int gap = Math.max(2, (int) Math.round(0.3 * fps)), limit = (int) Math.floor(0.5 * fps);
		List<Event> placed = new ArrayList<>();
		int lost = 0;
		int macros = HeadMotion.poisson(s.macroPerMinute() * minutes, r), micros = HeadMotion.poisson(s.microPerMinute() * minutes, r);
		for (int k = 0; k < macros + micros; k++) {
			boolean micro = k >= macros;
			if (micro && limit < 3) {
				lost++;
				continue;
			}
			double seconds = micro ? uniform(r, s.minMicroSeconds(), s.maxMicroSeconds()) : uniform(r, s.minMacroSeconds(), s.maxMacroSeconds());
			int frames = (int) Math.round(seconds * fps);
			frames = micro ? Math.max(3, Math.min(limit, frames)) : Math.max(Math.max(3, limit + 1), frames);
			double apexAt = micro ? uniform(r, 0.25, 0.5) : uniform(r, 0.2, 0.5);
			double peak = micro ? uniform(r, s.minMicroPeak(), s.maxMicroPeak()) : uniform(r, s.minMacroPeak(), s.maxMacroPeak());
			int cls = r.nextInt(classFields.size());
			Event e = place(placed, r, micro, frames, apexAt, peak, cls, classFields.get(cls), gap);
			if (e == null) lost++;
			else placed.add(e);
		}
		placed.sort((a, b) -> Integer.compare(a.onset, b.onset));
		events = Collections.unmodifiableList(placed);
		dropped = lost;
		List<Blink> bl = new ArrayList<>();
		int blinkCount = HeadMotion.poisson(s.blinksPerMinute() * minutes, r);
		for (int k = 0; k < blinkCount; k++)
			bl.add(new Blink(r.nextInt(length), Math.max(2, (int) Math.round(uniform(r, 0.1, 0.4) * fps))));
		bl.sort((a, b) -> Integer.compare(a.start, b.start));
		blinks = Collections.unmodifiableList(bl);
		Nuisances n = s.nuisances();
		jpegQuality = n.jpegQualityMax() == 0 ? s.jpegQuality() : n.jpegQualityMin() + r.nextInt(n.jpegQualityMax() - n.jpegQualityMin() + 1);
		List<HeadTurn> turns = HeadMotion.drawTurns(n, fps, length, new Random(Seeds.mix(seed, 11)), (a, b) -> free(events, a, b, gap));
		head = new HeadMotion(n, g, fps, 0, 5, 40, turns, Seeds.mix(seed, 12));
		light = new Lighting(n, fps, length, 0, 0, 5, 40, Seeds.mix(seed, 13));
	}

	private Event place(List<Event> placed, Random r, boolean micro, int frames, double apexAt, double peak, int cls, ExpressionField field, int gap) {
		if (frames + 2 > length) return null;
		for (int attempt = 0; attempt < 50; attempt++) {
			int onset = 1 + r.nextInt(length - frames - 1), offset = onset + frames - 1;
			if (!free(placed, onset, offset, gap)) continue;
			int apex = onset + Math.max(1, Math.min(frames - 2, (int) Math.round(apexAt * (frames - 1))));
			return new Event(micro, onset, apex, offset, cls, peak, field);
		}
		return null;
	}

	/** True when frames a..b keep {@code gap} frames away from every event. */
	private static boolean free(List<Event> events, int a, int b, int gap) {
		for (Event e : events)
			if (a <= e.offset + gap && b >= e.onset - gap) return false;
		return true;
	}

	private static double uniform(Random r, double min, double max) {
		return min + (max - min) * r.nextDouble();
	}

	double closure(int t) {
		double c = 0;
		for (Blink b : blinks) c = Math.max(c, b.closure(t));
		return c;
	}

	/** The state of frame t: pose, light, closure and the expressions active in it. */
	FrameState state(int t) {
		List<ExpressionField> fields = new ArrayList<>();
		List<Double> amps = new ArrayList<>();
		for (Event e : events) {
			double a = e.amplitude(t);
			if (a == 0) continue;
			fields.add(e.field);
			amps.add(a);
		}
		double[] a = new double[amps.size()];
		for (int k = 0; k < a.length; k++) a[k] = amps.get(k);
		return new FrameState(head.pose(t), light.gain(t), light.offset(t), light.side(t), closure(t), fields, a);
	}

	/** Ground truth of frame t, in the order of {@link NuisanceClip#TRUTH_COLUMNS}. */
	double[] truth(int t) {
		HeadPose p = head.pose(t);
		double micro = 0, macro = 0;
		for (Event e : events) {
			if (e.micro) micro += e.amplitude(t);
			else macro += e.amplitude(t);
		}
		return new double[] { p.tx(), p.ty(), Math.toDegrees(p.angle()), p.scale(), light.gain(t), light.offset(t), light.side(t), closure(t), micro, macro };
	}
}
