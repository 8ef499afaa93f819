package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.faults.ImageFaults;

/** A video cut short (an interrupted copy) or that is not a video at all: user errors naming the file, never a crash. */
class VideoFaultsTest {
	@TempDir
	Path dir;

	@Test
	void aTruncatedVideoGivesItsWholeFramesOrAnErrorNamingFileAndFrame() throws IOException {
		Path video = dir.resolve("cut.avi");
		VideoFrameSourceTest.record(video, avcodec.AV_CODEC_ID_FFV1, avutil.AV_PIX_FMT_BGR0, 3);
		ImageFaults.truncate(video, 0.5);
		int read = 0;
		try (VideoFrameSource source = new VideoFrameSource(video)) {
			assertTrue(source.frameNumbers().length < VideoFrameSourceTest.N, "fewer frames are counted");
			for (int n : source.frameNumbers()) {
				try {
					source.frame(n);
					read++;
				}
				catch (InputException e) {
					assertTrue(e.getMessage().contains(video.toString()) && e.getMessage().contains("frame " + n), e.getMessage());
				}
			}
		}
		catch (InputException e) {
			assertTrue(e.getMessage().contains(video.toString()), e.getMessage());
		}
		assertTrue(read < VideoFrameSourceTest.N);
	}

	@Test
	void aFileThatIsNoVideoIsAnInputError() throws IOException {
		Path fake = Files.writeString(dir.resolve("notes.mp4"), "these are notes, not a video");
		String m = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> new VideoFrameSource(fake)).getMessage();
		assertTrue(m.contains(fake.toString()), m);
	}
}
