package org.mer.net;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Makes libtorch's OpenMP threads sleep, not spin, while they wait for work
 * ({@code OMP_WAIT_POLICY=PASSIVE}), unless the user set {@code OMP_WAIT_POLICY} already.
 * <p>
 * Why: with the default policy each of libtorch's intra-op threads busy-waits at the end of
 * every parallel operator. When the machine has other busy processes (Fiji's own threads,
 * another program, a shared server), a descheduled thread makes the others spin for a whole
 * time slice, and a MEGANet forward pass measured 10 to 20 times slower on 2 shared cores
 * (see BENCHMARKS.md). OpenMP reads the variable once, when its runtime library is loaded, so
 * this must run before libtorch is: {@link Engines#pytorch()} calls it first. It sets the
 * variable in the C environment of the process (libc {@code setenv} through JNA, on Linux and
 * macOS; on Windows nothing is done). Failures are ignored: the default policy is then used.
 * Thread safe (runs once).
 */
final class OpenMpWaitPolicy {
	static final String VARIABLE = "OMP_WAIT_POLICY";
	private static volatile String applied;

	private OpenMpWaitPolicy() {}

	interface CLibrary extends Library {
		int setenv(String name, String value, int overwrite);
	}

	/** Sets OMP_WAIT_POLICY=PASSIVE when it is unset; returns the policy in effect for OpenMP. */
	static synchronized String applyPassiveUnlessSet() {
		if (applied != null) return applied;
		String user = System.getenv(VARIABLE);
		if (user != null && !user.isEmpty()) return applied = user;
		try {
			if (!Platform.isWindows() && Native.load("c", CLibrary.class).setenv(VARIABLE, "PASSIVE", 0) == 0)
				return applied = "PASSIVE";
		}
		catch (Throwable e) {
			// JNA or libc unavailable: OpenMP keeps its default
		}
		return applied = "";
	}

	/** The policy set for OpenMP ("" = OpenMP's default), after {@link #applyPassiveUnlessSet()}. */
	static String applied() {
		String a = applied;
		return a == null ? "" : a;
	}
}
