package org.mer.faults;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.logging.log4j.LogManager;
import org.mer.clip.FrameSource;
import org.mer.clip.FrameSources;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.data.ClassSet;
import org.mer.data.DatasetKind;
import org.mer.data.DatasetReaders;

/**
 * Runs in its own JVM ({@link JvmProcess}) so that its stderr holds only what the libraries
 * print: reads a damaged video (argument 1) frame by frame and a csv sheet (argument 2) through
 * the dataset reader, then prints on stdout "frames=N errors=M poiErrorsLogged=true|false".
 */
public final class LibraryNoiseProcess {
	private LibraryNoiseProcess() {}

	public static void main(String[] args) {
		int frames = 0, errors = 0;
		try (FrameSource video = FrameSources.open(Paths.get(args[0]))) {
			for (int n : video.frameNumbers()) {
				try {
					video.frame(n);
					frames++;
				}
				catch (InputException e) {
					errors++;
				}
			}
		}
		catch (InputException e) {
			errors++;
		}
		Path sheet = Paths.get(args[1]);
		try {
			DatasetReaders.forKind(DatasetKind.CSV).read(sheet.getParent(), sheet, ClassSet.identity("x", java.util.List.of("a")),
				Progress.NONE);
		}
		catch (InputException e) {
			// only the logging matters here
		}
		System.out.println("frames=" + frames + " errors=" + errors + " poiErrorsLogged="
			+ LogManager.getLogger("org.apache.poi.ss.usermodel.WorkbookFactory").isErrorEnabled());
	}
}
