package org.mer.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The paths an output folder must never swallow: a command's inputs (dataset root, sheet, frame
 * folders, model folder, CSV files) and its other outputs (report folder, modality cache, CSV).
 * {@link OwnedFolder} refuses to replace or delete a folder that is one of them or an ancestor of
 * one of them, whatever its marker says. Paths are kept as given and compared after
 * {@link OwnedFolder} resolved them (absolute, normalised, symbolic links followed where they
 * exist). Immutable; thread safe.
 */
public final class ProtectedPaths {
	private static final ProtectedPaths NONE = new ProtectedPaths(List.of(), List.of());

	private final List<Path> inputs, outputs;

	private ProtectedPaths(List<Path> inputs, List<Path> outputs) {
		this.inputs = Collections.unmodifiableList(inputs);
		this.outputs = Collections.unmodifiableList(outputs);
	}

	/** Nothing beyond what is always protected (the working directory, the home folder, file-system roots). */
	public static ProtectedPaths none() {
		return NONE;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Inputs of the command (unmodifiable). */
	public List<Path> inputs() { return inputs; }

	/** Other outputs of the command (unmodifiable). */
	public List<Path> outputs() { return outputs; }

	/** A builder holding these paths, to add more. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.inputs.addAll(inputs);
		b.outputs.addAll(outputs);
		return b;
	}

	@Override
	public String toString() {
		return "inputs " + inputs + ", outputs " + outputs;
	}

	/** Collects paths; null paths are ignored so callers can pass optional ones as they are. */
	public static final class Builder {
		private final List<Path> inputs = new ArrayList<>(), outputs = new ArrayList<>();

		private Builder() {}

		/** An input of the command (file or folder); null is ignored. */
		public Builder input(Path p) {
			if (p != null) inputs.add(p);
			return this;
		}

		/** Inputs of the command; null entries are ignored. */
		public Builder inputs(Iterable<Path> paths) {
			for (Path p : Objects.requireNonNull(paths, "inputs"))
				input(p);
			return this;
		}

		/** Another output of the same command (report folder, cache, CSV); null is ignored. */
		public Builder output(Path p) {
			if (p != null) outputs.add(p);
			return this;
		}

		public ProtectedPaths build() {
			return new ProtectedPaths(new ArrayList<>(inputs), new ArrayList<>(outputs));
		}
	}
}
