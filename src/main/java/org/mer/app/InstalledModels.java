package org.mer.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mer.core.InputException;
import org.mer.ij.ImageJFolder;

/**
 * Models installed with the plugin: the sub-folders of {@code <ImageJ>/models/MEGANet/} that
 * hold a {@code model.json}, where {@code <ImageJ>} is {@link ImageJFolder#get()}. Stateless;
 * reads the file system on every call.
 */
public final class InstalledModels {
	/** The model bundled with the plugin, offered first. */
	public static final String DEMO = "demo";

	private InstalledModels() {}

	/** {@code <ImageJ>/models/MEGANet}. */
	public static Path modelsDir() {
		return ImageJFolder.get().resolve("models").resolve("MEGANet");
	}

	/** Names of the installed models, sorted, "demo" first when present; empty when none. */
	public static List<String> names() {
		List<String> names = new ArrayList<>();
		Path dir = modelsDir();
		if (!Files.isDirectory(dir)) return names;
		try (Stream<Path> children = Files.list(dir)) {
			children.filter(p -> Files.isRegularFile(p.resolve("model.json"))).map(p -> p.getFileName().toString()).sorted()
				.forEach(names::add);
		}
		catch (IOException e) {
			return names;
		}
		if (names.remove(DEMO)) names.add(0, DEMO);
		return names;
	}

	/** Installed names for a choice list; a single "demo" entry when none is installed, so the list is never empty. */
	public static List<String> choices() {
		List<String> names = names();
		if (names.isEmpty()) names.add(DEMO);
		return names;
	}

	/**
	 * The model folder the values name: {@link Params#MODEL_FOLDER} when not blank, else the
	 * installed {@link Params#MODEL} (in front ends that offer it).
	 *
	 * @throws InputException naming the parameter when the folder or the installed model does not exist
	 */
	public static Path resolve(ParamValues values) {
		Path folder = values.path(Params.MODEL_FOLDER);
		if (folder != null) {
			if (!Files.exists(folder)) throw values.error(Params.MODEL_FOLDER, folder + " does not exist");
			if (!Files.isDirectory(folder)) throw values.error(Params.MODEL_FOLDER, folder + " is not a folder");
			return folder;
		}
		String model = values.useCase().entry(Params.MODEL) != null && values.frontEnd().isImageJ() ? values.text(Params.MODEL) : "";
		if (model.isEmpty()) throw values.error(Params.MODEL_FOLDER, "is missing: give a model folder");
		Path p = modelsDir().resolve(model);
		if (!Files.isDirectory(p))
			throw values.error(Params.MODEL, "'" + model + "' is not installed in " + modelsDir() + File.separator + " (installed: " + names() + ")");
		return p;
	}
}
