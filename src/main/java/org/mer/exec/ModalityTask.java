package org.mer.exec;

import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.mesti.ModalitySettings;
import org.mer.train.ModalityCache;

/**
 * Computes one sample's modality image into a cache folder in whatever JVM it lands in, with
 * {@link ModalityCache#get} (the function the local engine calls; the cache writes atomically,
 * so two attempts of one sample leave one whole file).
 */
public final class ModalityTask {
	private ModalityTask() {}

	/** Modality settings as a serialisable map ({@link ModalitySettings#toMap()}). */
	public static LinkedHashMap<String, String> settingsMap(ModalitySettings modality) {
		return new LinkedHashMap<>(modality.toMap());
	}

	/**
	 * @return null when the image is in the cache, else the reason it could not be made (the
	 *         driver computes that sample again and reports it)
	 */
	public static String compute(String cacheFolder, Map<String, String> modality, SampleRecord sample) {
		try {
			new ModalityCache(Paths.get(cacheFolder)).get(sample.toSample(), ModalitySettings.fromMap(modality), Progress.NONE);
			return null;
		}
		catch (InputException e) {
			return e.getMessage();
		}
	}
}
