package com.chainleads.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Case 2's rule for the code base: every public method of a service says who may call it — on the method or on
 * its class — so access is decided by method security, never only by which buttons a view shows. The login
 * itself (a {@link UserDetailsService}) is the one exception.
 */
@AnalyzeClasses(packages = "com.chainleads", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceMethodSecurityTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    private static boolean declaresAccess(JavaClass type) {
        return ACCESS.stream().anyMatch(type::isAnnotatedWith);
    }

    private static boolean declaresAccess(JavaMethod method) {
        return ACCESS.stream().anyMatch(method::isAnnotatedWith);
    }

    private static final ArchCondition<JavaMethod> SAY_WHO_MAY_CALL_THEM =
            new ArchCondition<>("say who may call them (@RolesAllowed, @PermitAll or @DenyAll)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean ok = declaresAccess(method) || declaresAccess(method.getOwner());
                    events.add(new SimpleConditionEvent(
                            method,
                            ok,
                            method.getFullName() + (ok ? " declares" : " does not declare") + " who may call it"));
                }
            };

    @ArchTest
    static final ArchRule everyPublicServiceMethodDeclaresWhoMayCallIt = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .areDeclaredInClassesThat()
            .areNotAssignableTo(UserDetailsService.class)
            .and()
            .haveModifier(JavaModifier.PUBLIC)
            .should(SAY_WHO_MAY_CALL_THEM);
}
