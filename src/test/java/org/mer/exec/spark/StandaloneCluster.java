package org.mer.exec.spark;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone master and one worker as separate JVMs on 127.0.0.1 (classes from
 * spark-core on this JVM's class path), with free ports and their logs in a folder. Executors
 * the worker starts get this JVM's class path. {@link #close()} kills the worker's executors,
 * the worker and the master, waiting a bounded time for each.
 */
final class StandaloneCluster implements AutoCloseable {
	private static final String LOOPBACK = "127.0.0.1";

	private final Path dir;
	private final List<Process> processes = new ArrayList<>();
	private final int masterPort;
	private Process worker;

	/**
	 * @param dir folder for the logs, the worker's work folder and an empty SPARK_HOME
	 * @param cores cores the worker offers
	 */
	StandaloneCluster(Path dir, int cores, String workerMemory) throws IOException, InterruptedException {
		this.dir = dir;
		Files.createDirectories(dir.resolve("spark-home/jars"));
		Files.createDirectories(dir.resolve("work"));
		masterPort = freePort();
		try {
			processes.add(start("master", "org.apache.spark.deploy.master.Master", "--host", LOOPBACK, "--port",
				String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
			awaitPort(masterPort, 90);
			worker = start("worker", "org.apache.spark.deploy.worker.Worker", masterUrl(), "--host", LOOPBACK, "--port",
				String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()), "--cores", String.valueOf(cores), "--memory",
				workerMemory, "--work-dir", dir.resolve("work").toString());
			processes.add(worker);
		}
		catch (IOException | InterruptedException | RuntimeException e) {
			close();
			throw e;
		}
	}

	String masterUrl() { return "spark://" + LOOPBACK + ":" + masterPort; }

	/** The class path of this JVM (the real one when surefire/failsafe run from a manifest-only jar). */
	static String classPath() {
		String cp = System.getProperty("surefire.test.class.path");
		return cp != null && !cp.isEmpty() ? cp : System.getProperty("java.class.path");
	}

	/** The worker's executor JVM for a Spark executor id, if running. */
	Optional<ProcessHandle> executor(String executorId) {
		return worker.descendants().filter(p -> {
			List<String> a = arguments(p);
			int i = a.indexOf("--executor-id");
			return a.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend") && i >= 0 && i + 1 < a.size()
				&& a.get(i + 1).equals(executorId);
		}).findFirst();
	}

	/** A process's command line (from /proc on Linux, where ProcessHandle.Info may lack long ones). */
	private static List<String> arguments(ProcessHandle p) {
		try {
			byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
			return Arrays.asList(new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0"));
		}
		catch (IOException | RuntimeException e) {
			return Arrays.asList(p.info().arguments().orElse(new String[0]));
		}
	}

	Path logs() { return dir; }

	private Process start(String name, String mainClass, String... args) throws IOException {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		cmd.add("-Xmx512m");
		cmd.addAll(Arrays.asList(SparkEngine.EXECUTOR_JAVA_OPTIONS.split(" ")));
		cmd.add("-cp");
		cmd.add(classPath());
		cmd.add(mainClass);
		cmd.addAll(Arrays.asList(args));
		ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
		pb.environment().put("SPARK_LOCAL_IP", LOOPBACK);
		pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
		pb.environment().put("SPARK_SCALA_VERSION", "2.13");
		pb.environment().put("SPARK_NO_DAEMONIZE", "1");
		return pb.start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(LOOPBACK))) {
			return s.getLocalPort();
		}
	}

	private void awaitPort(int port, int seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			for (Process p : processes)
				if (!p.isAlive()) throw new IllegalStateException("a Spark daemon exited; see the logs in " + dir);
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(LOOPBACK, port), 500);
				return;
			}
			catch (IOException e) {
				Thread.sleep(300);
			}
		}
		throw new IllegalStateException("the Spark master did not open port " + port + " within " + seconds + " s; see " + dir + File.separator + "master.log");
	}

	@Override
	public void close() {
		for (int i = processes.size() - 1; i >= 0; i--) {
			Process p = processes.get(i);
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			try {
				p.waitFor(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
