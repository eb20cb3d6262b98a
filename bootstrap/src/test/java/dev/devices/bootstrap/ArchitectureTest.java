package dev.devices.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The floors of the house: domain on the JDK only, application on the domain only, adapters apart. */
@AnalyzeClasses(packages = "dev.devices",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** Test code that arrives as a jar (application's port contracts) is not production code either. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes().that().resideInAPackage("dev.devices.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.devices.domain..", "java..");

    @ArchTest
    static final ArchRule applicationDependsOnTheDomainOnly = classes().that().resideInAPackage("dev.devices.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.devices.application..", "dev.devices.domain..", "java..");

    @ArchTest
    static final ArchRule adaptersNeverImportEachOther = slices().matching("dev.devices.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule noFrameworkBelowTheAdapters = noClasses()
            .that().resideInAnyPackage("dev.devices.domain..", "dev.devices.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "com.fasterxml..",
                    "org.hibernate..", "io.smallrye..");

    /** As in buckpal: an adapter sees the application only through its ports (and the paging types they use). */
    @ArchTest
    static final ArchRule adaptersUseTheApplicationOnlyThroughItsPorts = noClasses()
            .that().resideInAPackage("dev.devices.adapter..")
            .should().dependOnClassesThat().resideInAPackage("dev.devices.application.service..");

    @ArchTest
    static final ArchRule incomingPortsDoNotUseOutgoingOnes = noClasses()
            .that().resideInAPackage("dev.devices.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.devices.application.port.out..");

    @ArchTest
    static final ArchRule outgoingPortsDoNotUseIncomingOnes = noClasses()
            .that().resideInAPackage("dev.devices.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.devices.application.port.in..");

    @ArchTest
    static final ArchRule adaptersDoNotReachIntoTheWiring = noClasses().that().resideInAPackage("dev.devices.adapter..")
            .should().dependOnClassesThat().resideInAPackage("dev.devices.bootstrap..");

    @ArchTest
    static final ArchRule theEmbeddedDatabaseStaysOutOfTheService = noClasses()
            .that().resideInAnyPackage("dev.devices.adapter..", "dev.devices.bootstrap..",
                    "dev.devices.application..", "dev.devices.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.devices.embedded..", "io.zonky..");
}
