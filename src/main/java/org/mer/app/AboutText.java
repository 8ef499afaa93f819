package org.mer.app;

import org.mer.Version;
import org.mer.net.Engines;

/** The About text shared by the SciJava command, the ImageJ 1.x plug-in and the CLI. */
public final class AboutText {
	/** How to cite the method. */
	public static final String CITATION = "Nguyen, Khuong, Le, Ngo: MESTI-MEGANet / Apex-Centered Spatio-Temporal Rank Pooling "
		+ "and Gradient Attention for Micro-Expression Recognition. arXiv:2509.00056";

	private AboutText() {}

	/**
	 * Multi-line {@code key = value} text: version, deep-learning engine (or why it was not
	 * found), the class loader the plugin was loaded by, models folder and installed models,
	 * Java, citation.
	 */
	public static String text() {
		String engine;
		try {
			engine = Engines.describe();
		}
		catch (RuntimeException | LinkageError e) {
			engine = "not available (" + e + ")";
		}
		return "MESTI-MEGANet " + Version.get() + "\n" //
			+ "engine = " + engine + "\n" //
			+ "class_loader = " + AboutText.class.getClassLoader().getClass().getName() + "\n" //
			+ "models_folder = " + InstalledModels.modelsDir() + "\n" //
			+ "installed_models = " + String.join(", ", InstalledModels.names()) + "\n" //
			+ "java = " + System.getProperty("java.version") + " (" + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ")\n" //
			+ "citation = " + CITATION + "\n";
	}
}
