package org.supplywatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md: package by feature, reads apart from writes, nothing depends on web. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supplywatch");

    @Test
    void nothingDependsOnWeb() {
        noClasses().that().resideOutsideOfPackage("org.supplywatch.web..")
                .should().dependOnClassesThat().resideInAPackage("org.supplywatch.web..")
                .check(CLASSES);
    }

    @Test
    void queriesNeverReachTheWritingSide() {
        noClasses().that().resideInAnyPackage("org.supplywatch.query..", "org.supplywatch.export..")
                .should().dependOnClassesThat().resideInAPackage("org.supplywatch.ingest..")
                .orShould().dependOnClassesThat().haveSimpleName("GraphWriter")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.supplywatch.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.supplywatch.query..", "org.supplywatch.ingest..",
                        "org.supplywatch.web..", "org.supplywatch.cypher..", "org.supplywatch.config..")
                .check(CLASSES);
    }

    @Test
    void noHelperUtilsOrManagerClasses() {
        noClasses().should().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager")
                .check(CLASSES);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        CLASSES.forEach(javaClass -> {
            packages.add(javaClass.getPackageName());
            if (javaClass.getSimpleName().equals("package-info")) {
                documented.add(javaClass.getPackageName());
            }
        });
        assertThat(documented).containsExactlyInAnyOrderElementsOf(packages);
    }
}
