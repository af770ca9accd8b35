package com.chainleads.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Decides {@link RequiresMysqlTools}: MySQL pass only; missing programs skip the class, or fail it when required. */
public class MysqlToolsCondition implements ExecutionCondition {

    private static final List<String> SEARCH_PATH =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        if (!TestInfrastructure.onMysql()) {
            return ConditionEvaluationResult.disabled("belongs to the MySQL pass (it-mysql)");
        }
        RequiresMysqlTools tools = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, RequiresMysqlTools.class))
                .orElseThrow();
        List<String> missing = new ArrayList<>();
        for (String alternatives : tools.value()) {
            if (find(alternatives).isEmpty()) {
                missing.add(alternatives);
            }
        }
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("MySQL programs present");
        }
        String reason = "MySQL programs missing: " + String.join(", ", missing);
        if (TestInfrastructure.required(TestInfrastructure.MYSQL)) {
            throw new IllegalStateException("Required test group 'mysql' cannot run: " + reason);
        }
        return ConditionEvaluationResult.disabled(TestInfrastructure.SKIPPED_GROUP_MARKER + " " + reason);
    }

    /**
     * The first of the alternative programs ({@code "mariadbd|mysqld"}) found on the PATH or in the usual places —
     * or only in the directories {@code -Dchainleads.test.mysql.bin} lists, when it is set.
     */
    public static Optional<Path> find(String alternatives) {
        String configured = System.getProperty("chainleads.test.mysql.bin", "");
        List<String> directories = new ArrayList<>();
        if (!configured.isBlank()) {
            directories.addAll(List.of(configured.split(java.io.File.pathSeparator)));
        } else {
            String path = System.getenv("PATH");
            if (path != null) {
                directories.addAll(List.of(path.split(java.io.File.pathSeparator)));
            }
            directories.addAll(SEARCH_PATH);
        }
        return Stream.of(alternatives.split("\\|"))
                .flatMap(name -> directories.stream().map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Like {@link #find} but for a test that already passed the condition. */
    public static Path require(String alternatives) {
        return find(alternatives).orElseThrow(() -> new IllegalStateException("no " + alternatives));
    }
}
