package org.mer.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mer.core.InputException;
import org.mer.faults.ImageFaults;

class FrameLimitsTest {
	@TempDir
	Path dir;

	@Test
	void theLimitIsASettingAndASystemProperty() throws IOException {
		ImageFaults.grey8Png(dir.resolve("img1.png"), 100, 100, 0);
		FrameLimits small = FrameLimits.builder().maxPixels(9999).build();
		String m = assertThrows(InputException.class, () -> new FolderFrameSource(dir, small)).getMessage();
		assertTrue(m.contains("100x100") && m.contains("img1.png"), m);
		new FolderFrameSource(dir, FrameLimits.builder().maxPixels(10000).build()).close();

		String before = System.getProperty(FrameLimits.MAX_PIXELS_PROPERTY);
		try {
			System.setProperty(FrameLimits.MAX_PIXELS_PROPERTY, "9999");
			assertEquals(9999, FrameLimits.defaults().maxPixels());
			assertThrows(InputException.class, () -> new FolderFrameSource(dir));
			System.setProperty(FrameLimits.MAX_PIXELS_PROPERTY, "lots");
			m = assertThrows(InputException.class, FrameLimits::defaults).getMessage();
			assertTrue(m.contains(FrameLimits.MAX_PIXELS_PROPERTY) && m.contains("lots"), m);
		}
		finally {
			if (before == null) System.clearProperty(FrameLimits.MAX_PIXELS_PROPERTY);
			else System.setProperty(FrameLimits.MAX_PIXELS_PROPERTY, before);
		}
		assertEquals(FrameLimits.DEFAULT_MAX_PIXELS, FrameLimits.defaults().maxPixels());
		assertTrue(assertThrows(InputException.class, () -> FrameLimits.builder().maxPixels(0).build()).getMessage().contains("maxPixels"));
	}
}
