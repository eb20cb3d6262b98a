package dev.devices.adapter.persistence.memory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The store is plain Java: only its wiring class knows of a container, and only by annotations. */
@AnalyzeClasses(packages = "dev.devices.adapter.persistence.memory", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaTest {

    @ArchTest
    static final ArchRule theStoreDependsOnTheApplicationAndTheJdkOnly = classes()
            .that().resideInAPackage("dev.devices.adapter.persistence.memory..")
            .and().doNotHaveSimpleName("MemoryPersistenceWiring")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.devices.adapter.persistence.memory..",
                    "dev.devices.application..", "dev.devices.domain..", "java..");

    @ArchTest
    static final ArchRule itsWiringUsesNothingButTheCdiAnnotations = classes()
            .that().haveSimpleName("MemoryPersistenceWiring")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.devices.adapter.persistence.memory..",
                    "dev.devices.application..", "dev.devices.domain..", "java..", "jakarta.enterprise.inject..",
                    "jakarta.inject..");
}
