package org.mer.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.mer.io.Sha256;
import org.mer.core.InputException;
import org.mer.io.AtomicFiles;

/**
 * The seal of a model folder: one SHA-256 per section of {@code model.json} that decides what
 * the model predicts, stored in the file as
 * <pre>
 * "seal": { "algorithm": "sha256-canonical-json-1", "network": hex, "classNames": hex,
 *           "modality": hex, "inputSize": hex, "normalisation": hex }
 * </pre>
 * ({@link #SECTIONS}: network architecture and its settings, class names in output order,
 * modality settings, input size, normalisation). Each hash covers its whole section as parsed
 * JSON in a canonical form (object keys sorted, numbers by value: {@code 1}, {@code 1.0} and
 * {@code 1e0} are equal, no white space), so re-formatting the file keeps the seal and any field
 * added to a section later (e.g. a new normalisation setting) is covered without changing this
 * class. One hash per section lets {@link #verify} name the section that changed.
 * <p>
 * Not sealed: {@code provenance} (a description that may be edited, e.g. a note) and
 * {@code weights} (each weight file already carries its own SHA-256, checked on every load). The
 * seal detects edits and corruption, not a deliberate forgery: whoever can edit model.json can
 * re-seal it.
 * <p>
 * Folders without a seal (saved before seals existed, or written by other tools such as
 * {@code scripts/meganet.py}) still load: {@link #verify} reports them as
 * {@link Verdict#UNSEALED} with a one-line warning that the loader logs. Stateless, thread safe.
 */
public final class ModelSeal {
	/** The model.json field holding the seal. */
	public static final String FIELD = "seal";
	/** Name of the canonical form and hash, stored with the seal. */
	public static final String ALGORITHM = "sha256-canonical-json-1";
	/** The sealed top-level sections of model.json, in the order they are checked. */
	public static final List<String> SECTIONS = Collections.unmodifiableList(
		Arrays.asList("network", "classNames", "modality", "inputSize", "normalisation"));
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private ModelSeal() {}

	/** What {@link #verify} found. */
	public enum Verdict {
		/** The seal matches every section. */
		SEALED,
		/** No seal: loads, with {@link #unsealedWarning(Path)}. */
		UNSEALED
	}

	/** model.json text for {@code config} with its seal. */
	static String sealedJson(ModelConfig config) {
		return withSeal(JsonParser.parseString(ModelConfigJson.toJson(config)).getAsJsonObject());
	}

	private static String withSeal(JsonObject root) {
		root.remove(FIELD);
		JsonObject seal = new JsonObject();
		seal.addProperty("algorithm", ALGORITHM);
		for (String section : SECTIONS)
			seal.addProperty(section, hash(root.get(section)));
		root.add(FIELD, seal);
		return GSON.toJson(root) + "\n";
	}

	/**
	 * Seals (or re-seals, after a deliberate edit) the model folder {@code dir}: model.json must
	 * be a valid config whose weight files match their SHA-256; the seal is written into it
	 * (atomically), every other field is kept as it is.
	 *
	 * @throws InputException naming the file when it is not a valid model folder
	 */
	public static void seal(Path dir) throws IOException {
		JsonObject root = parse(dir);
		ModelFolder.checkWeights(dir, ModelFolder.readConfigUnchecked(dir));
		AtomicFiles.writeString(dir.resolve(ModelConfig.FILE_NAME), withSeal(root));
	}

	/**
	 * Checks a model folder as {@code mer model verify} does: model.json valid, its seal intact,
	 * every weight file present with its SHA-256. Nothing is loaded into libtorch.
	 *
	 * @return SEALED, or UNSEALED when model.json has no seal (everything else checked)
	 * @throws InputException naming the file and the first problem, e.g. the first sealed
	 *           section whose content differs from its seal
	 */
	public static Verdict verify(Path dir) {
		Verdict verdict = checkSeal(dir); // first: an edited file is reported as such, not by its symptom
		ModelFolder.checkWeights(dir, ModelFolder.readConfigUnchecked(dir));
		return verdict;
	}

	/** The seal alone: SEALED, UNSEALED, or an {@link InputException} naming the changed section. */
	static Verdict checkSeal(Path dir) {
		JsonObject root = parse(dir);
		Path json = dir.resolve(ModelConfig.FILE_NAME);
		JsonElement sealElement = root.get(FIELD);
		if (sealElement == null || sealElement.isJsonNull()) return Verdict.UNSEALED;
		if (!sealElement.isJsonObject()) throw new InputException(json + ": field '" + FIELD + "' must be an object");
		JsonObject seal = sealElement.getAsJsonObject();
		String algorithm = seal.has("algorithm") ? seal.get("algorithm").getAsString() : "";
		if (!ALGORITHM.equals(algorithm))
			throw new InputException(json + ": seal algorithm '" + algorithm + "' is not known (this plugin uses " + ALGORITHM + ")");
		for (String section : SECTIONS) {
			JsonElement stored = seal.get(section);
			if (stored == null || !stored.isJsonPrimitive())
				throw new InputException(json + ": the seal has no hash for '" + section + "'; re-seal the folder (mer model seal) if its content is right");
			if (!stored.getAsString().equals(hash(root.get(section))))
				throw new InputException(json + ": sealed field '" + section + "' was changed after the model was saved;"
					+ " restore it, or re-seal the folder (mer model seal) if the change was intended");
		}
		return Verdict.SEALED;
	}

	/** The one-line warning for a folder without a seal. */
	public static String unsealedWarning(Path dir) {
		return dir.resolve(ModelConfig.FILE_NAME) + " has no seal (saved by an older version or another tool): it loads, but edits to its "
			+ String.join(", ", SECTIONS) + " cannot be detected; seal it with mer model seal";
	}

	private static JsonObject parse(Path dir) {
		Path json = dir.resolve(ModelConfig.FILE_NAME);
		try {
			JsonElement e = JsonParser.parseString(new String(Files.readAllBytes(json), StandardCharsets.UTF_8));
			if (!e.isJsonObject()) throw new InputException(json + " is not a JSON object");
			return e.getAsJsonObject();
		}
		catch (NoSuchFileException e) {
			throw new InputException(json + " is missing: a model folder needs model.json next to its weights");
		}
		catch (IOException e) {
			throw new InputException("cannot read " + json + ": " + e.getMessage(), e);
		}
		catch (JsonParseException e) {
			throw new InputException(json + " is not valid JSON: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
		}
	}

	/** SHA-256 (hex) of the canonical form of one section; a missing section hashes as null. */
	static String hash(JsonElement section) {
		StringBuilder sb = new StringBuilder();
		canonical(section == null ? JsonNull.INSTANCE : section, sb);
		return Sha256.of(sb.toString());
	}

	private static void canonical(JsonElement e, StringBuilder sb) {
		if (e.isJsonNull()) sb.append("null");
		else if (e.isJsonObject()) {
			Map<String, JsonElement> sorted = new TreeMap<>();
			for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet())
				sorted.put(m.getKey(), m.getValue());
			sb.append('{');
			List<String> keys = new ArrayList<>(sorted.keySet());
			for (int i = 0; i < keys.size(); i++) {
				if (i > 0) sb.append(',');
				sb.append(new JsonPrimitive(keys.get(i))).append(':');
				canonical(sorted.get(keys.get(i)), sb);
			}
			sb.append('}');
		}
		else if (e.isJsonArray()) {
			sb.append('[');
			for (int i = 0; i < e.getAsJsonArray().size(); i++) {
				if (i > 0) sb.append(',');
				canonical(e.getAsJsonArray().get(i), sb);
			}
			sb.append(']');
		}
		else {
			JsonPrimitive p = e.getAsJsonPrimitive();
			if (p.isNumber()) sb.append(number(p.getAsString()));
			else sb.append(p);
		}
	}

	private static String number(String text) {
		try {
			BigDecimal d = new BigDecimal(text).stripTrailingZeros();
			return d.signum() == 0 ? "0" : d.toString();
		}
		catch (NumberFormatException e) {
			return text;
		}
	}
}
