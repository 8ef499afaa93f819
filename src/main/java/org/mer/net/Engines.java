package org.mer.net;

import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngineProvider;

/**
 * The one way the plugin reaches DJL's PyTorch engine. DJL fills its engine registry once,
 * at its first call, from the thread context class loader; inside ImageJ's plugin class loader
 * that finds nothing and "engine not found: PyTorch" would stick for the whole JVM. So the
 * engine is registered explicitly here, offline mode is on unless the user set it, OpenMP's
 * threads are told to sleep rather than spin when idle unless the user chose otherwise
 * ({@link #openMpWaitPolicy()}), and every DJL entry point of the plugin calls {@link #pytorch()}
 * first. Thread safe.
 */
public final class Engines {
	private static volatile Engine engine;

	private Engines() {}

	/** @return the PyTorch engine, registered on first use (libtorch extracted to DJL's cache). */
	public static Engine pytorch() {
		Engine e = engine;
		if (e != null) return e;
		synchronized (Engines.class) {
			if (engine == null) {
				if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
				OpenMpWaitPolicy.applyPassiveUnlessSet();
				Thread t = Thread.currentThread();
				ClassLoader previous = t.getContextClassLoader();
				t.setContextClassLoader(Engines.class.getClassLoader());
				try {
					Engine.registerEngine(new PtEngineProvider());
					engine = Engine.getEngine("PyTorch");
				}
				finally {
					t.setContextClassLoader(previous);
				}
			}
			return engine;
		}
	}

	/**
	 * The OpenMP wait policy libtorch was loaded with: the user's {@code OMP_WAIT_POLICY}, else
	 * "PASSIVE" as set by {@link #pytorch()}, else "" (OpenMP's default, threads spin).
	 */
	public static String openMpWaitPolicy() {
		pytorch();
		return OpenMpWaitPolicy.applied();
	}

	/** One line: engine name and version, libtorch flavour, default device, GPUs seen. */
	public static String describe() {
		Engine e = pytorch();
		String flavor = System.getProperty("PYTORCH_FLAVOR", System.getenv().getOrDefault("PYTORCH_FLAVOR", "cpu (bundled)"));
		return e.getEngineName() + " " + e.getVersion() + ", libtorch flavour " + flavor + ", default device "
			+ e.defaultDevice() + ", GPUs " + e.getGpuCount();
	}
}
