package org.mer.mesti;

import java.util.Objects;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.mer.Version;
import org.mer.clip.ApexMethod;
import org.mer.clip.Clip;

/**
 * One clip turned into one image, with everything that made it. The image has axis order
 * (X, Y, C): C = frame channels for MESTI, Dynamic Image, apex and difference (signed float,
 * raw), C = 3 (u, v, strain, each in [0, 1]) for flow. Immutable holder; the image is not
 * copied, so callers must not modify it when the value is shared.
 */
public final class ModalityImage {
	private final Img<FloatType> image;
	private final ModalitySettings settings;
	private final String sourceName;
	private final int onset, apex, offset;
	private final ApexMethod apexMethod;
	private final String apexNote;

	public ModalityImage(Img<FloatType> image, ModalitySettings settings, String sourceName, int onset, int apex,
		int offset, ApexMethod apexMethod, String apexNote)
	{
		this.image = Objects.requireNonNull(image);
		this.settings = Objects.requireNonNull(settings);
		this.sourceName = Objects.requireNonNull(sourceName);
		this.onset = onset;
		this.apex = apex;
		this.offset = offset;
		this.apexMethod = Objects.requireNonNull(apexMethod);
		this.apexNote = apexNote == null ? "" : apexNote;
	}

	/** An image made from a clip: source name, frames and apex taken from the clip. */
	public ModalityImage(Img<FloatType> image, ModalitySettings settings, Clip clip) {
		this(image, settings, clip.name(), clip.onset(), clip.apex(), clip.offset(), clip.apexMethod(), clip.apexNote());
	}

	/** Axis order (X, Y, C). */
	public Img<FloatType> image() { return image; }
	public ModalitySettings settings() { return settings; }
	public String sourceName() { return sourceName; }
	public int onset() { return onset; }
	public int apex() { return apex; }
	public int offset() { return offset; }
	/** How the apex was obtained: GIVEN, or the spotting method that replaced it. */
	public ApexMethod apexMethod() { return apexMethod; }
	/** Why the apex is what it is ("" when given and valid). */
	public String apexNote() { return apexNote; }

	/**
	 * Multi-line {@code key = value} text of everything that made the image (for ImagePlus info
	 * and report headers): source, settings ({@link ModalitySettings#toMap()} keys), onset, apex,
	 * offset, frames, apex_source, apex_note (when not empty), size, plugin version.
	 */
	public String info() {
		StringBuilder sb = new StringBuilder();
		line(sb, "source", sourceName);
		settings.toMap().forEach((k, v) -> line(sb, k, v));
		line(sb, "onset", onset);
		line(sb, "apex", apex);
		line(sb, "offset", offset);
		line(sb, "frames", offset - onset + 1);
		line(sb, "apex_source", apexMethod.id());
		if (!apexNote.isEmpty()) line(sb, "apex_note", apexNote);
		line(sb, "size", image.dimension(0) + " x " + image.dimension(1) + " x " + image.dimension(2));
		line(sb, "mesti_meganet_version", Version.get());
		return sb.toString();
	}

	private static void line(StringBuilder sb, String key, Object value) {
		sb.append(key).append(" = ").append(value).append('\n');
	}

	@Override
	public String toString() {
		return settings.kind().id() + " of " + sourceName + " [" + onset + ".." + offset + ", apex " + apex + "]";
	}
}
