package org.mer.net;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.mer.core.Ids;
import org.mer.core.InputException;

/**
 * What {@link Networks#build} needs to make a network: immutable, thread safe, serialised into
 * model.json by {@link #toMap()} with the keys {@value #KEY_ARCHITECTURE} (the architecture's
 * id), {@value #KEY_INPUT_SIZE}, {@value #KEY_WIDTH}, {@value #KEY_NUM_CLASSES} and
 * {@value #KEY_INPUT_CHANNELS}.
 * <p>
 * Width: MEGANet's w (default 32); ResNet's and VGG's base channel count (default 64);
 * EfficientNet-B0's channels are scaled by width / 32 (32 = standard B0); STSTNet ignores it
 * (its 3, 5 and 8 filters are fixed as published) but it is still recorded.
 */
public final class NetworkSpec {
	public static final String KEY_ARCHITECTURE = "architecture";
	public static final String KEY_INPUT_SIZE = "inputSize";
	public static final String KEY_WIDTH = "width";
	public static final String KEY_NUM_CLASSES = "numClasses";
	public static final String KEY_INPUT_CHANNELS = "inputChannels";

	/** Smallest and largest allowed input side S, in pixels. */
	public static final int MIN_INPUT_SIZE = 64, MAX_INPUT_SIZE = 256;
	/** Smallest and largest allowed width. */
	public static final int MIN_WIDTH = 1, MAX_WIDTH = 1024;
	/** Input channels: always 3 (modality images are RGB-like). */
	public static final int INPUT_CHANNELS = 3;

	private final Architecture architecture;
	private final int inputSize;
	private final int width;
	private final int numClasses;

	/**
	 * @param architecture the network
	 * @param inputSize S, the input is 3 x S x S (64..256)
	 * @param width see the class comment (1..1024)
	 * @param numClasses K >= 2
	 * @throws InputException naming the field that is out of range
	 */
	public NetworkSpec(Architecture architecture, int inputSize, int width, int numClasses) {
		if (architecture == null) throw new InputException("Network " + KEY_ARCHITECTURE + " is missing");
		if (inputSize < MIN_INPUT_SIZE || inputSize > MAX_INPUT_SIZE) throw new InputException(
			"Network input size " + inputSize + " is outside " + MIN_INPUT_SIZE + ".." + MAX_INPUT_SIZE);
		if (width < MIN_WIDTH || width > MAX_WIDTH)
			throw new InputException("Network width " + width + " is outside " + MIN_WIDTH + ".." + MAX_WIDTH);
		if (numClasses < 2) throw new InputException("Network number of classes " + numClasses + " is below 2");
		this.architecture = architecture;
		this.inputSize = inputSize;
		this.width = width;
		this.numClasses = numClasses;
	}

	/** Same with the architecture's {@link Architecture#defaultWidth()}. */
	public NetworkSpec(Architecture architecture, int inputSize, int numClasses) {
		this(architecture, inputSize, architecture == null ? 0 : architecture.defaultWidth(), numClasses);
	}

	public Architecture architecture() {
		return architecture;
	}

	/** @return S, the side of the square input in pixels */
	public int inputSize() {
		return inputSize;
	}

	public int width() {
		return width;
	}

	/** @return K, the number of logits */
	public int numClasses() {
		return numClasses;
	}

	/** @return 3 */
	public int inputChannels() {
		return INPUT_CHANNELS;
	}

	/** @return a new spec equal to this one but for the input size */
	public NetworkSpec withInputSize(int size) {
		return new NetworkSpec(architecture, size, width, numClasses);
	}

	/** @return the settings as an insertion-ordered map of strings and integers, for JSON */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(KEY_ARCHITECTURE, architecture.id());
		m.put(KEY_INPUT_SIZE, inputSize);
		m.put(KEY_WIDTH, width);
		m.put(KEY_NUM_CLASSES, numClasses);
		m.put(KEY_INPUT_CHANNELS, INPUT_CHANNELS);
		return m;
	}

	/**
	 * Reads what {@link #toMap()} wrote. Numbers may be any {@link Number} with an integral value
	 * (JSON parsers give doubles) or decimal strings; width may be absent (architecture default).
	 *
	 * @throws InputException naming the missing or bad key
	 */
	public static NetworkSpec fromMap(Map<String, ?> map) {
		if (map == null) throw new InputException("Network settings are missing");
		Object arch = map.get(KEY_ARCHITECTURE);
		if (arch == null) throw new InputException("Network settings lack \"" + KEY_ARCHITECTURE + "\"");
		Architecture a = Ids.parse(Architecture.class, arch.toString(), "network");
		int size = integer(map, KEY_INPUT_SIZE, null);
		int width = integer(map, KEY_WIDTH, a.defaultWidth());
		int classes = integer(map, KEY_NUM_CLASSES, null);
		int channels = integer(map, KEY_INPUT_CHANNELS, INPUT_CHANNELS);
		if (channels != INPUT_CHANNELS) throw new InputException(
			"Network \"" + KEY_INPUT_CHANNELS + "\" is " + channels + "; only " + INPUT_CHANNELS + " is supported");
		return new NetworkSpec(a, size, width, classes);
	}

	private static int integer(Map<String, ?> map, String key, Integer fallback) {
		Object v = map.get(key);
		if (v == null) {
			if (fallback != null) return fallback;
			throw new InputException("Network settings lack \"" + key + "\"");
		}
		try {
			double d = v instanceof Number ? ((Number) v).doubleValue() : Double.parseDouble(v.toString().trim());
			if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) throw new NumberFormatException();
			return (int) d;
		}
		catch (NumberFormatException e) {
			throw new InputException("Network setting \"" + key + "\" is not an integer: " + v);
		}
	}

	@Override
	public boolean equals(Object o) {
		if (this == o) return true;
		if (!(o instanceof NetworkSpec)) return false;
		NetworkSpec s = (NetworkSpec) o;
		return architecture == s.architecture && inputSize == s.inputSize && width == s.width && numClasses == s.numClasses;
	}

	@Override
	public int hashCode() {
		return Objects.hash(architecture, inputSize, width, numClasses);
	}

	@Override
	public String toString() {
		return architecture.id() + " " + INPUT_CHANNELS + "x" + inputSize + "x" + inputSize + " width " + width + " classes "
			+ numClasses;
	}
}
