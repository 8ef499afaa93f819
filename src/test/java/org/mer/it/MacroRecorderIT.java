package org.mer.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.app.UseCase;

/**
 * ImageJ's macro recorder on the plug-ins' dialogs, in the real ImageJ 1.54p with its GUI on
 * Xvfb: {@link MacroRecordingUser} opens the Recorder, picks Create MESTI and Create Input
 * Modality from the menu, fills their dialogs and clicks OK. The lines the Recorder wrote are
 * checked field by field, then replayed verbatim as a fresh batch macro, which must write the
 * same TIFFs (pixel for pixel) as the recorded dialog runs did. The Recorder's text is kept as
 * {@code target/macro-recorder-recorded.ijm} so a person can read it.
 */
class MacroRecorderIT {
	private static final Path DEMO_CLIP = Paths.get("test-data/demo/clip").toAbsolutePath();

	@Test
	void dialogsAreRecordedAsLinesThatReplayToTheSameFiles(@TempDir Path dir) throws Exception {
		Path tree = ImageJRunner.tree();
		Path out = Files.createDirectories(dir.resolve("out dir"));
		Path mesti = out.resolve("mesti.tif"), difference = out.resolve("difference.tif");
		String range = "\tonset_frame=46\tapex_frame=63\toffset_frame=75";
		String mestiDialog = "Create MESTI\tclip=" + DEMO_CLIP + range + "\tweighting=rank_pooled\toutput_type=raw 32-bit\toutput_file=" + mesti;
		String modalityDialog = "Create Input Modality\tclip=" + DEMO_CLIP + "\tmodality=difference" + range
			+ "\tweighting=apex_peak\toutput_type=8-bit\toutput_file=" + difference;
		Path recording = dir.resolve("recorded.ijm");
		ImageJRunner.Result r = ImageJRunner.java(MacroRecordingUser.class, Arrays.asList(tree.toString(), recording.toString(), mestiDialog, modalityDialog),
			120);
		Path failureShot = Paths.get(recording + ".png");
		if (Files.isRegularFile(failureShot)) Files.copy(failureShot, Paths.get("target/macro-recorder-failure.png"), StandardCopyOption.REPLACE_EXISTING);
		assertEquals(0, r.exitCode, r + "\n(screen at the failure: target/macro-recorder-failure.png)");
		String recorded = new String(Files.readAllBytes(recording), StandardCharsets.UTF_8);
		Files.copy(recording, Paths.get("target/macro-recorder-recorded.ijm"), StandardCopyOption.REPLACE_EXISTING);
		List<String> lines = Arrays.stream(recorded.split("\n")).filter(l -> !l.trim().isEmpty()).collect(Collectors.toList());
		assertEquals(Arrays.asList( //
			"run(\"Create MESTI\", \"clip=" + DEMO_CLIP + " onset_frame=46 apex_frame=63 offset_frame=75 weighting=rank_pooled"
				+ " output_type=[raw 32-bit] output_file=[" + mesti + "] apex_method=motion align=none\");",
			"run(\"Create Input Modality\", \"clip=" + DEMO_CLIP + " modality=difference onset_frame=46 apex_frame=63 offset_frame=75"
				+ " weighting=apex_peak output_type=8-bit output_file=[" + difference + "] apex_method=motion align=none\");"),
			lines, "the Recorder's text:\n" + recorded);

		ImagePlus recordedMesti = IJ.openImage(mesti.toString()), recordedDifference = IJ.openImage(difference.toString());
		PlainImageJIT.assertSameStack(PlainImageJIT.modality(UseCase.MESTI, "weighting", "rank_pooled"), recordedMesti);
		assertSamePixels(PlainImageJIT.modality(UseCase.MODALITY, "modality", "difference", "output_type", "8-bit"), recordedDifference);

		Files.delete(mesti);
		Files.delete(difference);
		ImageJRunner.Result replay = ImageJRunner.batch(ImageJRunner.macro(dir, "replay.ijm", recorded + "print(\"REPLAY DONE\");\n"), "", 120);
		assertTrue(replay.output.contains("REPLAY DONE"), replay.toString());
		assertFalse(replay.output.contains("Exception"), replay.toString());
		assertSamePixels(recordedMesti, IJ.openImage(mesti.toString()));
		assertSamePixels(recordedDifference, IJ.openImage(difference.toString()));
	}

	/** Same type, size and raw pixel values in every slice. */
	private static void assertSamePixels(ImagePlus expected, ImagePlus actual) {
		assertEquals(expected.getType(), actual.getType());
		assertEquals(expected.getStackSize(), actual.getStackSize());
		assertEquals(expected.getWidth(), actual.getWidth());
		assertEquals(expected.getHeight(), actual.getHeight());
		ImageStack a = expected.getStack(), b = actual.getStack();
		for (int s = 1; s <= a.getSize(); s++) {
			Object pa = a.getPixels(s), pb = b.getPixels(s);
			if (pa instanceof float[]) assertArrayEquals((float[]) pa, (float[]) pb, "slice " + s);
			else if (pa instanceof int[]) assertArrayEquals(rgb((int[]) pa), rgb((int[]) pb), "slice " + s);
			else if (pa instanceof byte[]) assertArrayEquals((byte[]) pa, (byte[]) pb, "slice " + s);
			else assertArrayEquals((short[]) pa, (short[]) pb, "slice " + s);
		}
	}

	private static int[] rgb(int[] argb) {
		int[] out = new int[argb.length];
		for (int i = 0; i < argb.length; i++)
			out[i] = argb[i] & 0xffffff;
		return out;
	}
}
