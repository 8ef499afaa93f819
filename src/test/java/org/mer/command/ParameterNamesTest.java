package org.mer.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ij.Macro;

import org.junit.jupiter.api.Test;
import org.scijava.plugin.Parameter;

class ParameterNamesTest {

	@Test
	void noNameIsTheTailOfAnother() {
		List<String> names = ParameterNames.all();
		assertTrue(names.size() > 20);
		assertEquals(names.size(), new HashSet<>(names).size(), "names are unique");
		for (String a : names) {
			assertTrue(a.matches("[a-z][a-z0-9_]*"), a + " is lowercase snake_case");
			for (String b : names)
				if (!a.equals(b)) assertFalse(b.endsWith(a), a + " is the tail of " + b);
		}
	}

	@Test
	void imageJParsesEveryNameOutOfAFullOptionString() {
		List<String> names = ParameterNames.all();
		StringBuilder options = new StringBuilder();
		for (int i = 0; i < names.size(); i++)
			options.append(names.get(i)).append("=v").append(i).append(' ');
		for (int i = 0; i < names.size(); i++)
			assertEquals("v" + i, Macro.getValue(options.toString(), names.get(i), null), names.get(i));
		for (String name : names)
			assertEquals(name, Macro.trimKey(ParameterNames.label(name)), "the ImageJ 1.x dialog label records as the name");
	}

	@Test
	void choiceConstantsMatchTheCoreIds() {
		assertArrayEquals(new String[] { ParameterNames.CHOICE_APEX_PEAK, ParameterNames.CHOICE_RANK_POOLED }, ParameterNames.weightings());
		assertArrayEquals(new String[] { ParameterNames.CHOICE_MESTI, ParameterNames.CHOICE_DYNAMIC_IMAGE, ParameterNames.CHOICE_APEX,
			ParameterNames.CHOICE_DIFFERENCE, ParameterNames.CHOICE_FLOW }, ParameterNames.modalities());
	}

	@Test
	void everyCommandInputIsANamedParameter() {
		Set<String> known = new HashSet<>(ParameterNames.all());
		Set<String> allowed = new HashSet<>(Arrays.asList("image"));
		for (Class<?> c : CommandsTest.COMMANDS) {
			for (Class<?> k = c; k != Object.class; k = k.getSuperclass())
				for (Field f : k.getDeclaredFields()) {
					Parameter p = f.getAnnotation(Parameter.class);
					if (p == null || p.type() == org.scijava.ItemIO.OUTPUT) continue;
					if (f.getType().getName().startsWith("org.scijava")) continue;
					assertTrue(known.contains(f.getName()) || allowed.contains(f.getName()), c.getSimpleName() + "." + f.getName() + " is not in ParameterNames");
				}
		}
	}
}
