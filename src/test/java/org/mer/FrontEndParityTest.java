package org.mer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mer.app.Exposed;
import org.mer.app.FrontEnd;
import org.mer.app.Param;
import org.mer.app.UseCase;
import org.mer.app.UseCaseEntry;
import org.mer.cli.CliExposure;
import org.mer.command.SciJavaExposure;
import org.mer.plugin.ImageJ1Exposure;
import org.scijava.Context;

/**
 * The three front ends expose the same parameters with the same defaults and choices, read from
 * what each really builds: picocli's model of {@code ./mer}, the SciJava commands' initialised
 * modules, and the dialogs the ImageJ 1.x plug-ins of {@code plugins.config} make. A parameter
 * that only some front ends have is marked so in the catalogue; the test lists them.
 */
class FrontEndParityTest {
	private static Context context;
	private static Map<FrontEnd, Map<UseCase, Map<String, Exposed>>> exposed;

	@BeforeAll
	static void read() throws Exception {
		context = new Context();
		exposed = new LinkedHashMap<>();
		exposed.put(FrontEnd.CLI, CliExposure.read());
		exposed.put(FrontEnd.SCIJAVA, SciJavaExposure.read(context));
		exposed.put(FrontEnd.IMAGEJ1, ImageJ1Exposure.read());
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void everyFrontEndExposesExactlyTheCataloguesParameters() {
		for (FrontEnd fe : FrontEnd.values())
			for (UseCase uc : UseCase.values()) {
				Map<String, Exposed> shown = exposed.get(fe).get(uc);
				List<String> expected = new ArrayList<>();
				for (UseCaseEntry e : uc.entries(fe))
					expected.add(e.key());
				if (shown == null) {
					assertTrue(expected.isEmpty(), fe + " has no " + uc + " but the catalogue gives it " + expected);
					continue;
				}
				assertEquals(expected, new ArrayList<>(shown.keySet()), fe + " " + uc + ": parameters, in dialog order");
			}
	}

	@Test
	void sharedParametersHaveTheSameDefaultsAndChoicesEverywhere() {
		int compared = 0;
		for (UseCase uc : UseCase.values())
			for (UseCaseEntry e : uc.entries()) {
				Exposed reference = null;
				FrontEnd from = null;
				for (FrontEnd fe : FrontEnd.values()) {
					Map<String, Exposed> shown = exposed.get(fe).get(uc);
					Exposed x = shown == null ? null : shown.get(e.key());
					if (x == null) continue;
					Exposed catalogue = new Exposed(e.key(), e.defaultValue(), e.param().type() == Param.Type.CHOICE ? e.param().choices() : null);
					assertEquals(catalogue.defaultText(), x.defaultText(), fe + " " + uc + " " + e.key() + ": default");
					if (fe != FrontEnd.CLI || e.param().type() == Param.Type.CHOICE)
						assertEquals(catalogue.choices(), x.choices(), fe + " " + uc + " " + e.key() + ": choices");
					if (reference != null) compared++;
					else {
						reference = x;
						from = fe;
					}
				}
			}
		assertTrue(compared > 100, "compared " + compared + " parameter pairs");
	}

	@Test
	void theDriftsOfVersion01AreResolvedIntoOneValue() {
		for (FrontEnd fe : FrontEnd.values()) {
			assertEquals("112", exposed.get(fe).get(UseCase.TRAIN).get("input_size").defaultText(), fe + ": input size");
			assertEquals("apex,flow,dynamic-image,mesti,mesti-rank_pooled", exposed.get(fe).get(UseCase.COMPARE).get("modalities").defaultText(), fe.name());
			assertEquals("meganet,meganet-noga,resnet18,vgg19,ststnet", exposed.get(fe).get(UseCase.COMPARE).get("networks").defaultText(), fe.name());
			assertEquals("casme2", exposed.get(fe).get(UseCase.EVALUATE).get("dataset_kind").defaultText(), fe.name());
		}
		for (FrontEnd fe : new FrontEnd[] { FrontEnd.SCIJAVA, FrontEnd.IMAGEJ1 }) {
			assertTrue(exposed.get(fe).get(UseCase.TRAIN).get("network").choices().contains("ststnet"), fe + ": STSTNet offered");
			assertTrue(exposed.get(fe).get(UseCase.EVALUATE).get("dataset_kind").choices().contains("mmew"), fe.name());
		}
	}
}
