package org.mer.mesti;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.mer.align.AlignedFrameSource;
import org.mer.align.FrameAlignment;
import org.mer.clip.Clip;
import org.mer.clip.ClipRange;
import org.mer.clip.ClipResolver;
import org.mer.clip.FrameSource;

/**
 * The clip a modality is computed from, for every path that computes one (Create MESTI, classify,
 * the training cache, batches): the frames are first aligned to the onset when the settings ask
 * for it (SPEC §11: before anything else, so that apex spotting and every modality see the same
 * aligned frames; the face region is the whole frame, i.e. the face crop when there is one), then
 * the range is resolved with the settings' apex method ({@link ClipResolver}). Stateless.
 */
public final class ModalityClips {
	private ModalityClips() {}

	/** A resolved clip and, when it was aligned, the per-frame alignments (filled as frames are read). */
	public static final class Resolved {
		private final Clip clip;
		private final AlignedFrameSource aligned;

		private Resolved(Clip clip, AlignedFrameSource aligned) {
			this.clip = clip;
			this.aligned = aligned;
		}

		public Clip clip() { return clip; }

		/** The frames' alignments so far (none when the settings do not align). */
		public List<FrameAlignment> alignments() {
			return aligned == null ? Collections.emptyList() : aligned.alignments();
		}

		/**
		 * One line for logs and Info: the mode, the worst residual and its frame, the frames whose
		 * registration did not converge (their transform is the last good one); "" without alignment.
		 */
		public String summary() {
			if (aligned == null) return "";
			List<FrameAlignment> all = alignments();
			FrameAlignment worst = null;
			List<Integer> failed = new ArrayList<>();
			for (FrameAlignment a : all) {
				if (worst == null || a.residual() > worst.residual()) worst = a;
				if (!a.converged()) failed.add(a.frameNumber());
			}
			return String.format(Locale.ROOT, "aligned (%s) %d frames to frame %d%s%s", aligned.settings().mode().id(), all.size(), aligned.referenceFrame(),
				worst == null ? "" : String.format(Locale.ROOT, "; worst residual %.2f at frame %d", worst.residual(), worst.frameNumber()),
				failed.isEmpty() ? "" : "; not converged: frames " + failed);
		}
	}

	/**
	 * @param source the clip's frames; the caller owns and closes it (the aligned view borrows it)
	 * @throws org.mer.core.InputException from range resolution (a bound that is not a frame, onset after offset)
	 */
	public static Resolved resolve(FrameSource source, ClipRange range, ModalitySettings settings) {
		if (!settings.align().enabled()) return new Resolved(ClipResolver.resolve(source, range, settings.apexMethod()), null);
		AlignedFrameSource aligned = AlignedFrameSource.borrowing(source, range.resolveBounds(source)[0], null, settings.align());
		return new Resolved(ClipResolver.resolve(aligned, range, settings.apexMethod()), aligned);
	}
}
