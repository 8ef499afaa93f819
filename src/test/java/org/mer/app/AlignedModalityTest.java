package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.align.AffineMap;
import org.mer.align.AlignMode;
import org.mer.align.AlignSettings;
import org.mer.align.accuracy.SyntheticHeadClip;
import org.mer.core.Progress;
import org.mer.data.synth.Motion;
import org.mer.mesti.ModalitySettings;
import org.mer.model.ModelFolder;

/**
 * The align parameter reaches the modality: a still face whose head moves gives a strong MESTI
 * without alignment and almost none with it (the head motion was the only change); the setting
 * is part of the modality settings (cache key, model.json), and an old model.json means none.
 */
class AlignedModalityTest {
	@TempDir
	Path tmp;

	private Path headMotionClip() throws IOException {
		AffineMap[] motions = new AffineMap[11];
		for (int t = 0; t < motions.length; t++)
			motions[t] = AffineMap.similarity(1 + 0.003 * t, 0.3 * t, 0.5 * t, -0.4 * t, 0, 0);
		SyntheticHeadClip clip = new SyntheticHeadClip(3, 1, 96, 96, motions, List.of(Motion.values()[0]), 0, false, 0, 0);
		Path dir = Files.createDirectories(tmp.resolve("moving head"));
		// frames cropped to the face box, as pre-cropped datasets are (alignment registers the whole frame)
		int x0 = (int) clip.box.x(), y0 = (int) clip.box.y(), w = (int) clip.box.width(), h = (int) clip.box.height();
		for (int t = 0; t < clip.frames(); t++) {
			float[] grey = clip.grey(t);
			BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					img.getRaster().setSample(x, y, 0, Math.round(grey[(y0 + y) * 96 + x0 + x]));
			ImageIO.write(img, "png", dir.resolve("img" + (t + 1) + ".png").toFile());
		}
		return dir;
	}

	/** Mean |value| away from the border (8 px), where frames that moved hold replicated edges. */
	private static double meanAbs(MakeModality.Result r) {
		net.imglib2.img.Img<net.imglib2.type.numeric.real.FloatType> img = r.modality().image();
		net.imglib2.Cursor<net.imglib2.type.numeric.real.FloatType> c = img.localizingCursor();
		double sum = 0;
		long n = 0;
		while (c.hasNext()) {
			c.fwd();
			long x = c.getLongPosition(0), y = c.getLongPosition(1);
			if (x < 8 || y < 8 || x >= img.dimension(0) - 8 || y >= img.dimension(1) - 8) continue;
			sum += Math.abs(c.get().get());
			n++;
		}
		return sum / n;
	}

	@Test
	void alignmentRemovesTheHeadMotionFromMesti() throws IOException {
		Path clip = headMotionClip();
		MakeModality.Result plain = MakeModality.run(TestValues.of(UseCase.MESTI, "clip", clip, "apex_frame", 6), null, Progress.NONE);
		MakeModality.Result aligned = MakeModality.run(TestValues.of(UseCase.MESTI, "clip", clip, "apex_frame", 6, "align", "similarity"), null,
			Progress.NONE);
		assertTrue(meanAbs(aligned) < 0.25 * meanAbs(plain), meanAbs(aligned) + " vs " + meanAbs(plain));
		assertTrue(aligned.clip().contains("aligned (similarity) 12 frames to frame 1"), aligned.clip());
		assertTrue(aligned.info().contains("align = similarity"), aligned.info());
		assertTrue(!plain.info().contains("align"), plain.info());
	}

	@Test
	void theSettingIsPartOfTheModalitySettings() throws IOException {
		ModalitySettings none = ModalitySettings.parse("mesti"), similarity = none.withAlign(AlignSettings.of(AlignMode.SIMILARITY));
		assertEquals("mesti-apex_peak-motion", none.key(), "unchanged without alignment: old caches stay valid");
		assertEquals("mesti-apex_peak-motion-align_similarity", similarity.key());
		Map<String, String> map = similarity.toMap();
		assertEquals("similarity", map.get("align"));
		assertEquals(similarity, ModalitySettings.fromMap(map));
		assertEquals(AlignMode.NONE, ModelFolder.readConfig(Path.of("test-data/models/demo")).modalitySettings().align().mode(), "old model.json: none");
	}
}
