package org.mer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mer.core.InputException;
import org.mer.mesti.InputScaling;
import org.mer.mesti.ModalitySettings;
import org.mer.mesti.ScalingSettings;
import org.mer.net.NetworkSpec;

/**
 * The content of a model folder's {@code model.json}: format version, network (the
 * {@link NetworkSpec} as a map: architecture and its settings), class names in output order,
 * input modality settings ({@link ModalitySettings} as a map), network input size S (pixels,
 * square), the normalisation (the input scaling to [0, 1], {@link ScalingSettings}, global
 * min-max when model.json has none, as for every model made before the option; then the
 * per-channel mean/std applied after it, SPEC §3), provenance and the weight files with their
 * SHA-256. Immutable and thread safe; read and
 * written with {@link ModelConfigJson}.
 * <p>
 * Invariants checked on construction (violations are {@link InputException}s naming the field):
 * class names non-empty and unique, their count equal to the network's number of classes,
 * input size equal to the network's, mean and std of length 3 with std &gt; 0, a dataset scaling
 * with its fitted low/high.
 */
public final class ModelConfig {
	/** The only {@code formatVersion} this plugin reads and writes. */
	public static final int FORMAT_VERSION = 1;
	/** File name of the config inside a model folder. */
	public static final String FILE_NAME = "model.json";

	private final int formatVersion;
	private final Map<String, Object> network;
	private final List<String> classNames;
	private final Map<String, Object> modality;
	private final int inputSize;
	private final ScalingSettings scaling;
	private final float[] mean, std;
	private final Provenance provenance;
	private final List<WeightFile> weights;

	/** Config with the global min-max input scaling; format version {@link #FORMAT_VERSION}. */
	public ModelConfig(NetworkSpec network, List<String> classNames, ModalitySettings modality, float[] mean, float[] std,
		Provenance provenance, List<WeightFile> weights)
	{
		this(network, classNames, modality, ScalingSettings.minmax(), mean, std, provenance, weights);
	}

	/** Config for a network spec, modality settings and input scaling; format version {@link #FORMAT_VERSION}. */
	public ModelConfig(NetworkSpec network, List<String> classNames, ModalitySettings modality, ScalingSettings scaling, float[] mean,
		float[] std, Provenance provenance, List<WeightFile> weights)
	{
		this(FORMAT_VERSION, network.toMap(), classNames, modality.toMap(), network.inputSize(), scaling, mean, std, provenance,
			weights);
	}

	/** Config from its serialised parts with the global min-max input scaling. */
	public ModelConfig(int formatVersion, Map<String, ?> network, List<String> classNames, Map<String, ?> modality,
		int inputSize, float[] mean, float[] std, Provenance provenance, List<WeightFile> weights)
	{
		this(formatVersion, network, classNames, modality, inputSize, ScalingSettings.minmax(), mean, std, provenance, weights);
	}

	/** Config from its serialised parts, as read from {@code model.json}. */
	public ModelConfig(int formatVersion, Map<String, ?> network, List<String> classNames, Map<String, ?> modality,
		int inputSize, ScalingSettings scaling, float[] mean, float[] std, Provenance provenance, List<WeightFile> weights)
	{
		if (formatVersion != FORMAT_VERSION)
			throw new InputException("formatVersion " + formatVersion + " is not supported (this plugin reads version "
				+ FORMAT_VERSION + "); a newer plugin may read it");
		this.formatVersion = formatVersion;
		this.network = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(network, "network")));
		this.classNames = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(classNames, "classNames")));
		this.modality = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(modality, "modality")));
		this.inputSize = inputSize;
		this.scaling = Objects.requireNonNull(scaling, "scaling");
		if (scaling.kind() == InputScaling.DATASET && !scaling.isFitted())
			throw new InputException("normalisation.scaling 'dataset' needs its fitted low and high (3 values each)");
		this.mean = checkTriple("normalisation.mean", mean, false);
		this.std = checkTriple("normalisation.std", std, true);
		this.provenance = provenance == null ? Provenance.unknown() : provenance;
		this.weights = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(weights, "weights")));
		validate();
	}

	private static float[] checkTriple(String field, float[] v, boolean positive) {
		if (v == null || v.length != 3)
			throw new InputException(field + " must have 3 values (one per channel), got "
				+ (v == null ? "none" : v.length));
		for (float x : v)
			if (!Float.isFinite(x) || (positive && !(x > 0)))
				throw new InputException(field + " has an invalid value " + x + (positive ? " (must be > 0)" : ""));
		return v.clone();
	}

	private void validate() {
		if (classNames.isEmpty()) throw new InputException("classNames is empty");
		if (new HashSet<>(classNames).size() != classNames.size())
			throw new InputException("classNames has duplicates: " + classNames);
		NetworkSpec spec = networkSpec();
		if (spec.numClasses() != classNames.size())
			throw new InputException("class count mismatch: network.numClasses is " + spec.numClasses()
				+ " but classNames has " + classNames.size() + " names " + classNames);
		if (spec.inputSize() != inputSize)
			throw new InputException("inputSize " + inputSize + " differs from network.inputSize " + spec.inputSize());
		modalitySettings();
		HashSet<String> files = new HashSet<>();
		for (WeightFile w : weights)
			if (!files.add(w.file())) throw new InputException("weights lists " + w.file() + " twice");
	}

	public int formatVersion() { return formatVersion; }

	/** The network settings as stored (unmodifiable). */
	public Map<String, Object> networkMap() { return network; }

	/** @throws InputException when the stored network settings are invalid */
	public NetworkSpec networkSpec() {
		try {
			return NetworkSpec.fromMap(network);
		}
		catch (InputException e) {
			throw new InputException("network: " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			throw new InputException("network settings are invalid: " + e, e);
		}
	}

	/** Class names in the order of the network's outputs (unmodifiable). */
	public List<String> classNames() { return classNames; }

	/** The modality settings as stored (unmodifiable). */
	public Map<String, Object> modalityMap() { return modality; }

	/** @throws InputException when the stored modality settings are invalid */
	public ModalitySettings modalitySettings() {
		try {
			Map<String, String> m = new LinkedHashMap<>();
			for (Map.Entry<String, Object> e : modality.entrySet())
				if (e.getValue() != null) m.put(e.getKey(), e.getValue().toString());
			return ModalitySettings.fromMap(m);
		}
		catch (InputException e) {
			throw new InputException("modality: " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			throw new InputException("modality settings are invalid: " + e, e);
		}
	}

	/** Network input size S in pixels (input is 3 x S x S). */
	public int inputSize() { return inputSize; }

	/** How inputs are scaled to [0, 1] before mean/std (global min-max for models without the field). */
	public ScalingSettings scaling() { return scaling; }

	/** Per-channel mean subtracted after scaling to [0, 1] (a copy). */
	public float[] mean() { return mean.clone(); }

	/** Per-channel std divided by after subtracting the mean (a copy). */
	public float[] std() { return std.clone(); }

	public Provenance provenance() { return provenance; }

	/** Weight files (unmodifiable). */
	public List<WeightFile> weights() { return weights; }

	/** The same config with other weight files. */
	public ModelConfig withWeights(List<WeightFile> newWeights) {
		return new ModelConfig(formatVersion, network, classNames, modality, inputSize, scaling, mean, std, provenance, newWeights);
	}

	/** The same config with another provenance. */
	public ModelConfig withProvenance(Provenance newProvenance) {
		return new ModelConfig(formatVersion, network, classNames, modality, inputSize, scaling, mean, std, newProvenance, weights);
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof ModelConfig)) return false;
		ModelConfig c = (ModelConfig) o;
		return formatVersion == c.formatVersion && network.equals(c.network) && classNames.equals(c.classNames)
			&& modality.equals(c.modality) && inputSize == c.inputSize && scaling.equals(c.scaling) && Arrays.equals(mean, c.mean)
			&& Arrays.equals(std, c.std) && provenance.equals(c.provenance) && weights.equals(c.weights);
	}

	@Override
	public int hashCode() {
		return Objects.hash(formatVersion, network, classNames, modality, inputSize, scaling, Arrays.hashCode(mean),
			Arrays.hashCode(std), provenance, weights);
	}
}
