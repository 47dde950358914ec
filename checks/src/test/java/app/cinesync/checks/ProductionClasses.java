package app.cinesync.checks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every module's production classes, as the package rules see them: the reactor's jars on this
 * module's test class path, without test classes or test-jars (whose fixtures may reach anywhere).
 */
final class ProductionClasses {
    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("app.cinesync");

    private ProductionClasses() {
    }
}
