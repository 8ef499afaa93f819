package org.mer.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Paths;

import ai.djl.Device;

import org.junit.jupiter.api.Test;
import org.mer.clip.ClipRange;
import org.mer.clip.ClipResolver;
import org.mer.clip.FolderFrameSource;
import org.mer.core.Progress;
import org.mer.mesti.ScalingSettings;

/**
 * The bundled demo model predates the input-scaling option: it must still be read as min-max and
 * give the logits it gave before (measured on CPU with the code of commit c9402e2, float bits
 * -1076707962, 1070787725, -1069022260; the tolerance only allows for another CPU's libtorch
 * kernels). NetworkInput's min-max is compared bit for bit with the old code in InputScalingTest.
 */
class DemoModelLogitsTest {
	@Test
	void demoClipGivesTheLogitsOfBeforeTheScalingOption() {
		try (Classifier classifier = Classifier.open(Paths.get("test-data/models/demo"), Device.cpu());
			FolderFrameSource source = new FolderFrameSource(Paths.get("test-data/demo/clip")))
		{
			assertEquals(ScalingSettings.minmax(), classifier.model().config().scaling());
			Prediction p = classifier.classify(ClipResolver.resolve(source, new ClipRange(46, 63, 75),
				classifier.model().config().modalitySettings().apexMethod()), Progress.NONE);
			float[] before = { Float.intBitsToFloat(-1076707962), Float.intBitsToFloat(1070787725), Float.intBitsToFloat(-1069022260) };
			assertArrayEquals(before, p.logits(), 1e-5f);
		}
	}
}
