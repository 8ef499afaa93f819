package org.mer.clip;

import java.nio.file.Path;
import java.util.Locale;

import org.mer.core.InputException;

/**
 * How large a frame may be before it is decoded. A frame file declares its width and height in
 * its header; {@link FrameFiles} reads them without touching the pixels and refuses a frame over
 * {@link #maxPixels()} (width x height x pages), so a tiny file that declares a huge image (an
 * "image bomb") is an {@link InputException} naming the file instead of an
 * {@link OutOfMemoryError}. Video frame sizes are checked the same way.
 * <p>
 * The default, {@value #DEFAULT_MAX_PIXELS} pixels (50 megapixels), passes every camera format up
 * to 8K UHD (7680 x 4320 = 33.2 megapixels; a decoded 8K RGB frame takes 400 MB as floats) and
 * refuses e.g. a 46000 x 46000 PNG (2.1 gigapixels). It can be changed for a whole run with the
 * system property {@value #MAX_PIXELS_PROPERTY} (e.g. {@code -Dmer.frame.maxPixels=100000000}),
 * read each time {@link #defaults()} is called, or per source with {@link #builder()}.
 * Immutable, thread safe.
 */
public final class FrameLimits {
	/** System property overriding {@link #DEFAULT_MAX_PIXELS}. */
	public static final String MAX_PIXELS_PROPERTY = "mer.frame.maxPixels";
	/** 50 megapixels. */
	public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

	private final long maxPixels;

	private FrameLimits(Builder b) {
		if (b.maxPixels < 1) throw new InputException("maxPixels must be at least 1, got " + b.maxPixels);
		maxPixels = b.maxPixels;
	}

	/**
	 * The limits of this run: {@value #DEFAULT_MAX_PIXELS} pixels, or the value of the system
	 * property {@value #MAX_PIXELS_PROPERTY}.
	 *
	 * @throws InputException naming the property when its value is not a positive whole number
	 */
	public static FrameLimits defaults() {
		String property = System.getProperty(MAX_PIXELS_PROPERTY);
		Builder b = builder();
		if (property != null) {
			try {
				b.maxPixels(Long.parseLong(property.trim()));
			}
			catch (NumberFormatException e) {
				throw new InputException("system property " + MAX_PIXELS_PROPERTY + " must be a whole number of pixels, got '" + property + "'");
			}
			if (b.maxPixels < 1)
				throw new InputException("system property " + MAX_PIXELS_PROPERTY + " must be at least 1, got " + property.trim());
		}
		return b.build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The most pixels (width x height x pages) a frame may have. */
	public long maxPixels() {
		return maxPixels;
	}

	/**
	 * @param what "frame img46.jpg", "video clip.avi", for the message
	 * @throws InputException naming {@code what}, its size and the limit when it is too large
	 */
	void check(String what, long width, long height, long pages) {
		if (width < 1 || height < 1) throw new InputException(what + " declares an empty size " + width + "x" + height);
		double pixels = (double) width * height * Math.max(1, pages);
		if (pixels > maxPixels)
			throw new InputException(String.format(Locale.ROOT,
				"%s declares %dx%d pixels%s (%.1f megapixels), more than the limit of %.1f megapixels (system property %s)", what, width,
				height, pages > 1 ? " x " + pages + " pages" : "", pixels / 1e6, maxPixels / 1e6, MAX_PIXELS_PROPERTY));
	}

	/** As {@link #check(String, long, long, long)} for a frame file. */
	void check(Path file, long width, long height, long pages) {
		check("frame " + file, width, height, pages);
	}

	/** Mutable builder; {@link #build()} checks the values. */
	public static final class Builder {
		private long maxPixels = DEFAULT_MAX_PIXELS;

		private Builder() {}

		/** At least 1. */
		public Builder maxPixels(long v) {
			maxPixels = v;
			return this;
		}

		/** @throws InputException naming the field when a value is out of range */
		public FrameLimits build() {
			return new FrameLimits(this);
		}
	}
}
