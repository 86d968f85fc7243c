package cn.perfeval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void the_modules_depend_on_each_other_only_through_their_published_interfaces() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void the_rules_engine_is_plain_java() {
        noClasses().that().resideInAPackage("cn.perfeval.checks.core..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "org.flowable..", "com.vaadin..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.perfeval.checks.core"));
    }

    @Test
    void only_the_workflow_module_uses_flowable() {
        noClasses().that().resideOutsideOfPackage("cn.perfeval.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.perfeval"));
    }
}
