package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.faults.JvmProcess;
import org.mer.faults.LibraryNoiseProcess;

/**
 * The core prints nothing of its libraries' own: a damaged video makes FFmpeg complain on
 * stderr and POI logs through Log4j, unless -Dmer.debug=true. Checked in a second JVM, whose
 * stderr holds only what the libraries print.
 */
class LibraryOutputTest {
	@TempDir
	Path tmp;

	private String[] run(List<String> options, String leaveOut, Path video, Path sheet) throws IOException, InterruptedException {
		Process p = JvmProcess.startWithout(LibraryNoiseProcess.class, options, leaveOut, video.toString(), sheet.toString());
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p, true));
		String out = read(p, false);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		return new String[] { out, err.join() };
	}

	private static String read(Process p, boolean err) {
		try {
			return new String((err ? p.getErrorStream() : p.getInputStream()).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	@Test
	void ffmpegAndLog4jAreSilentUnlessDebugging() throws Exception {
		Path video = tmp.resolve("damaged.avi");
		VideoFrameSourceTest.record(video, avcodec.AV_CODEC_ID_MPEG4, avutil.AV_PIX_FMT_YUV420P, 3);
		byte[] b = Files.readAllBytes(video);
		Random r = new Random(5);
		for (int i = b.length / 4; i < b.length * 3 / 4; i++)
			b[i] = (byte) r.nextInt();
		Files.write(video, b);
		Path sheet = Files.writeString(tmp.resolve("sheet.csv"), "subject,frames,label\n01,clip,a\n");

		String[] quiet = run(List.of(), null, video, sheet);
		assertTrue(quiet[0].contains("poiErrorsLogged=false"), quiet[0] + quiet[1]);
		assertFalse(quiet[1].contains("@ 0x"), "FFmpeg printed:\n" + quiet[1]);
		assertEquals("", quiet[1].trim(), "nothing on stderr");

		// the plain command line has no Log4j implementation: Log4j must not complain about that either
		String[] plain = run(List.of(), "log4j-core", video, sheet);
		assertTrue(plain[0].contains("poiErrorsLogged=false"), plain[0] + plain[1]);
		assertEquals("", plain[1].trim(), "nothing on stderr");

		String[] loud = run(List.of("-Dmer.debug=true"), null, video, sheet);
		assertTrue(loud[0].contains("poiErrorsLogged=true"), loud[0] + loud[1]);
		assertTrue(loud[1].contains("@ 0x"), "FFmpeg's own lines are back with mer.debug:\n" + loud[1]);
	}
}
