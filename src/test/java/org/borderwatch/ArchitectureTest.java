package org.borderwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of STYLE.md: arrows point one way, and each technology stays in its package. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.borderwatch");
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.borderwatch.ui..", "org.borderwatch")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("only the window may speak JavaFX; render, slides and cli work headless")
                .check(classes);
    }

    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.borderwatch.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.postgresql..")
                .because("nothing outside store writes SQL")
                .check(classes);
    }

    @Test
    void domainIsPureJava() {
        noClasses().that().resideInAPackage("org.borderwatch.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "java.sql..",
                        "com.fasterxml.jackson..", "org.borderwatch.geo..", "org.borderwatch.render..",
                        "org.borderwatch.store..", "org.borderwatch.ui..", "org.borderwatch.cli..",
                        "org.borderwatch.slides..")
                .check(classes);
    }

    @Test
    void geoImportsNoUiNoAwtNoSql() {
        noClasses().that().resideInAPackage("org.borderwatch.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "java.sql..",
                        "org.borderwatch.render..", "org.borderwatch.store..", "org.borderwatch.ui..",
                        "org.borderwatch.slides..", "org.borderwatch.cli..")
                .check(classes);
    }

    @Test
    void oneJacksonConfigurationAndOneGeoJsonCodec() {
        DescribedPredicate<JavaCodeUnitAccess<?>> makesAJacksonConfiguration = DescribedPredicate.describe(
                "make an ObjectMapper or a JsonFactory", call -> {
                    JavaClass owner = call.getTargetOwner();
                    boolean jackson = owner.isAssignableTo(ObjectMapper.class) || owner.isAssignableTo(JsonFactory.class);
                    return jackson && (call.getName().equals("<init>") || call.getName().equals("builder"));
                });
        noClasses().that().resideOutsideOfPackage("org.borderwatch.json..")
                .should().callCodeUnitWhere(makesAJacksonConfiguration)
                .because("every reader and writer uses org.borderwatch.json.Json, so they agree on duplicate keys and streams")
                .check(classes);
        noClasses().that().resideInAPackage("org.borderwatch.json..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.borderwatch.json..", "java..",
                        "com.fasterxml.jackson..", "org.locationtech.jts..")
                .check(classes);
    }

    @Test
    void geoUsesJacksonOnlyInItsGeoJsonReader() {
        noClasses().that().resideInAPackage("org.borderwatch.geo..")
                .and().doNotHaveSimpleName("GeoJsonReader")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void renderAndSlidesStayBelowTheUi() {
        noClasses().that().resideInAnyPackage("org.borderwatch.render..", "org.borderwatch.slides..")
                .should().dependOnClassesThat().resideInAnyPackage("org.borderwatch.ui..", "org.borderwatch.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.borderwatch.render..")
                .should().dependOnClassesThat().resideInAPackage("org.borderwatch.slides..")
                .check(classes);
    }

    @Test
    void storeDependsOnlyOnDomainAndItsOwn() {
        noClasses().that().resideInAPackage("org.borderwatch.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.borderwatch.render..",
                        "org.borderwatch.slides..", "org.borderwatch.ui..", "org.borderwatch.cli..")
                .check(classes);
    }

    @Test
    void theWindowNeverDependsOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.borderwatch.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.borderwatch.cli..", "org.borderwatch.bench..")
                .because("services both need live in org.borderwatch.services; the window is no client of the command line")
                .check(classes);
    }

    @Test
    void servicesStayBelowTheWindowAndTheCommandLine() {
        noClasses().that().resideInAPackage("org.borderwatch.services..")
                .should().dependOnClassesThat().resideInAnyPackage("org.borderwatch.ui..", "org.borderwatch.cli..",
                        "org.borderwatch.bench..", "javafx..")
                .check(classes);
    }

    @Test
    void benchmarksAndSampleDataAreNoPartOfTheApplication() {
        noClasses().that().resideOutsideOfPackages("org.borderwatch.bench..")
                .and().doNotHaveFullyQualifiedName("org.borderwatch.cli.Cli")
                .should().dependOnClassesThat().resideInAPackage("org.borderwatch.bench..")
                .because("only the bench command (registered by the command line) uses benchmarks and generated data")
                .check(classes);
    }

    @Test
    void everyoneTalksToTheStoreInterfaceNotToItsEngine() {
        noClasses().that().resideOutsideOfPackage("org.borderwatch.store..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                        "org.borderwatch.store..").and(com.tngtech.archunit.core.domain.properties.HasName.Predicates
                        .nameStartingWith("org.borderwatch.store.Sqlite").or(com.tngtech.archunit.core.domain.properties
                        .HasName.Predicates.nameStartingWith("org.borderwatch.store.Pg"))))
                .because("the window, the commands and the slides use org.borderwatch.store.Store, so that another "
                        + "engine can be added without touching them")
                .check(classes);
    }

    @Test
    void noViewOrCommandReadsEveryEvent() {
        noClasses().that().resideOutsideOfPackage("org.borderwatch.store..")
                .should().callMethod(org.borderwatch.store.Store.class, "loadSituationData")
                .because("what the user looks at costs what it shows: views, commands, slides and the bench read "
                        + "events by window (Store.events, eventPage, eachEvent), never the whole store")
                .check(classes);
    }

    @Test
    void cliDoesNotReachIntoTheWindow() {
        noClasses().that().resideInAPackage("org.borderwatch.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.borderwatch.ui..")
                .check(classes);
    }
}
