package org.mer.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mer.core.InputException;
import org.mer.mesti.ModalityKind;
import org.mer.mesti.ModalitySettings;
import org.mer.net.NetworkSpec;
import org.mer.train.ModalityCache;

/**
 * What an export writes: the modalities (all with one apex method, so a sample has one apex), the side S of the square
 * images ({@value NetworkSpec#MIN_INPUT_SIZE}..{@value NetworkSpec#MAX_INPUT_SIZE}, as a
 * network input) and the file format. Immutable, thread safe; built with {@link #builder()}.
 */
public final class ExportSettings {
	private final List<ModalitySettings> modalities;
	private final int inputSize;
	private final ExportFormat format;

	private ExportSettings(Builder b) {
		if (b.modalities.isEmpty()) throw new InputException("export modalities: give at least one");
		Set<String> names = new LinkedHashSet<>();
		for (ModalitySettings m : b.modalities)
			if (!names.add(name(m))) throw new InputException("export modalities: " + name(m) + " is given twice");
			else if (m.apexMethod() != b.modalities.get(0).apexMethod())
				throw new InputException("export modalities: all must spot the apex the same way, got " + m.apexMethod().id() + " and " + b.modalities.get(0).apexMethod().id());
		if (b.inputSize < NetworkSpec.MIN_INPUT_SIZE || b.inputSize > NetworkSpec.MAX_INPUT_SIZE)
			throw new InputException("export input_size must be in " + NetworkSpec.MIN_INPUT_SIZE + ".." + NetworkSpec.MAX_INPUT_SIZE + ", got " + b.inputSize);
		modalities = Collections.unmodifiableList(new ArrayList<>(b.modalities));
		inputSize = b.inputSize;
		format = Objects.requireNonNull(b.format, "export format");
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<ModalitySettings> modalities() { return modalities; }

	/** S: every image is S x S. */
	public int inputSize() { return inputSize; }

	public ExportFormat format() { return format; }

	/**
	 * The name of a modality in file names, array names and manifest columns: the kind's id, and
	 * for MESTI the weighting too ({@code mesti-apex_peak}, {@code mesti-rank_pooled}, {@code flow},
	 * {@code dynamic-image}).
	 */
	public static String name(ModalitySettings m) {
		return m.kind() == ModalityKind.MESTI ? m.kind().id() + "-" + m.weighting().id() : m.kind().id();
	}

	/**
	 * The settings as written to {@code export.json} and hashed: modalities (name and their
	 * {@link ModalitySettings#toMap()}), input_size, format, the value layout and the modality
	 * computation version ({@link ModalityCache#CACHE_VERSION}).
	 */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		List<Map<String, Object>> mods = new ArrayList<>();
		for (ModalitySettings s : modalities) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", name(s));
			one.putAll(s.toMap());
			mods.add(one);
		}
		m.put("modalities", mods);
		m.put("input_size", inputSize);
		m.put("format", format.id());
		m.put("layout", format == ExportFormat.PNG ? "8-bit RGB PNG, S x S, global min-max of the three channels to 0..255"
			: format == ExportFormat.TIFF ? "float32 ImageJ TIFF, S x S, one slice per channel (c = 0, 1, 2)"
			: "float32 little-endian, shape (3, S, S) = (channel, y, x), C order");
		m.put("values", "the modality image resized to S x S as the network input is (area averaging when shrinking, bilinear when growing, "
			+ "a grey image repeated to 3 channels), not scaled or standardised");
		m.put("modality_version", ModalityCache.CACHE_VERSION);
		return m;
	}

	/** Mutable builder; defaults: no modality, S = 112, npz. */
	public static final class Builder {
		private final List<ModalitySettings> modalities = new ArrayList<>();
		private int inputSize = 112;
		private ExportFormat format = ExportFormat.NPZ;

		private Builder() {}

		public Builder modalities(List<ModalitySettings> list) {
			modalities.clear();
			modalities.addAll(list);
			return this;
		}

		public Builder inputSize(int size) {
			inputSize = size;
			return this;
		}

		public Builder format(ExportFormat f) {
			format = f;
			return this;
		}

		/** @throws InputException naming the field that is out of range */
		public ExportSettings build() {
			return new ExportSettings(this);
		}
	}
}
