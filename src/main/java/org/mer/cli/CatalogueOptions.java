package org.mer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.mer.app.FrontEnd;
import org.mer.app.Param;
import org.mer.app.ParamValues;
import org.mer.app.UseCase;
import org.mer.app.UseCaseEntry;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's options made from the parameter catalogue: one option per entry of a
 * {@link UseCase} for the command line, named by the entry's flag and the catalogue's aliases,
 * with the catalogue's type, default and help. Deprecated spellings are hidden options; using one
 * prints a one-line notice. {@link #values} reads the parsed options back as {@link ParamValues}.
 * Stateless.
 */
final class CatalogueOptions {
	private CatalogueOptions() {}

	/**
	 * Adds the use case's options, a hidden option for each deprecated spelling, and the positional
	 * parameter of an entry that has one, to {@code spec}.
	 */
	static void add(CommandSpec spec, UseCase useCase) {
		for (UseCaseEntry e : useCase.entries(FrontEnd.CLI)) {
			spec.addOption(option(e, names(e), false).build());
			if (e.positional()) spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel(label(e.param()))
				.type(String.class).description(picocliText(e.param().help() + " (or " + e.flag() + ")")).build());
			for (String old : e.deprecatedFlags())
				spec.addOption(option(e, new String[] { old }, true).hidden(true).description("Deprecated: use " + e.flag() + ".").build());
		}
	}

	/**
	 * The parsed options as values of the use case (options left out read as their defaults). A
	 * deprecated spelling that was used gives the value, with a one-line notice on {@code err}.
	 */
	static ParamValues values(CommandSpec spec, UseCase useCase, PrintWriter err) {
		ParseResult parsed = spec.commandLine().getParseResult();
		ParamValues.Builder b = ParamValues.builder(useCase, FrontEnd.CLI);
		for (UseCaseEntry e : useCase.entries(FrontEnd.CLI)) {
			OptionSpec option = spec.findOption(e.flag());
			for (String old : e.deprecatedFlags())
				if (parsed.hasMatchedOption(old)) {
					err.println("mer: " + old + " is deprecated and will be removed in the next release; use " + e.flag());
					if (!parsed.hasMatchedOption(e.flag())) option = spec.findOption(old);
				}
			Object v = option.getValue();
			if (e.positional() && !parsed.hasMatchedOption(e.flag()) && parsed.hasMatchedPositional(0)) v = spec.positionalParameters().get(0).getValue();
			if (v instanceof List) v = String.join(",", toStrings((List<?>) v));
			b.putValue(e.param(), v);
		}
		return b.build();
	}

	private static String[] names(UseCaseEntry e) {
		List<String> names = new ArrayList<>();
		names.add(e.flag());
		if (e.flag().equals(e.param().flag())) names.addAll(e.param().aliases());
		return names.toArray(new String[0]);
	}

	/** @param deprecated a deprecated spelling: no default (it counts only when typed) and no negated form */
	private static OptionSpec.Builder option(UseCaseEntry e, String[] names, boolean deprecated) {
		Param<?> p = e.param();
		OptionSpec.Builder b = OptionSpec.builder(names).description(description(e));
		Object d = deprecated ? "" : e.defaultValue();
		switch (p.type()) {
			case BOOLEAN:
				b.type(boolean.class).arity("0");
				if (deprecated) return b;
				// picocli 4.7 sets an unmatched programmatic boolean whose default is "false" to true: false goes in as
				// the initial value; a true default makes a negatable option (--no-x) with a true fallback
				return Boolean.TRUE.equals(d) ? b.negatable(true).defaultValue("true").fallbackValue("true") : b.initialValue(false).hasInitialValue(true);
			case INT:
				b.type(Integer.class).paramLabel("N");
				return deprecated ? b : b.defaultValue(String.valueOf(d));
			case DOUBLE:
				b.type(Double.class).paramLabel("X");
				return deprecated ? b : b.defaultValue(String.valueOf(d));
			case LIST:
				b.type(List.class).auxiliaryTypes(String.class).splitRegex(",").paramLabel("A,B,...");
				return ((String) d).isEmpty() ? b : b.defaultValue((String) d);
			default:
				b.type(String.class).paramLabel(label(p));
				if (p.type() == Param.Type.CHOICE) b.completionCandidates(p.choices());
				return ((String) d).isEmpty() ? b : b.defaultValue((String) d);
		}
	}

	private static String label(Param<?> p) {
		switch (p.type()) {
			case FILE:
				return "FILE";
			case FOLDER:
				return "DIR";
			case FILE_OR_FOLDER:
				return "PATH";
			case CHOICE:
				return String.join("|", p.choices());
			default:
				return "TEXT";
		}
	}

	private static String description(UseCaseEntry e) {
		Object d = e.defaultValue();
		String text = e.param().help();
		if (e.param().type() != Param.Type.BOOLEAN && d != null && !"".equals(d)) text += " (default: " + d + ")";
		return picocliText(text);
	}

	/** Picocli formats descriptions with String.format: a literal % must be %%. */
	private static String picocliText(String text) {
		return text.replace("%", "%%");
	}

	private static List<String> toStrings(List<?> items) {
		List<String> out = new ArrayList<>();
		for (Object o : items)
			out.add(String.valueOf(o));
		return out;
	}
}
