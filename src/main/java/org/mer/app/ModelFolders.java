package org.mer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mer.core.InputException;
import org.mer.model.ModelSeal;

/**
 * Model-folder maintenance ({@link UseCase#MODEL_SEAL}, {@link UseCase#MODEL_VERIFY}): a user who
 * edited model.json on purpose (a class renamed, a folder written by another tool) seals it, so
 * that any later change to a section that carries meaning (class names and their order,
 * normalisation, modality, input size, network) is refused when the model is loaded. Stateless.
 */
public final class ModelFolders {
	private ModelFolders() {}

	/** Seals the folder's model.json; @return what was done */
	public static List<String> seal(ParamValues v) {
		Path dir = folder(v);
		try {
			ModelSeal.seal(dir);
		}
		catch (IOException e) {
			throw new InputException("cannot seal " + dir.resolve("model.json") + ": " + e.getMessage(), e);
		}
		return List.of("sealed " + dir.resolve("model.json") + " (" + String.join(", ", ModelSeal.SECTIONS) + ")");
	}

	/**
	 * @return "sealed: ..." or the warning for a folder without a seal
	 * @throws InputException naming the section that changed since the folder was sealed
	 */
	public static List<String> verify(ParamValues v) {
		Path dir = folder(v);
		return ModelSeal.verify(dir) == ModelSeal.Verdict.SEALED ? List.of("sealed: every section of " + dir.resolve("model.json") + " matches its seal")
			: List.of(ModelSeal.unsealedWarning(dir));
	}

	private static Path folder(ParamValues v) {
		Path dir = v.path(Params.MODEL_FOLDER);
		if (dir == null) throw v.error(Params.MODEL_FOLDER, "is missing: give the model folder");
		if (!Files.isRegularFile(dir.resolve("model.json"))) throw v.error(Params.MODEL_FOLDER, dir + " holds no model.json");
		return dir;
	}
}
