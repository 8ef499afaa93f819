package org.mer.model;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import org.mer.net.Devices;
import org.mer.core.InputException;
import org.mer.core.Progress;
import org.mer.io.OutputKind;
import org.mer.io.OwnedFolder;
import org.mer.io.ProtectedPaths;
import org.mer.net.Engines;
import org.mer.net.NetworkSpec;
import org.mer.net.Networks;

/**
 * A model is a folder: {@code model.json} ({@link ModelConfig}) plus its weight files. Two
 * kinds of weights are read:
 * <ul>
 * <li>{@code djl-params}: a DJL parameter file as {@link Model#save(Path, String)} writes it
 * ({@code <architecture>-0000.params}), loaded into the block that
 * {@link Networks#build(NetworkSpec)} makes from the config's network settings;</li>
 * <li>{@code torchscript}: a TorchScript archive ({@code .pt}) loaded by libtorch through DJL's
 * PyTorch engine, for networks trained in PyTorch (see {@code scripts/meganet.py}). <b>A
 * TorchScript archive is code</b>: libtorch runs what it contains, so load archives only from
 * sources you trust. The SHA-256 check below protects against corruption and against swapped
 * files, not against an untrusted author.</li>
 * </ul>
 * Loading validates everything it can before libtorch reads a byte: model.json present and
 * parseable, format version known, class count consistent, its seal intact ({@link ModelSeal};
 * a folder without a seal loads with a warning), every weight file present with the SHA-256 that
 * model.json records. Then it reads the weights, compares each parameter's shape
 * with the network the config describes, and runs one forward pass on zeros to check the number
 * of outputs. Every problem is an {@link InputException} naming the file and the problem.
 * When model.json lists several weight files, all are checked and the first one is loaded.
 * Stateless and thread safe.
 */
public final class ModelFolder {
	private ModelFolder() {}

	/**
	 * {@link #save(Block, ModelConfig, Path, ProtectedPaths)} protecting only what is always
	 * protected (working directory, home folder, roots); the folder rule still applies.
	 */
	public static ModelConfig save(Block block, ModelConfig config, Path dir) throws IOException {
		return save(block, config, dir, ProtectedPaths.none());
	}

	/**
	 * Saves a trained block with its config. The weights are written as a DJL parameter file
	 * named after the architecture, model.json gets that file's SHA-256 (any weights listed in
	 * {@code config} are replaced) and its seal ({@link ModelSeal}). The folder is written as
	 * {@link OutputKind#MODEL} through {@link OwnedFolder#replace}: built in a temporary sibling
	 * folder, then swapped in; an existing folder is replaced only when it is empty or an earlier
	 * model folder of this tool (its {@code .mer-output} marker), never when it is or contains an
	 * input or another output of the command, the working directory or the home folder. On any
	 * failure the old folder stays as it was.
	 *
	 * @param block initialised block whose structure matches {@code config.networkSpec()}; not
	 *          closed or modified
	 * @param protect the command's inputs (dataset root, sheet) and other outputs (report, cache)
	 * @return the config as written
	 * @throws org.mer.core.InputException when {@code dir} may not be replaced (before anything is
	 *           written)
	 */
	public static ModelConfig save(Block block, ModelConfig config, Path dir, ProtectedPaths protect) throws IOException {
		OwnedFolder.checkWritable(dir, OutputKind.MODEL, protect);
		Engines.pytorch();
		ModelConfig[] written = new ModelConfig[1];
		OwnedFolder.replace(dir, OutputKind.MODEL, protect, tmp -> {
			String name = config.networkSpec().architecture().id();
			try (Model model = Model.newInstance(name, Device.cpu(), "PyTorch")) {
				model.setBlock(block);
				model.setProperty("Epoch", "0");
				model.save(tmp, name);
			}
			Path params = tmp.resolve(name + "-0000.params");
			if (!Files.isRegularFile(params)) throw new IOException("DJL did not write " + params);
			List<WeightFile> weights = new ArrayList<>();
			weights.add(new WeightFile(params.getFileName().toString(), Sha256.of(params), WeightFile.Kind.DJL_PARAMS));
			written[0] = config.withWeights(weights);
			Files.write(tmp.resolve(ModelConfig.FILE_NAME), ModelSeal.sealedJson(written[0]).getBytes(StandardCharsets.UTF_8));
		});
		return written[0];
	}

	/**
	 * Reads and validates {@code dir/model.json}, checks its seal ({@link ModelSeal}) and
	 * every weight file against it (presence and SHA-256) without loading anything into libtorch.
	 * A folder without a seal is read; the warning goes nowhere (see
	 * {@link #readConfig(Path, Progress)}).
	 *
	 * @throws InputException naming the file and the problem
	 */
	public static ModelConfig readConfig(Path dir) {
		return readConfig(dir, Progress.NONE);
	}

	/**
	 * As {@link #readConfig(Path)}; a folder without a seal is read and
	 * {@link ModelSeal#unsealedWarning} is logged to {@code progress}.
	 */
	public static ModelConfig readConfig(Path dir, Progress progress) {
		ModelConfig config = readConfigUnchecked(dir);
		if (ModelSeal.checkSeal(dir) == ModelSeal.Verdict.UNSEALED) progress.log(ModelSeal.unsealedWarning(dir));
		checkWeights(dir, config);
		return config;
	}

	/** Every weight file of {@code config} is present in {@code dir} with its recorded SHA-256. */
	static void checkWeights(Path dir, ModelConfig config) {
		Path json = dir.resolve(ModelConfig.FILE_NAME);
		if (config.weights().isEmpty()) throw new InputException(json + ": lists no weight files");
		for (WeightFile w : config.weights()) {
			Path f = dir.resolve(w.file());
			if (!Files.isRegularFile(f))
				throw new InputException("weight file " + f + " listed in " + json + " is missing");
			String actual;
			try {
				actual = Sha256.of(f);
			}
			catch (IOException e) {
				throw new InputException("cannot read weight file " + f + ": " + e.getMessage(), e);
			}
			if (!actual.equals(w.sha256()))
				throw new InputException("sha256 mismatch for " + f + ": model.json says " + w.sha256() + ", file is " + actual);
		}
	}

	/** Parses and validates model.json only; weight files are not looked at. */
	static ModelConfig readConfigUnchecked(Path dir) {
		if (!Files.isDirectory(dir)) throw new InputException("model folder " + dir + " does not exist or is not a folder");
		Path json = dir.resolve(ModelConfig.FILE_NAME);
		String text;
		try {
			text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			throw new InputException(json + " is missing: a model folder needs model.json next to its weights");
		}
		catch (IOException e) {
			throw new InputException("cannot read " + json + ": " + e.getMessage(), e);
		}
		return ModelConfigJson.fromJson(text, json.toString());
	}

	/**
	 * Loads a model folder onto a device (see the class comment for what is checked).
	 *
	 * @param device e.g. {@code org.mer.net.Devices.pick("auto")}
	 * @return the model; the caller closes it
	 * @throws InputException naming the file and the problem
	 */
	public static LoadedModel load(Path dir, Device device) {
		return load(dir, device, Progress.NONE);
	}

	/** As {@link #load(Path, Device)}, logging the warning for a folder without a seal to {@code progress}. */
	public static LoadedModel load(Path dir, Device device, Progress progress) {
		ModelConfig config = readConfig(dir, progress);
		Engines.pytorch();
		WeightFile weights = config.weights().get(0);
		Path file = dir.resolve(weights.file());
		Model model = Model.newInstance(config.networkSpec().architecture().id(), device, "PyTorch");
		try {
			Block block = weights.kind() == WeightFile.Kind.TORCHSCRIPT ? loadTorchScript(model, dir, weights)
				: loadParams(model, config, file);
			LoadedModel loaded = new LoadedModel(dir, config, model, block, weights);
			ForwardCheck.run(loaded, file);
			return loaded;
		}
		catch (RuntimeException e) {
			model.close();
			if (e instanceof InputException) throw e;
			throw new InputException("cannot load " + file + ": " + e, e);
		}
	}

	private static Block loadTorchScript(Model model, Path dir, WeightFile weights) {
		String fileName = weights.file();
		if (!fileName.endsWith(".pt"))
			throw new InputException("TorchScript weight file " + dir.resolve(fileName) + " must end with .pt");
		try {
			model.load(dir, fileName.substring(0, fileName.length() - 3), Map.of("mapLocation", "true"));
		}
		catch (Exception e) {
			throw new InputException("cannot load TorchScript archive " + dir.resolve(fileName) + ": " + e.getMessage(), e);
		}
		return model.getBlock();
	}

	private static Block loadParams(Model model, ModelConfig config, Path file) {
		NetworkSpec spec = config.networkSpec();
		Block block = Networks.build(spec);
		int s = config.inputSize();
		block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, s, s));
		Map<String, Shape> expected = new LinkedHashMap<>();
		for (Map.Entry<String, Parameter> p : Networks.namedParameters(block).entrySet())
			expected.put(p.getKey(), p.getValue().getArray().getShape());
		try (InputStream in = Files.newInputStream(file);
			DataInputStream dis = new DataInputStream(new BufferedInputStream(in)))
		{
			DjlParamsHeader.skip(dis, file);
			block.loadParameters(model.getNDManager(), dis);
			if (dis.read() != -1)
				throw new InputException(file + " has data after the last parameter: it was saved from a different network than "
					+ spec);
		}
		catch (EOFException e) {
			throw new InputException(file + " is truncated: it ended while reading the parameters", e);
		}
		catch (IOException | ai.djl.MalformedModelException e) {
			throw new InputException(file + " is not a parameter file of " + spec + ": " + e.getMessage(), e);
		}
		catch (InputException e) {
			throw e;
		}
		catch (RuntimeException e) {
			throw new InputException(file + " does not match the network " + spec + ": " + e.getMessage(), e);
		}
		for (Map.Entry<String, Parameter> p : Networks.namedParameters(block).entrySet()) {
			Shape got = p.getValue().getArray().getShape();
			if (!got.equals(expected.get(p.getKey())))
				throw new InputException(file + ": parameter " + p.getKey() + " has shape " + got + " but the network in "
					+ ModelConfig.FILE_NAME + " (" + spec + ") expects " + expected.get(p.getKey()));
		}
		model.setBlock(block);
		return block;
	}
}
