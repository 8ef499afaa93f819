package org.mer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.mer.app.ParamValues;
import org.mer.app.UseCase;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A {@code ./mer} subcommand over one application use case: its options come from the parameter
 * catalogue ({@link CatalogueOptions}), and running it hands the parsed values to an
 * {@link Action}. Every subcommand of a use case is made this way, so none keeps options of its
 * own. Not thread safe (one command line, one run).
 */
final class UseCaseCommand implements Callable<Integer> {
	/** What the subcommand does with its values; returns the exit code. */
	interface Action {
		int run(ParamValues values, PrintWriter out, PrintWriter err) throws Exception;
	}

	private final UseCase useCase;
	private final Action action;
	private CommandSpec spec;

	private UseCaseCommand(UseCase useCase, Action action) {
		this.useCase = useCase;
		this.action = action;
	}

	/**
	 * The subcommand {@code useCase.command()} (its last word, for a command under a parent such as
	 * {@code model seal}), described by {@code description} (one line each).
	 */
	static CommandLine create(UseCase useCase, Action action, String... description) {
		UseCaseCommand command = new UseCaseCommand(useCase, action);
		String[] words = useCase.command().split(" ");
		CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(words[words.length - 1]).mixinStandardHelpOptions(true);
		spec.usageMessage().description(description);
		CatalogueOptions.add(spec, useCase);
		command.spec = spec;
		return new CommandLine(spec);
	}

	@Override
	public Integer call() throws Exception {
		CommandLine cl = spec.commandLine();
		return action.run(CatalogueOptions.values(spec, useCase, cl.getErr()), cl.getOut(), cl.getErr());
	}
}
