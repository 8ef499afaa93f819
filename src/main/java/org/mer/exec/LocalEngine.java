package org.mer.exec;

import java.nio.file.Path;

import org.mer.classify.ClipExecutor;
import org.mer.train.FoldExecutor;

/** Everything in this JVM, one fold or clip after the other: the default engine. Stateless. */
public final class LocalEngine implements ExecutionEngine {
	public static final LocalEngine INSTANCE = new LocalEngine();

	private LocalEngine() {}

	@Override
	public String description() { return "local"; }

	@Override
	public FoldExecutor folds() { return null; }

	@Override
	public ClipExecutor clips(Path modelDir, String device) { return null; }

	@Override
	public void close() {}
}
