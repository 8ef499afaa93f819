package org.mer.ij;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.io.FileSaver;

import org.mer.attention.AttentionView;
import org.mer.classify.Prediction;
import org.mer.core.InputException;
import org.mer.io.AtomicFiles;
import org.mer.mesti.EightBit;
import org.mer.mesti.ModalityImage;

/**
 * The image files of one classified clip, shared by every front end (Fiji commands, ImageJ 1.x
 * plug-ins, the CLI's {@code --attention-dir}, the demo): the image shown as
 * {@code <shown title>.png} and, for models with Gradient Attention, the attention of the default
 * view ({@link AttentionView#DEFAULT}: the maximum of the blocks) as
 * {@link AttentionFiles} writes it. No window code; every file written atomically. Stateless.
 */
public final class PredictionImages {
	private PredictionImages() {}

	/** The modality image the network saw, in its 8-bit form (SPEC §3), titled {@code <clipName>_<modality>}. */
	public static ImagePlus modalityImage(Prediction p, String clipName) {
		ModalityImage m = p.image();
		return ImagePlusBridge.toImagePlus8(EightBit.scale(m.image()).image(), clipName + "_" + m.settings().kind().id());
	}

	/**
	 * Writes {@code shown} as PNG and, when the prediction has attention, the attention overlay
	 * PNG, the 32-bit attention TIFF and the ROI zip of the default view's map drawn on {@code shown}.
	 *
	 * @return the files written, in that order
	 */
	public static List<Path> write(Path dir, String clipName, ImagePlus shown, Prediction p, AttentionStyle style) {
		List<Path> written = new ArrayList<>();
		Path png = dir.resolve(AttentionFiles.fileStem(shown.getTitle()) + ".png");
		try {
			ImagePlus copy = new ImagePlus(shown.getTitle(), shown.getProcessor().duplicate());
			AtomicFiles.write(png, tmp -> {
				if (!new FileSaver(copy).saveAsPng(tmp.toString())) throw new IOException("ImageJ could not save " + tmp);
			});
		}
		catch (IOException e) {
			throw new InputException("cannot write " + png + ": " + e.getMessage(), e);
		}
		written.add(png);
		if (p.hasAttention()) written.addAll(AttentionFiles.write(dir, clipName, shown, AttentionView.DEFAULT.select(p.attentionMaps()), p.width(),
			p.height(), style));
		return written;
	}
}
