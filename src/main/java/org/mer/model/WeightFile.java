package org.mer.model;

import java.util.Objects;

import org.mer.core.Identified;
import org.mer.core.InputException;

/**
 * One weight file of a model folder as {@code model.json} lists it: its name relative to the
 * folder, its SHA-256 (lower-case hex) and how it is read. Immutable.
 */
public final class WeightFile {

	/** How a weight file is read. */
	public enum Kind implements Identified {
		/** DJL parameter file ({@code name-0000.params}) for a block built from the network spec. */
		DJL_PARAMS("djl-params"),
		/**
		 * TorchScript archive ({@code .pt}) loaded by libtorch. A TorchScript archive is code:
		 * load archives only from sources you trust.
		 */
		TORCHSCRIPT("torchscript");

		private final String id;

		Kind(String id) {
			this.id = id;
		}

		/** The name used in {@code model.json}. */
		@Override
		public String id() {
			return id;
		}
	}

	private final String file;
	private final String sha256;
	private final Kind kind;

	/**
	 * @param file a plain file name inside the model folder (no folders, no "..")
	 * @param sha256 64 hex digits
	 */
	public WeightFile(String file, String sha256, Kind kind) {
		this.file = Objects.requireNonNull(file);
		this.sha256 = Objects.requireNonNull(sha256).toLowerCase();
		this.kind = Objects.requireNonNull(kind);
		if (file.isEmpty() || file.contains("/") || file.contains("\\") || file.equals("..") || file.equals("."))
			throw new InputException("weight file name '" + file + "' must be a plain file name inside the model folder");
		if (!this.sha256.matches("[0-9a-f]{64}"))
			throw new InputException("sha256 of weight file " + file + " is not 64 hex digits: '" + sha256 + "'");
	}

	public String file() { return file; }
	public String sha256() { return sha256; }
	public Kind kind() { return kind; }

	/** The same file with another checksum. */
	public WeightFile withSha256(String newSha256) {
		return new WeightFile(file, newSha256, kind);
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof WeightFile)) return false;
		WeightFile w = (WeightFile) o;
		return file.equals(w.file) && sha256.equals(w.sha256) && kind == w.kind;
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, sha256, kind);
	}

	@Override
	public String toString() {
		return file + " (" + kind.id() + ", sha256 " + sha256 + ")";
	}
}
