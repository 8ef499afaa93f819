package org.mer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering of docs/architecture.md as rules over the compiled classes (tests excluded):
 * front ends ({@code cli}, {@code command}, {@code plugin}) over the application layer
 * ({@code app}) over the core; the ImageJ bridge ({@code ij}) and the AWT figures ({@code figures})
 * serve the layers above the core only; no package cycles anywhere.
 */
class ArchitectureTest {
	/** Every package of the core: what runs on a cluster executor or in any front end. */
	static final String[] CORE = { "org.mer", "org.mer.core..", "org.mer.clip..", "org.mer.mesti..", "org.mer.flow..", "org.mer.face..",
		"org.mer.net..", "org.mer.attention..", "org.mer.model..", "org.mer.data..", "org.mer.train..", "org.mer.classify..", "org.mer.exec..",
		"org.mer.io..", "org.mer.ops..", "org.mer.bench..", "org.mer.align..", "org.mer.spot..", "org.mer.stats..", "org.mer.export.." };
	static final String[] FRONT_ENDS = { "org.mer.cli..", "org.mer.command..", "org.mer.plugin.." };

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mer");
	}

	@Test
	void theCoreUsesNoImageJNoDrawingNoFrameworkOfAFrontEnd() {
		noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
			.resideInAnyPackage("ij..", "org.scijava.command..", "org.scijava.plugin..", "org.scijava.ui..", "picocli..")
			.because("the core is UI-free: ImageJ, SciJava commands and picocli belong to the front ends").check(classes);
		noClasses().that().resideInAnyPackage(CORE).should()
			.dependOnClassesThat(resideInAPackage("java.awt..").and(DescribedPredicate.not(resideInAPackage("java.awt.image.."))))
			.because("the core may decode and encode images (java.awt.image) but draws nothing").check(classes);
		noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
			.resideInAnyPackage("org.mer.app..", "org.mer.ij..", "org.mer.figures..", "org.mer.cli..", "org.mer.command..", "org.mer.plugin..")
			.because("dependencies point down, to the core").check(classes);
	}

	@Test
	void frontEndsNeverImportEachOther() {
		for (String fe : FRONT_ENDS) {
			String[] others = java.util.Arrays.stream(FRONT_ENDS).filter(o -> !o.equals(fe)).toArray(String[]::new);
			noClasses().that().resideInAPackage(fe).should().dependOnClassesThat().resideInAnyPackage(others)
				.because("each front end is a thin translation over the application layer").check(classes);
		}
	}

	@Test
	void theApplicationBridgeAndFiguresNeverImportAFrontEnd() {
		noClasses().that().resideInAnyPackage("org.mer.app..", "org.mer.ij..", "org.mer.figures..").should().dependOnClassesThat()
			.resideInAnyPackage(FRONT_ENDS).check(classes);
		noClasses().that().resideInAnyPackage("org.mer.ij..", "org.mer.figures..").should().dependOnClassesThat().resideInAPackage("org.mer.app..")
			.because("the bridge and the figures serve the application layer, not the other way round").check(classes);
	}

	@Test
	void noPackageCycles() {
		slices().matching("org.mer.(**)").should().beFreeOfCycles().check(classes);
	}
}
