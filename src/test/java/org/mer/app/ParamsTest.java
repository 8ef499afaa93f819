package org.mer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ij.Macro;

import org.junit.jupiter.api.Test;
import org.mer.core.Ids;
import org.mer.mesti.MestiWeighting;
import org.mer.mesti.ModalityKind;
import org.mer.net.Architecture;

class ParamsTest {

	private static List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (Param<?> p : Params.all())
			keys.add(p.key());
		return keys;
	}

	@Test
	void keysAreSnakeCaseUniqueAndNoneIsTheTailOfAnother() {
		List<String> keys = keys();
		assertTrue(keys.size() > 60, keys.toString());
		assertEquals(keys.size(), new HashSet<>(keys).size(), "keys are unique");
		for (String a : keys) {
			assertTrue(a.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), a + " is lowercase snake_case");
			for (String b : keys)
				if (!a.equals(b)) assertFalse(b.endsWith(a), a + " is the tail of " + b);
		}
	}

	@Test
	void imageJParsesEveryKeyOutOfAFullOptionStringAndRecordsTheLabelAsTheKey() {
		List<String> keys = keys();
		StringBuilder options = new StringBuilder();
		for (int i = 0; i < keys.size(); i++)
			options.append(keys.get(i)).append("=v").append(i).append(' ');
		for (int i = 0; i < keys.size(); i++)
			assertEquals("v" + i, Macro.getValue(options.toString(), keys.get(i), null), keys.get(i));
		for (Param<?> p : Params.all())
			assertEquals(p.key(), Macro.trimKey(p.imagej1Label()), "the ImageJ 1.x dialog label records as the key");
	}

	@Test
	void choicesComeFromTheEnums() {
		assertEquals(Arrays.asList("apex_peak", "rank_pooled"), Params.WEIGHTING.choices());
		assertEquals(Arrays.asList("mesti", "dynamic-image", "apex", "difference", "flow"), Params.MODALITY.choices());
		assertEquals(Ids.ids(ModalityKind.class), Params.MODALITY.choices());
		assertEquals(Ids.ids(MestiWeighting.class), Params.WEIGHTING.choices());
		assertEquals(Ids.ids(Architecture.class), TrainingParams.NETWORK.choices());
		assertEquals(Arrays.asList("motion", "midpoint"), Params.APEX_METHOD.choices(), "given is not a choice");
	}

	@Test
	void eachUseCaseHasDistinctFlagsAndDefaultsOfItsChoices() {
		for (UseCase uc : UseCase.values()) {
			Set<String> flags = new HashSet<>();
			for (UseCaseEntry e : uc.entries(FrontEnd.CLI)) {
				List<String> names = new ArrayList<>(e.deprecatedFlags());
				names.add(e.flag());
				if (e.flag().equals(e.param().flag())) names.addAll(e.param().aliases());
				for (String n : names)
					assertTrue(flags.add(n), uc + ": " + n + " twice");
			}
			for (UseCaseEntry e : uc.entries())
				if (e.param().type() == Param.Type.CHOICE && e.param() != Params.MODEL)
					assertTrue(e.param().choices().contains(e.defaultValue()), uc + " " + e.key() + " default " + e.defaultValue());
		}
	}

	@Test
	void valuesNameTheParameterAsTheFrontEndKnowsIt() {
		ParamValues cli = TestValues.of(UseCase.EVALUATE, FrontEnd.CLI, "weighting", "peak");
		assertEquals("--weighting: unknown value 'peak' (valid: apex_peak, rank_pooled)",
			assertThrowsInput(() -> cli.choice(Params.WEIGHTING, MestiWeighting.class)));
		ParamValues fiji = TestValues.of(UseCase.EVALUATE, FrontEnd.SCIJAVA, "weighting", "peak");
		assertEquals("weighting: unknown value 'peak' (valid: apex_peak, rank_pooled)",
			assertThrowsInput(() -> fiji.choice(Params.WEIGHTING, MestiWeighting.class)));
		assertEquals("--report is missing", TestValues.of(UseCase.EVALUATE, FrontEnd.CLI).error(TrainingParams.RESULT_FOLDER, "is missing").getMessage());
		assertEquals(42, (int) TestValues.of(UseCase.SYNTHESISE).get(TrainingParams.SEED), "the generator's own default seed");
		assertEquals(0, (int) TestValues.of(UseCase.TRAIN).get(TrainingParams.SEED));
	}

	private static String assertThrowsInput(Runnable r) {
		return org.junit.jupiter.api.Assertions.assertThrows(org.mer.core.InputException.class, r::run).getMessage();
	}
}
