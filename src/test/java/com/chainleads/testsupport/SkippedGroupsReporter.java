package com.chainleads.testsupport;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** Says plainly, at the end of a test run, which groups were skipped and why. */
public class SkippedGroupsReporter implements TestExecutionListener {

    private final Map<String, Integer> skipped = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (reason != null && reason.startsWith(TestInfrastructure.SKIPPED_GROUP_MARKER)) {
            skipped.merge(
                    reason.substring(TestInfrastructure.SKIPPED_GROUP_MARKER.length())
                            .trim(),
                    1,
                    Integer::sum);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        skipped.forEach((reason, classes) -> System.out.println("\n*** SKIPPED GROUP (" + classes + " test classes): "
                + reason + "\n*** .ci/run requires it with -Dchainleads.test.require=mysql,browser\n"));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // only skips are reported
    }
}
