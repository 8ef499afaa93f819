package org.mer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mer.app.FrontEnd;
import org.mer.app.UseCase;
import org.mer.app.UseCaseEntry;

/**
 * Every subcommand's --help renders every catalogue help text as written: picocli formats
 * descriptions with String.format and, on a stray '%', prints a warning to System.err and
 * shows the raw text.
 */
class HelpTextTest {
	@Test
	void everySubcommandsHelpRendersWithoutPicocliWarnings() {
		PrintStream saved = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			for (UseCase u : UseCase.values()) {
				if (u.entries(FrontEnd.CLI).isEmpty()) continue;
				StringWriter out = new StringWriter(), err = new StringWriter();
				assertEquals(0, Main.execute((u.command() + " --help").split(" "), new PrintWriter(out, true), new PrintWriter(err, true)), u.command());
				for (UseCaseEntry e : u.entries(FrontEnd.CLI))
					assertTrue(out.toString().contains(e.flag()) || out.toString().contains("--[no-]" + e.flag().substring(2)),
						u.command() + " --help lists " + e.flag());
				if (u == UseCase.COMPARE) assertTrue(out.toString().contains("95% intervals"), out.toString());
			}
		}
		finally {
			System.setErr(saved);
		}
		String warnings = captured.toString(StandardCharsets.UTF_8);
		assertFalse(warnings.contains("picocli WARN"), warnings);
	}
}
