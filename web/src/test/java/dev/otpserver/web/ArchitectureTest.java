package dev.otpserver.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout's promises, checked: dependencies point one way and the shared kernel stays free of HTTP. */
@AnalyzeClasses(packages = "dev.otpserver", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commonNeverImportsJaxRsOrServlets = noClasses()
            .that()
            .resideInAPackage("dev.otpserver.common..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule entitiesKnowNothingAboveThem = noClasses()
            .that()
            .resideInAPackage("..entity..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..control..", "..boundary..");

    @ArchTest
    static final ArchRule controlNeverCallsBoundary = noClasses()
            .that()
            .resideInAPackage("..control..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule featureModulesNeverDependOnTheWebModule = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.otpserver.auth..",
                    "dev.otpserver.config..",
                    "dev.otpserver.notification..",
                    "dev.otpserver.common..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.otpserver.web..");

    @ArchTest
    static final ArchRule featureModulesMeetOnlyThroughCommon = slices().matching(
                    "dev.otpserver.(auth|config|notification)..")
            .should()
            .notDependOnEachOther();

    @ArchTest
    static final ArchRule componentsHaveNoCycles =
            slices().matching("dev.otpserver.(*).(*)..").should().beFreeOfCycles();
}
