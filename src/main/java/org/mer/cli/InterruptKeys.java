package org.mer.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C on the command line: the first press asks the running command to stop at its next safe
 * point (the JVM does not start shutting down, so the command finishes its step and exits with
 * 130, its files complete); a second press stops the JVM at once (exit 130; files are written
 * atomically, so none is half-written, and a lock left behind is recognised as stale). Uses the
 * JDK's {@code sun.misc.Signal} (module jdk.unsupported) by reflection; where it is missing,
 * {@link #install} returns null and the caller keeps the shutdown-hook behaviour.
 */
final class InterruptKeys {
	private InterruptKeys() {}

	/** A handler that can be put back. */
	interface Installed {
		void restore();
	}

	/**
	 * @param firstPress called on the first Ctrl-C (set the cancel flag, say what happens)
	 * @return how to restore the previous handler, or null when signals cannot be handled here
	 */
	static Installed install(Runnable firstPress) {
		try {
			Class<?> signalClass = Class.forName("sun.misc.Signal");
			Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
			Object sigint = signalClass.getConstructor(String.class).newInstance("INT");
			Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
			boolean[] pressed = { false };
			Object handler = Proxy.newProxyInstance(InterruptKeys.class.getClassLoader(), new Class<?>[] { handlerClass }, (proxy, method, args) -> {
				if (!method.getName().equals("handle")) return method.invoke(proxy, args);
				synchronized (pressed) {
					if (pressed[0]) Runtime.getRuntime().halt(130);
					pressed[0] = true;
				}
				firstPress.run();
				return null;
			});
			Object previous = handle.invoke(null, sigint, handler);
			return () -> {
				try {
					handle.invoke(null, sigint, previous);
				}
				catch (ReflectiveOperationException e) {
					// the JVM is going away anyway
				}
			};
		}
		catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
			return null;
		}
	}
}
