package org.mer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mer.core.InputException;
import org.mer.data.SheetTable.SheetRow;

/**
 * A named set of classes and the map from a dataset's emotion labels to them. Emotion labels
 * compare case- and whitespace-insensitively ("Happiness ", "happiness" and "HAPPINESS" are
 * equal); an emotion the set does not map is not part of it (the reader reports and skips the
 * sample). Built-in sets ({@link #byName}):
 * <ul>
 * <li>casme2-5: happiness, surprise, disgust, repression, others (fear and sadness excluded);
 * casme2-7 adds fear and sadness.</li>
 * <li>samm-5: anger, contempt, happiness, surprise, other (disgust, fear, sadness excluded);
 * samm-7 adds disgust, fear, sadness (and maps nothing else).</li>
 * <li>megc-3 (SPEC §9): negative = repression, anger, contempt, disgust, fear, sadness;
 * positive = happiness; surprise = surprise (plus the labels negative, positive, surprise
 * themselves and CAS(ME)^3's happy/sad). smic-3 is the same map.</li>
 * <li>casme3-7: happy, disgust, fear, anger, sad, surprise, others; casme3-4: negative (anger,
 * disgust, fear, sad), positive (happy), surprise, others; casme3-3: negative, positive,
 * surprise.</li>
 * <li>mmew-7: happiness, surprise, disgust, fear, sadness, anger, others; mmew-6 without anger.</li>
 * </ul>
 * User sets come from a two-column csv ({@link #fromMapping}). Immutable.
 */
public final class ClassSet {
	private final String name;
	private final List<String> classes;
	private final Map<String, String> map;

	private ClassSet(String name, List<String> classes, Map<String, String> map) {
		this.name = name;
		this.classes = Collections.unmodifiableList(new ArrayList<>(classes));
		this.map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/** Names accepted by {@link #byName}, in order. */
	public static List<String> names() {
		return Arrays.asList("casme2-5", "casme2-7", "samm-5", "samm-7", "megc-3", "smic-3", "casme3-7", "casme3-4", "casme3-3", "mmew-7", "mmew-6");
	}

	/** @throws InputException for an unknown name, listing the known ones */
	public static ClassSet byName(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		Builder b = new Builder(n);
		switch (n) {
			case "casme2-5": return b.identity("happiness", "surprise", "disgust", "repression").add("others", "others", "other").build();
			case "casme2-7": return b.identity("happiness", "surprise", "disgust", "repression").add("others", "others", "other").identity("fear", "sadness").build();
			case "samm-5": return b.identity("anger", "contempt", "happiness", "surprise").add("other", "other", "others").build();
			case "samm-7": return b.identity("anger", "contempt", "happiness", "surprise").add("other", "other", "others").identity("disgust", "fear", "sadness").build();
			case "megc-3": case "smic-3": return megc3(b);
			case "casme3-7": return b.identity("happy").add("disgust", "disgust").identity("fear", "anger").add("sad", "sad").identity("surprise").add("others", "others", "other").build();
			case "casme3-4": return b.add("negative", "negative", "anger", "disgust", "fear", "sad", "sadness").add("positive", "positive", "happy", "happiness")
				.identity("surprise").add("others", "others", "other").build();
			case "casme3-3": return b.add("negative", "negative", "anger", "disgust", "fear", "sad", "sadness").add("positive", "positive", "happy", "happiness")
				.identity("surprise").build();
			case "mmew-7": return b.identity("happiness", "surprise", "disgust", "fear", "sadness", "anger").add("others", "others", "other").build();
			case "mmew-6": return b.identity("happiness", "surprise", "disgust", "fear", "sadness").add("others", "others", "other").build();
			default: throw new InputException("unknown class set '" + name + "' (known: " + String.join(", ", names()) + ", or a mapping csv file)");
		}
	}

	private static ClassSet megc3(Builder b) {
		return b.add("negative", "negative", "repression", "anger", "contempt", "disgust", "fear", "sadness", "sad")
			.add("positive", "positive", "happiness", "happy").identity("surprise").build();
	}

	/** A set whose classes are exactly these labels (each maps to itself). */
	public static ClassSet identity(String name, List<String> classes) {
		Builder b = new Builder(name);
		for (String c : classes) b.identity(c.trim());
		return b.build();
	}

	/**
	 * A user set from a csv (or xls/xlsx) with rows {@code emotion,class}; a first row
	 * "emotion,class" is a header; classes are ordered by first appearance; the set is named
	 * after the file (without extension).
	 *
	 * @throws InputException naming the file and row for a row without two values, or an emotion mapped twice
	 */
	public static ClassSet fromMapping(Path file) {
		SheetTable t = SheetTable.read(file);
		String fileName = file.getFileName().toString();
		Builder b = new Builder(fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName);
		for (SheetRow row : t.rows()) {
			if (row.isBlank()) continue;
			String emotion = row.cell(0), cls = row.cell(1);
			if (row.number == t.rows().get(0).number && SheetColumns.normalise(emotion).equals("emotion") && SheetColumns.normalise(cls).equals("class")) continue;
			if (emotion.isEmpty() || cls.isEmpty()) throw new InputException(file + " row " + row.number + ": expected 'emotion,class', got '" + row.text() + "'");
			if (b.map.containsKey(key(emotion))) throw new InputException(file + " row " + row.number + ": emotion '" + emotion + "' is mapped twice");
			b.add(cls, emotion);
		}
		if (b.classes.isEmpty()) throw new InputException(file + ": no 'emotion,class' rows");
		return b.build();
	}

	/** {@link #byName} when {@code nameOrFile} is a built-in name, else {@link #fromMapping} of that file. */
	public static ClassSet resolve(String nameOrFile) {
		if (names().contains(nameOrFile.trim().toLowerCase(Locale.ROOT))) return byName(nameOrFile);
		Path p = Path.of(nameOrFile);
		if (java.nio.file.Files.isRegularFile(p)) return fromMapping(p);
		return byName(nameOrFile);
	}

	public String name() { return name; }

	/** The classes in order (class index = position). */
	public List<String> classes() { return classes; }

	/** The class of an emotion label, or empty when the set does not include it. */
	public Optional<String> map(String emotion) {
		return emotion == null ? Optional.empty() : Optional.ofNullable(map.get(key(emotion)));
	}

	/** Index of a class in {@link #classes()}, or -1. */
	public int indexOf(String className) {
		return classes.indexOf(className);
	}

	static String key(String emotion) {
		return emotion.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return name + " " + classes;
	}

	private static final class Builder {
		final String name;
		final List<String> classes = new ArrayList<>();
		final Map<String, String> map = new LinkedHashMap<>();

		Builder(String name) {
			this.name = name;
		}

		Builder identity(String... names) {
			for (String n : names) add(n, n);
			return this;
		}

		Builder add(String cls, String... emotions) {
			if (!classes.contains(cls)) classes.add(cls);
			for (String e : emotions) map.put(key(e), cls);
			return this;
		}

		ClassSet build() {
			return new ClassSet(name, classes, map);
		}
	}
}
