package org.mer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mer.cli.Main;
import org.mer.ij.HeatLuts;

/** The two trees {@code mvn package} assembles have the layout users install. */
class DistTreesIT {

	private static List<String> names(Path dir) {
		File[] files = dir.toFile().listFiles();
		return files == null ? Arrays.asList() : Arrays.stream(files).map(File::getName).sorted().collect(Collectors.toList());
	}

	@Test
	void plainImageJTree() throws Exception {
		Path tree = Paths.get(System.getProperty("mer.imagej.tree", "target/ImageJ"));
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(tree.resolve("ij.jar")), "not assembled");
		try (JarFile ij = new JarFile(tree.resolve("ij.jar").toFile())) {
			assertEquals("ij.ImageJ", ij.getManifest().getMainAttributes().getValue("Main-Class"));
		}
		List<String> plugins = names(tree.resolve("plugins"));
		Path jar = tree.resolve("plugins").resolve(plugins.stream().filter(n -> n.startsWith("MESTI_MEGANet-") && n.endsWith(".jar")).findFirst().get());
		try (JarFile plugin = new JarFile(jar.toFile())) {
			String config = new String(plugin.getInputStream(plugin.getEntry("plugins.config")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(config.contains("\"Create MESTI\", org.mer.plugin.ModalityPlugin(\"mesti\")"), config);
			assertTrue(plugin.getEntry("luts/" + HeatLuts.HEAT + ".lut") != null);
		}
		List<String> jars = names(tree.resolve("plugins/jars"));
		assertTrue(jars.stream().anyMatch(n -> n.startsWith("pytorch-native-cpu-")), jars.toString());
		assertTrue(jars.stream().anyMatch(n -> n.startsWith("scijava-common-")), jars.toString());
		assertFalse(jars.stream().anyMatch(n -> n.startsWith("ij-")), "ij.jar only at the root");
		assertTrue(names(tree.resolve("luts")).contains(HeatLuts.HEAT + ".lut"));
	}

	@Test
	void fijiUpdateSiteTree() {
		Path tree = ImageJRunner.fijiTree();
		List<String> jars = names(tree.resolve("jars"));
		assertTrue(jars.stream().anyMatch(n -> n.startsWith("MESTI_MEGANet-")), jars.toString());
		assertTrue(jars.stream().anyMatch(n -> n.startsWith("pytorch-engine-")), jars.toString());
		assertTrue(jars.stream().noneMatch(n -> n.startsWith("ij-") || n.startsWith("scijava-common-") || n.startsWith("imglib2-")),
			"Fiji ships these: " + jars);
		assertTrue(jars.stream().noneMatch(n -> n.contains("linux-x86_64")), "native jars go to jars/linux64: " + jars);
		List<String> natives = names(tree.resolve("jars/linux64"));
		assertTrue(natives.stream().anyMatch(n -> n.startsWith("pytorch-native-cpu-")), natives.toString());
		assertTrue(natives.stream().anyMatch(n -> n.startsWith("opencv-")), natives.toString());
		for (String lut : HeatLuts.names())
			assertTrue(Files.isRegularFile(tree.resolve("luts").resolve(lut + ".lut")), lut);
		List<String> scripts = names(tree.resolve("scripts/Plugins/Micro-expression"));
		assertEquals(names(Paths.get("scripts")).stream().filter(n -> n.endsWith(".ijm")).collect(Collectors.toList()), scripts);
		if (Files.isDirectory(Paths.get("test-data/models/demo")))
			assertTrue(Files.isRegularFile(tree.resolve("models/MEGANet/demo/model.json")));
	}
}
