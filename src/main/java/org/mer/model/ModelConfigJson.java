package org.mer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.mer.core.Ids;
import org.mer.core.InputException;
import org.mer.mesti.ScalingSettings;

/**
 * {@link ModelConfig} to and from {@code model.json} text (UTF-8, pretty printed). Layout:
 * <pre>
 * { "formatVersion": 1, "network": {...}, "classNames": [...], "modality": {...},
 *   "inputSize": 112,
 *   "normalisation": { "mean": [3], "std": [3], "scaling": "minmax" | "percentile" | "zscore" | "dataset",
 *                      "percentile": p, "zscore_clip": k, "low": [3], "high": [3] },
 *   "provenance": { "dataset", "protocol", "epochs", "seed", "metrics": {...}, "trainedOn",
 *                   "pluginVersion", "created" },
 *   "weights": [ { "file", "sha256", "kind": "djl-params" | "torchscript" } ] }
 * </pre>
 * The scaling fields ({@link ScalingSettings#toMap}) sit inside "normalisation" so that whatever
 * covers that section covers them; a file without "scaling" (every model made before the option)
 * means the global min-max. Numbers inside "network" and "modality" are read back as Integer when
 * integral (else Double).
 * Stateless and thread safe.
 */
public final class ModelConfigJson {
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private ModelConfigJson() {}

	/** Serialises a config as pretty-printed JSON. */
	public static String toJson(ModelConfig c) {
		JsonObject o = new JsonObject();
		o.addProperty("formatVersion", c.formatVersion());
		o.add("network", GSON.toJsonTree(c.networkMap()));
		JsonArray names = new JsonArray();
		for (String n : c.classNames())
			names.add(n);
		o.add("classNames", names);
		o.add("modality", GSON.toJsonTree(c.modalityMap()));
		o.addProperty("inputSize", c.inputSize());
		JsonObject norm = new JsonObject();
		norm.add("mean", floats(c.mean()));
		norm.add("std", floats(c.std()));
		for (Map.Entry<String, Object> e : c.scaling().toMap().entrySet()) {
			Object v = e.getValue();
			if (v instanceof float[]) norm.add(e.getKey(), floats((float[]) v));
			else if (v instanceof Number) norm.addProperty(e.getKey(), (Number) v);
			else norm.addProperty(e.getKey(), v.toString());
		}
		o.add("normalisation", norm);
		Provenance p = c.provenance();
		JsonObject prov = new JsonObject();
		prov.addProperty("dataset", p.dataset());
		prov.addProperty("protocol", p.protocol());
		prov.addProperty("epochs", p.epochs());
		prov.addProperty("seed", p.seed());
		prov.add("metrics", GSON.toJsonTree(p.metrics()));
		prov.addProperty("trainedOn", p.trainedOn());
		prov.addProperty("pluginVersion", p.pluginVersion());
		prov.addProperty("created", p.created());
		o.add("provenance", prov);
		JsonArray weights = new JsonArray();
		for (WeightFile w : c.weights()) {
			JsonObject wo = new JsonObject();
			wo.addProperty("file", w.file());
			wo.addProperty("sha256", w.sha256());
			wo.addProperty("kind", w.kind().id());
			weights.add(wo);
		}
		o.add("weights", weights);
		return GSON.toJson(o) + "\n";
	}

	private static JsonArray floats(float[] v) {
		JsonArray a = new JsonArray();
		for (float x : v)
			a.add(x);
		return a;
	}

	/**
	 * Parses {@code model.json} text.
	 *
	 * @param source name of the file for messages
	 * @throws InputException naming the source and the JSON problem or the missing/invalid field
	 */
	public static ModelConfig fromJson(String json, String source) {
		JsonObject o;
		try {
			JsonElement e = JsonParser.parseString(json);
			if (!e.isJsonObject()) throw new InputException(source + " is not a JSON object");
			o = e.getAsJsonObject();
		}
		catch (JsonParseException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			throw new InputException(source + " is not valid JSON: " + cause.getMessage(), e);
		}
		try {
			int version = integer(o, "formatVersion");
			if (version != ModelConfig.FORMAT_VERSION)
				throw new InputException("formatVersion " + version + " is not supported (this plugin reads version "
					+ ModelConfig.FORMAT_VERSION + ")");
			JsonObject norm = object(o, "normalisation");
			ScalingSettings scaling = norm.has(ScalingSettings.KEY_SCALING) ? ScalingSettings.fromMap(toMap(norm), "normalisation.")
				: ScalingSettings.minmax();
			JsonObject prov = o.has("provenance") ? object(o, "provenance") : new JsonObject();
			List<WeightFile> weights = new ArrayList<>();
			for (JsonElement we : array(o, "weights")) {
				if (!we.isJsonObject()) throw new InputException("weights entries must be objects");
				JsonObject w = we.getAsJsonObject();
				weights.add(new WeightFile(string(w, "file"), string(w, "sha256"), Ids.parse(WeightFile.Kind.class, string(w, "kind"), "weight kind")));
			}
			List<String> classNames = new ArrayList<>();
			for (JsonElement n : array(o, "classNames"))
				classNames.add(n.getAsString());
			Map<String, Double> metrics = new LinkedHashMap<>();
			if (prov.has("metrics"))
				for (Map.Entry<String, JsonElement> m : object(prov, "metrics").entrySet())
					metrics.put(m.getKey(), m.getValue().getAsDouble());
			Provenance provenance = new Provenance(optString(prov, "dataset"), optString(prov, "protocol"),
				prov.has("epochs") ? integer(prov, "epochs") : 0, prov.has("seed") ? prov.get("seed").getAsLong() : 0,
				metrics, optString(prov, "trainedOn"), optString(prov, "pluginVersion"), optString(prov, "created"));
			return new ModelConfig(version, toMap(object(o, "network")), classNames, toMap(object(o, "modality")),
				integer(o, "inputSize"), scaling, floatArray(norm, "mean"), floatArray(norm, "std"), provenance, weights);
		}
		catch (InputException e) {
			throw new InputException(source + ": " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			throw new InputException(source + ": invalid content: " + e.getMessage(), e);
		}
	}

	private static JsonElement required(JsonObject o, String field) {
		JsonElement e = o.get(field);
		if (e == null || e.isJsonNull()) throw new InputException("field '" + field + "' is missing");
		return e;
	}

	private static int integer(JsonObject o, String field) {
		JsonElement e = required(o, field);
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber())
			throw new InputException("field '" + field + "' must be a number, got " + e);
		double d = e.getAsDouble();
		if (d != Math.rint(d)) throw new InputException("field '" + field + "' must be an integer, got " + e);
		return (int) d;
	}

	private static String string(JsonObject o, String field) {
		JsonElement e = required(o, field);
		if (!e.isJsonPrimitive()) throw new InputException("field '" + field + "' must be a string, got " + e);
		return e.getAsString();
	}

	private static String optString(JsonObject o, String field) {
		return o.has(field) && !o.get(field).isJsonNull() ? o.get(field).getAsString() : "";
	}

	private static JsonObject object(JsonObject o, String field) {
		JsonElement e = required(o, field);
		if (!e.isJsonObject()) throw new InputException("field '" + field + "' must be an object, got " + e);
		return e.getAsJsonObject();
	}

	private static JsonArray array(JsonObject o, String field) {
		JsonElement e = required(o, field);
		if (!e.isJsonArray()) throw new InputException("field '" + field + "' must be an array, got " + e);
		return e.getAsJsonArray();
	}

	private static float[] floatArray(JsonObject o, String field) {
		JsonArray a = array(o, field);
		float[] v = new float[a.size()];
		for (int i = 0; i < v.length; i++)
			v[i] = a.get(i).getAsFloat();
		return v;
	}

	private static Map<String, Object> toMap(JsonObject o) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (Map.Entry<String, JsonElement> e : o.entrySet())
			m.put(e.getKey(), toJava(e.getValue()));
		return m;
	}

	private static Object toJava(JsonElement e) {
		if (e == null || e.isJsonNull()) return null;
		if (e.isJsonObject()) return toMap(e.getAsJsonObject());
		if (e.isJsonArray()) {
			List<Object> l = new ArrayList<>();
			for (JsonElement x : e.getAsJsonArray())
				l.add(toJava(x));
			return l;
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		if (p.isBoolean()) return p.getAsBoolean();
		if (p.isString()) return p.getAsString();
		double d = p.getAsDouble();
		if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) return (int) d;
		return d;
	}
}
