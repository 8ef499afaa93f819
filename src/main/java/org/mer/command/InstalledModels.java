package org.mer.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ij.IJ;

import org.mer.core.InputException;

/**
 * Models installed with the plugin: the sub-folders of {@code <ImageJ>/models/MEGANet/} that
 * hold a {@code model.json}, where {@code <ImageJ>} is the system property {@code ij.dir}
 * (set by Fiji's launcher), else {@code imagej.dir}, else ImageJ 1.x's own folder
 * ({@code IJ.getDirectory("imagej")}: where ij.jar is, or {@code -ijpath}), else the working folder.
 * Stateless; reads the file system on every call.
 */
public final class InstalledModels {
	private InstalledModels() {}

	/** The ImageJ installation folder. */
	public static Path imagejDir() {
		String dir = System.getProperty("ij.dir");
		if (dir == null || dir.isEmpty()) dir = System.getProperty("imagej.dir");
		if (dir == null || dir.isEmpty()) dir = IJ.getDirectory("imagej");
		if (dir == null || dir.isEmpty()) dir = System.getProperty("user.dir");
		return Paths.get(dir);
	}

	/** {@code <ImageJ>/models/MEGANet}. */
	public static Path modelsDir() {
		return imagejDir().resolve("models").resolve("MEGANet");
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
		if (names.remove(ParameterNames.DEFAULT_MODEL)) names.add(0, ParameterNames.DEFAULT_MODEL);
		return names;
	}

	/** Installed names for a choice list; a single "demo" entry when none is installed, so the list is never empty. */
	public static String[] choices() {
		List<String> names = names();
		if (names.isEmpty()) names.add(ParameterNames.DEFAULT_MODEL);
		return names.toArray(new String[0]);
	}

	/**
	 * @param model an installed model name
	 * @param folder any model folder; wins when not blank
	 * @throws InputException naming the model or folder when it does not exist
	 */
	public static Path resolve(String model, String folder) {
		if (folder != null && !folder.trim().isEmpty()) {
			Path p = Paths.get(folder.trim());
			if (!Files.isDirectory(p)) throw new InputException(ParameterNames.MODEL_FOLDER + " " + p + " is not a folder");
			return p;
		}
		if (model == null || model.trim().isEmpty()) throw new InputException("no " + ParameterNames.MODEL + " and no " + ParameterNames.MODEL_FOLDER + " given");
		Path p = modelsDir().resolve(model.trim());
		if (!Files.isDirectory(p))
			throw new InputException("model '" + model + "' is not installed in " + modelsDir() + File.separator + " (installed: " + names() + ")");
		return p;
	}
}
