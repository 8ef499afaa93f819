package org.mer.mesti;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.mer.align.AlignSettings;
import org.mer.clip.ApexMethod;
import org.mer.core.Ids;
import org.mer.core.InputException;

/**
 * How a clip is turned into one image: the modality kind, the MESTI weighting (meaningful for
 * {@link ModalityKind#MESTI} only; other kinds always hold the default
 * {@link MestiWeighting#APEX_PEAK} so that equal images have equal settings), the apex
 * spotting method used when the clip's apex is absent or invalid (default
 * {@link ApexMethod#MOTION}) and the head-motion alignment applied to the frames before anything
 * else (SPEC §11; default {@link AlignSettings#NONE}). Immutable value, thread safe.
 * <p>
 * Serialised form ({@link #toMap()}, for model.json and report headers): {@code modality} (a
 * {@link ModalityKind#id()}), {@code weighting} (a {@link MestiWeighting#id()}, MESTI only),
 * {@code apex_method} ({@code motion} or {@code midpoint}) and, when alignment is on, the
 * {@code align*} entries of {@link AlignSettings#toMap()} (a map without them means no alignment,
 * as every model folder made before alignment existed).
 */
public final class ModalitySettings {
	public static final String KEY_MODALITY = "modality";
	public static final String KEY_WEIGHTING = "weighting";
	public static final String KEY_APEX_METHOD = "apex_method";

	private final ModalityKind kind;
	private final MestiWeighting weighting;
	private final ApexMethod apexMethod;
	private final AlignSettings align;

	private ModalitySettings(ModalityKind kind, MestiWeighting weighting, ApexMethod apexMethod) {
		this(kind, weighting, apexMethod, AlignSettings.NONE);
	}

	private ModalitySettings(ModalityKind kind, MestiWeighting weighting, ApexMethod apexMethod, AlignSettings align) {
		this.kind = Objects.requireNonNull(kind, "kind");
		this.weighting = kind == ModalityKind.MESTI ? Objects.requireNonNull(weighting, "weighting") : MestiWeighting.APEX_PEAK;
		if (apexMethod == null || apexMethod == ApexMethod.GIVEN)
			throw new IllegalArgumentException("apex spotting method must be motion or midpoint, got " + apexMethod);
		this.apexMethod = apexMethod;
		this.align = Objects.requireNonNull(align, "align");
	}

	/** MESTI with the given weighting, apex spotted by motion when needed. */
	public static ModalitySettings mesti(MestiWeighting weighting) {
		return new ModalitySettings(ModalityKind.MESTI, weighting, ApexMethod.MOTION);
	}

	/** The given kind with defaults (APEX_PEAK weighting for MESTI, MOTION spotting). */
	public static ModalitySettings of(ModalityKind kind) {
		return new ModalitySettings(kind, MestiWeighting.APEX_PEAK, ApexMethod.MOTION);
	}

	/** @param method MOTION or MIDPOINT (GIVEN is not a spotting method: IllegalArgumentException) */
	public ModalitySettings withApexMethod(ApexMethod method) {
		return new ModalitySettings(kind, weighting, method, align);
	}

	/** Same settings with another MESTI weighting (ignored for other kinds). */
	public ModalitySettings withWeighting(MestiWeighting w) {
		return new ModalitySettings(kind, w, apexMethod, align);
	}

	/** Same settings with another head-motion alignment. */
	public ModalitySettings withAlign(AlignSettings a) {
		return new ModalitySettings(kind, weighting, apexMethod, a);
	}

	public ModalityKind kind() { return kind; }
	public MestiWeighting weighting() { return weighting; }
	public ApexMethod apexMethod() { return apexMethod; }
	/** How frames are registered to the onset before the modality ({@link AlignSettings#NONE}: not at all). */
	public AlignSettings align() { return align; }

	/** Ordered key/value form; weighting only for MESTI. */
	public Map<String, String> toMap() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(KEY_MODALITY, kind.id());
		if (kind == ModalityKind.MESTI) m.put(KEY_WEIGHTING, weighting.id());
		m.put(KEY_APEX_METHOD, apexMethod.id());
		if (align.enabled()) m.putAll(align.toMap());
		return m;
	}

	/**
	 * Inverse of {@link #toMap()}. Missing weighting and apex_method take their defaults; other
	 * keys are ignored (the map may be a whole model config).
	 *
	 * @throws InputException when modality is missing or a value is unknown
	 */
	public static ModalitySettings fromMap(Map<String, String> map) {
		String k = map.get(KEY_MODALITY);
		if (k == null) throw new InputException("settings lack the field '" + KEY_MODALITY + "'");
		ModalityKind kind = Ids.parse(ModalityKind.class, k, "modality");
		String w = map.get(KEY_WEIGHTING);
		MestiWeighting weighting = w == null || kind != ModalityKind.MESTI ? MestiWeighting.APEX_PEAK : Ids.parse(MestiWeighting.class, w, "weighting");
		String a = map.get(KEY_APEX_METHOD);
		return new ModalitySettings(kind, weighting, a == null ? ApexMethod.MOTION : Ids.parse(ApexMethod.class, a, "apex method", ApexMethod::spots),
			AlignSettings.fromMap(map));
	}


	/**
	 * Parses a modality as lists of modalities name it: {@code mesti} (= {@code mesti-apex_peak}),
	 * {@code mesti-rank_pooled}, {@code dynamic-image}, {@code apex}, {@code difference},
	 * {@code flow}; apex spotting by motion where needed.
	 *
	 * @throws InputException naming the id when unknown
	 */
	public static ModalitySettings parse(String id) {
		String s = id.trim().toLowerCase(Locale.ROOT);
		if (s.startsWith("mesti-")) return mesti(Ids.parse(MestiWeighting.class, s.substring("mesti-".length()), "weighting"));
		return of(Ids.parse(ModalityKind.class, s, "modality"));
	}

	/** A short label for tables and logs: "mesti (apex_peak)", "flow". */
	public String label() {
		String label = kind == ModalityKind.MESTI ? kind.id() + " (" + weighting.id() + ")" : kind.id();
		return align.enabled() ? label + ", aligned (" + align.mode().id() + ")" : label;
	}

	/**
	 * Short stable string for cache keys and file names, e.g. {@code mesti-apex_peak-motion} or
	 * {@code flow-motion}; differs whenever the settings differ.
	 */
	public String key() {
		String key = kind == ModalityKind.MESTI ? kind.id() + "-" + weighting.id() + "-" + apexMethod.id() : kind.id() + "-" + apexMethod.id();
		return align.enabled() ? key + "-" + align.key().replace(',', '-').replace('=', '_') : key;
	}

	@Override
	public boolean equals(Object o) {
		if (this == o) return true;
		if (!(o instanceof ModalitySettings)) return false;
		ModalitySettings s = (ModalitySettings) o;
		return kind == s.kind && weighting == s.weighting && apexMethod == s.apexMethod && align.equals(s.align);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, weighting, apexMethod, align);
	}

	@Override
	public String toString() {
		return "ModalitySettings" + toMap();
	}
}
