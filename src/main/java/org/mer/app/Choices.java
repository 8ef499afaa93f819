package org.mer.app;

import java.util.Locale;

import org.mer.core.Identified;

/** The choices of the application layer that no core enum holds. */
public final class Choices {
	private Choices() {}

	/** What Create MESTI / Create Input Modality return in Fiji: the raw values or the 8-bit form. */
	public enum OutputType implements Identified {
		/** Signed 32-bit values, one slice per channel. */
		RAW("raw 32-bit"),
		/** One global min-max to 0..255 (RGB for 3 channels). */
		EIGHT_BIT("8-bit");

		private final String id;

		OutputType(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}
	}

	/** The image the attention overlay is drawn on. */
	public enum OverlayBase implements Identified {
		/** The modality image the network saw, in 8-bit. */
		MODALITY_IMAGE("modality image"),
		/** The clip's apex frame. */
		APEX_FRAME("apex frame");

		private final String id;

		OverlayBase(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}
	}

	/** Where training folds or clip batches run. */
	public enum Engine implements Identified {
		/** In this JVM. */
		LOCAL,
		/** As Spark tasks (command line only: see docs/spark.md). */
		SPARK;

		@Override
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The setting a variant study varies ({@link SettingStudy}): each value of it is one variant. */
	public enum StudiedSetting implements Identified {
		/** {@code align}: none, translation, similarity, affine. */
		ALIGN("align"),
		/** {@code input_scaling}: minmax, percentile, zscore, dataset. */
		INPUT_SCALING("input_scaling");

		private final String id;

		StudiedSetting(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}
	}
}
