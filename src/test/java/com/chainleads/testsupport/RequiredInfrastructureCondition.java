package com.chainleads.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips a test class whose database or browser is missing — or fails it, when the group is required.
 * Evaluated before any Spring context starts.
 */
public class RequiredInfrastructureCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        if (TestInfrastructure.onMysql()) {
            String problem = TestInfrastructure.mysqlProblem();
            if (problem != null) {
                return missing(
                        TestInfrastructure.MYSQL,
                        "MySQL integration tests: no MySQL at " + TestInfrastructure.mysqlUrl() + " (" + problem + ")");
            }
        }
        boolean browser = context.getTestClass()
                .map(type -> AnnotationSupport.isAnnotated(type, BrowserTest.class))
                .orElse(false);
        if (browser) {
            String problem = TestInfrastructure.chromiumProblem();
            if (problem != null) {
                return missing(TestInfrastructure.BROWSER, "browser tests: " + problem);
            }
        }
        return ConditionEvaluationResult.enabled("infrastructure present");
    }

    private static ConditionEvaluationResult missing(String group, String reason) {
        if (TestInfrastructure.required(group)) {
            throw new IllegalStateException("Required test group '" + group + "' cannot run: " + reason);
        }
        return ConditionEvaluationResult.disabled(TestInfrastructure.SKIPPED_GROUP_MARKER + " " + reason);
    }
}
