package org.mer.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mer.core.InputException;
import org.mer.face.FaceBox;
import org.mer.spot.FaceMode;
import org.mer.spot.FlowMethod;
import org.mer.spot.HeadMotion;
import org.mer.spot.SignalKind;
import org.mer.spot.SpotSettings;
import org.mer.spot.ThresholdRule;

/**
 * The spotting settings of a use case's values ({@link SpotParams}): every decision of
 * {@link SpotSettings}, fps left unset (each recording brings its own). An error of the settings
 * names the parameter as the user knows it ({@code --min-gap}, {@code min_gap_s}). Stateless.
 */
final class SpotValues {
	private static final Pattern BOX = Pattern.compile("\\s*(\\d+)\\s*[xX]\\s*(\\d+)\\s*\\+\\s*(\\d+)\\s*\\+\\s*(\\d+)\\s*");

	private SpotValues() {}

	/** @throws InputException naming the parameter for a bad value */
	static SpotSettings template(ParamValues v) {
		FaceMode face = v.choice(SpotParams.FACE_MODE, FaceMode.class);
		ThresholdRule rule = v.choice(SpotParams.THRESHOLD_RULE, ThresholdRule.class);
		double value = v.get(SpotParams.THRESHOLD_VALUE);
		SpotSettings.Builder b = SpotSettings.builder().signal(v.choice(SpotParams.SIGNAL, SignalKind.class)).windowSeconds(v.get(SpotParams.WINDOW))
			.meLengthSeconds(v.get(SpotParams.ME_LENGTH)).threshold(rule, value == 0 ? rule.defaultValue() : value)
			.thresholdFloor(v.get(SpotParams.THRESHOLD_FLOOR)).flow(v.choice(SpotParams.FLOW, FlowMethod.class))
			.headMotion(v.choice(SpotParams.HEAD_MOTION, HeadMotion.class)).analysisSize(v.get(SpotParams.ANALYSIS_SIZE))
			.smoothingSeconds(v.get(SpotParams.SMOOTHING)).supportFraction(v.get(SpotParams.SUPPORT_FRACTION)).minGapSeconds(v.get(SpotParams.MIN_GAP))
			.minLengthSeconds(v.get(SpotParams.MIN_LENGTH)).maxLengthSeconds(v.get(SpotParams.MAX_LENGTH)).microMaxSeconds(v.get(SpotParams.MICRO_MAX));
		String box = v.text(SpotParams.FACE_BOX);
		if (face == FaceMode.GIVEN) {
			if (box.isEmpty()) throw v.error(SpotParams.FACE_BOX, "is missing: face mode 'given' needs the box as WxH+X+Y, e.g. 200x200+220+140");
			b.faceBox(box(v, box));
		}
		else {
			if (!box.isEmpty()) throw v.error(SpotParams.FACE_BOX, "is given but " + v.name(SpotParams.FACE_MODE) + " is " + face.id() + " (use given)");
			b.faceMode(face);
		}
		try {
			return b.build();
		}
		catch (InputException e) {
			throw rename(v, e);
		}
	}

	/** "WxH+X+Y" as a box. */
	static FaceBox box(ParamValues v, String text) {
		Matcher m = BOX.matcher(text);
		if (!m.matches()) throw v.error(SpotParams.FACE_BOX, "expects WxH+X+Y in pixels, e.g. 200x200+220+140, got '" + text + "'");
		long w = Long.parseLong(m.group(1)), h = Long.parseLong(m.group(2));
		if (w < 1 || h < 1) throw v.error(SpotParams.FACE_BOX, "is empty: " + text);
		return new FaceBox(Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), w, h);
	}

	/** The settings' field names ({@link SpotSettings#toMap()}) and the parameters that set them. */
	private static Map<String, Param<?>> fields() {
		Map<String, Param<?>> m = new LinkedHashMap<>();
		m.put("me_length_s", SpotParams.ME_LENGTH);
		m.put("window_s", SpotParams.WINDOW);
		m.put("analysis_size", SpotParams.ANALYSIS_SIZE);
		m.put("smoothing_s", SpotParams.SMOOTHING);
		m.put("threshold_value", SpotParams.THRESHOLD_VALUE);
		m.put("threshold_floor_px", SpotParams.THRESHOLD_FLOOR);
		m.put("support_fraction", SpotParams.SUPPORT_FRACTION);
		m.put("min_gap_s", SpotParams.MIN_GAP);
		m.put("min_length_s", SpotParams.MIN_LENGTH);
		m.put("max_length_s", SpotParams.MAX_LENGTH);
		m.put("micro_max_s", SpotParams.MICRO_MAX);
		return m;
	}

	/** The settings' message with its field names replaced by the parameters' names in this front end. */
	private static InputException rename(ParamValues v, InputException e) {
		String message = e.getMessage();
		for (Map.Entry<String, Param<?>> f : fields().entrySet())
			message = message.replaceAll("(?<![a-z_])" + Pattern.quote(f.getKey()) + "(?![a-z_])", Matcher.quoteReplacement(v.name(f.getValue())));
		return new InputException(message, e);
	}
}
