package org.mer.spot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.mer.clip.FrameSource;

/**
 * What is done to a recording's frames before anything reads them (head-motion alignment, SPEC
 * §11), together with the settings that say so. The settings are spotting decisions like any
 * other: they are recorded beside the intervals ({@link IntervalFile}'s {@code preparation}) and
 * in report.json, and a resumed run spots again a recording that was prepared otherwise.
 * Immutable; {@link #apply} may be called from any thread.
 */
public final class FramePreparation {
	/** The frames as they are; recorded as empty settings. */
	public static final FramePreparation NONE = new FramePreparation(Collections.emptyMap(), UnaryOperator.identity());

	private final Map<String, String> settings;
	private final UnaryOperator<FrameSource> hook;

	private FramePreparation(Map<String, String> settings, UnaryOperator<FrameSource> hook) {
		this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
		this.hook = hook;
	}

	/**
	 * @param settings what the preparation does, as recorded (key to value)
	 * @param hook maps a source to the prepared one, which must own it (closing the prepared
	 *          source closes the given one)
	 */
	public static FramePreparation of(Map<String, String> settings, UnaryOperator<FrameSource> hook) {
		return new FramePreparation(settings, hook);
	}

	/** The recorded settings; empty for {@link #NONE}. */
	public Map<String, String> settings() {
		return settings;
	}

	/** Opens a source and prepares it; the source is closed again when preparing it fails. */
	public FrameSource open(Supplier<FrameSource> opener) {
		FrameSource raw = opener.get();
		try {
			return hook.apply(raw);
		}
		catch (RuntimeException | Error e) {
			raw.close();
			throw e;
		}
	}
}
