package org.mer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mer.app.Exposed;
import org.mer.app.FrontEnd;
import org.mer.app.UseCase;
import org.mer.app.UseCaseEntry;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What {@code ./mer} exposes per use case, read from its real picocli model: option, default, completion candidates. */
public final class CliExposure {
	private CliExposure() {}

	public static Map<UseCase, Map<String, Exposed>> read() {
		Map<UseCase, Map<String, Exposed>> all = new LinkedHashMap<>();
		Map<String, CommandLine> subs = Main.commandLine().getSubcommands();
		for (UseCase uc : UseCase.values()) {
			if (uc.command() == null) continue;
			CommandLine sub = null;
			Map<String, CommandLine> level = subs;
			for (String word : uc.command().split(" ")) {
				sub = level.get(word);
				if (sub == null) break;
				level = sub.getSubcommands();
			}
			if (sub == null) throw new AssertionError("no subcommand " + uc.command());
			Map<String, Exposed> exposed = new LinkedHashMap<>();
			for (OptionSpec o : sub.getCommandSpec().options()) {
				if (o.hidden() || o.usageHelp() || o.versionHelp()) continue;
				String key = keyOf(uc, o);
				List<String> choices = new ArrayList<>();
				if (o.completionCandidates() != null) o.completionCandidates().forEach(choices::add);
				exposed.put(key, new Exposed(key, o.defaultValue() != null ? o.defaultValue() : o.initialValue(), choices));
			}
			all.put(uc, exposed);
		}
		return all;
	}

	/** The catalogue key of an option, or "?--flag" for an option the catalogue does not know. */
	private static String keyOf(UseCase uc, OptionSpec o) {
		for (UseCaseEntry e : uc.entries(FrontEnd.CLI))
			if (e.flag().equals(o.longestName()) || java.util.Arrays.asList(o.names()).contains(e.flag())) return e.key();
		return "?" + o.longestName();
	}
}
