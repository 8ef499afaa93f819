package org.mer.cli;

import java.nio.file.Path;

import org.mer.clip.ApexMethod;
import org.mer.clip.ClipRange;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.face.FaceCrop;

import picocli.CommandLine.Option;

/**
 * The options every clip-reading subcommand shares: where the frames are, onset/apex/offset as
 * absolute frame numbers (absent = first, spotted, last), how to spot the apex and whether to
 * crop the face.
 */
final class ClipOptions {

	@Option(names = "--frames", paramLabel = "DIR", description = "Folder of frame files (jpg, png, bmp, tif), sorted numerically.")
	Path frames;

	@Option(names = "--video", paramLabel = "FILE", description = "Video file (avi, mp4, mov); frames numbered from 1.")
	Path video;

	@Option(names = "--onset", paramLabel = "N", description = "Onset frame number (default: first frame).")
	Integer onset;

	@Option(names = "--apex", paramLabel = "N", description = "Apex frame number (default: spotted).")
	Integer apex;

	@Option(names = "--offset", paramLabel = "N", description = "Offset frame number (default: last frame).")
	Integer offset;

	@Option(names = "--apex-method", paramLabel = "motion|midpoint", defaultValue = "motion",
		description = "How to spot the apex when none is given or it is invalid (default: ${DEFAULT-VALUE}).")
	String apexMethod;

	@Option(names = "--crop-face", description = "Detect the face on the onset frame and crop every frame to it.")
	boolean cropFace;

	/** Opens the frame source named by --frames or --video (exactly one), face-cropped if asked. Caller closes. */
	FrameSource open() {
		if ((frames == null) == (video == null))
			throw new InputException("give exactly one of --frames DIR or --video FILE");
		FrameSource source = FrameSources.open(frames != null ? frames : video);
		if (!cropFace) return source;
		try {
			int first = range().resolveBounds(source)[0];
			return FaceCrop.apply(source, first);
		}
		catch (RuntimeException e) {
			source.close();
			throw e;
		}
	}

	ClipRange range() {
		return new ClipRange(onset, apex, offset);
	}

	ApexMethod spotting() {
		return apexMethodOf(apexMethod);
	}

	/** Parses "motion" or "midpoint" (case-insensitive). */
	static ApexMethod apexMethodOf(String id) {
		String v = id == null ? "" : id.trim().toLowerCase();
		if (v.equals(ApexMethod.MOTION.id())) return ApexMethod.MOTION;
		if (v.equals(ApexMethod.MIDPOINT.id())) return ApexMethod.MIDPOINT;
		throw new InputException("--apex-method: unknown value '" + id + "' (use motion or midpoint)");
	}
}
