package org.mer.plugin;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.Macro;

import org.mer.app.Exposed;
import org.mer.app.UseCase;

/**
 * What the ImageJ 1.x plug-ins expose per use case: every {@code plugins.config} entry's plug-in
 * builds its dialog into a recording sink; each field is keyed as ImageJ's recorder keys it
 * ({@link Macro#trimKey} of the label) with its default and choices.
 */
public final class ImageJ1Exposure {
	private ImageJ1Exposure() {}

	private static final Pattern ENTRY = Pattern.compile("^Plugins>Micro-expression, \"([^\"]+)\", ([\\w.]+)(?:\\(\"(\\w*)\"\\))?$");

	public static Map<UseCase, Map<String, Exposed>> read() throws Exception {
		Map<UseCase, Map<String, Exposed>> all = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Paths.get("plugins.config"))) {
			Matcher m = ENTRY.matcher(line.trim());
			if (!m.matches()) continue;
			Object plugin = Class.forName(m.group(2)).getDeclaredConstructor().newInstance();
			if (!(plugin instanceof MerPlugin)) continue;
			UseCase uc = ((MerPlugin) plugin).useCase(m.group(3));
			if (!uc.title().equals(m.group(1))) throw new AssertionError(line + " runs " + uc.title());
			Map<String, Exposed> exposed = new LinkedHashMap<>();
			DialogFields.add(new DialogFields.Sink() {
				private void put(String label, Object value, String[] items) {
					String key = Macro.trimKey(label);
					exposed.put(key, new Exposed(key, value, items == null ? null : Arrays.asList(items)));
				}
				@Override public void choice(String label, String[] items, String selected) { put(label, selected, items); }
				@Override public void number(String label, double value, int digits) { put(label, digits == 0 ? (Object) (int) value : (Object) value, null); }
				@Override public void checkbox(String label, boolean value) { put(label, value, null); }
				@Override public void file(String label, String value) { put(label, value, null); }
				@Override public void folder(String label, String value) { put(label, value, null); }
				@Override public void text(String label, String value) { put(label, value, null); }
				@Override public void help(String html) {}
			}, uc);
			all.put(uc, exposed);
		}
		return all;
	}
}
