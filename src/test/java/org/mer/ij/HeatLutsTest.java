package org.mer.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import ij.plugin.LutLoader;
import ij.process.LUT;

import org.junit.jupiter.api.Test;
import org.mer.core.InputException;

class HeatLutsTest {

	@Test
	void committedFilesMatchTheGeneratorAndImageJReadsThem() throws Exception {
		for (String name : HeatLuts.names()) {
			Path file = Paths.get("luts", name + ".lut");
			byte[] bytes = Files.readAllBytes(file);
			assertArrayEquals(HeatLuts.table(name), bytes, name + ": regenerate with HeatLuts.main");
			LUT fromImageJ = LutLoader.openLut(file.toString());
			assertArrayEquals(bytes, fromImageJ.getBytes(), name);
			assertArrayEquals(bytes, HeatLuts.load(name).getBytes(), name + " (jar resource)");
		}
	}

	@Test
	void knownColours() {
		LUT heat = HeatLuts.load(HeatLuts.HEAT);
		assertEquals(0x000000, heat.getRGB(0) & 0xffffff);
		assertEquals(0xffffff, heat.getRGB(255) & 0xffffff);
		assertEquals(0xff0000, heat.getRGB(85) & 0xffffff);
		LUT jet = HeatLuts.load(HeatLuts.JET);
		assertEquals(0x000080, jet.getRGB(0) & 0xffffff, "jet starts dark blue");
		assertEquals(0x800000, jet.getRGB(255) & 0xffffff, "jet ends dark red");
		assertEquals(255, jet.getGreen(128), "jet is fully green in the middle");
		LUT inferno = HeatLuts.load(HeatLuts.INFERNO);
		assertEquals(0, inferno.getRed(0), 1);
		assertEquals(252, inferno.getRed(255), 3);
		assertEquals(255, inferno.getGreen(255), 2);
		assertEquals(164, inferno.getBlue(255), 4);
	}

	@Test
	void unknownNameIsAnInputError() {
		assertThrows(InputException.class, () -> HeatLuts.load("Fire"));
	}
}
