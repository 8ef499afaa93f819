package org.mer.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.mer.core.InputException;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/**
 * The weight exchange format shared with {@code scripts/meganet.py}: an uncompressed NumPy
 * {@code .npz} with one float32 C-order array per parameter, entry {@code <name>.npy}, names and
 * shapes as {@link Networks#namedParameters} gives them (PyTorch's {@code state_dict} keys).
 * Works for every network of this package; the PyTorch script defines MEGANet only.
 */
public final class WeightFiles {
	private WeightFiles() {}

	/**
	 * Writes every parameter of an initialised block. The file appears complete or not at all
	 * (written to a temporary file in the same folder, then renamed).
	 */
	public static void save(Block block, Path file) throws IOException {
		Engines.pytorch();
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
		try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch")) {
			NDList list = new NDList();
			for (Map.Entry<String, Parameter> e : Networks.namedParameters(block).entrySet()) {
				NDArray a = e.getValue().getArray().toDevice(m.getDevice(), true).toType(DataType.FLOAT32, false);
				a.attach(m);
				a.setName(e.getKey());
				list.add(a);
			}
			try (OutputStream out = Files.newOutputStream(tmp)) {
				list.encode(out, NDList.Encoding.NPZ);
			}
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	/**
	 * Copies the values of every parameter of an initialised block from {@code file}; entries
	 * the block does not have (e.g. {@code num_batches_tracked}) are ignored.
	 *
	 * @throws InputException naming the file and the parameter when one is missing or has
	 *         another shape, or when the file is not a readable .npz
	 */
	public static void load(Block block, Path file) throws IOException {
		Engines.pytorch();
		try (NDManager m = NDManager.newBaseManager(Engines.pytorch().defaultDevice(), "PyTorch");
			InputStream in = Files.newInputStream(file)) {
			NDList list;
			try {
				list = NDList.decode(m, in);
			}
			catch (RuntimeException e) {
				throw new InputException(file + ": not a readable .npz weight file (" + e.getMessage() + ")", e);
			}
			for (Map.Entry<String, Parameter> e : Networks.namedParameters(block).entrySet()) {
				NDArray target = e.getValue().getArray();
				NDArray source = list.get(e.getKey());
				if (source == null) throw new InputException(file + ": parameter " + e.getKey() + " is missing");
				if (!source.getShape().equals(target.getShape())) throw new InputException(file + ": parameter " + e.getKey()
					+ " has shape " + source.getShape() + ", expected " + target.getShape());
				target.set(source.toType(DataType.FLOAT32, false).toFloatArray());
			}
		}
		catch (NoSuchFileException e) {
			throw new InputException(file + ": weight file not found", e);
		}
	}
}
