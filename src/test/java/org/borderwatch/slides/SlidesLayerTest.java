package org.borderwatch.slides;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The slides package sits between the commands and the painter: no JavaFX, no SQL, nothing above it. */
class SlidesLayerTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.borderwatch");

    @Test
    void slidesImportNoJavaFxNoSqlAndNothingAboveThem() {
        noClasses().that().resideInAPackage("org.borderwatch.slides..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.borderwatch.store..", "org.borderwatch.ui..", "org.borderwatch.cli..")
                .check(MAIN);
    }
}
