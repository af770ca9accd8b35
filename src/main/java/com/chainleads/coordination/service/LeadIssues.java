package com.chainleads.coordination.service;

import java.util.List;

/**
 * A project's issues as its tab shows them, and what the signed-in user may do there.
 *
 * @param canRaise     may raise an issue (officers who may edit the lead, leaders, administrators; signed leads only)
 * @param canWork      may edit, move, reply to and close issues (officers who may edit the lead, administrators)
 * @param canSupervise may add a 批示 and re-open a closed issue (leaders, administrators)
 */
public record LeadIssues(
        long leadId, List<IssueDetails> issues, boolean canRaise, boolean canWork, boolean canSupervise) {

    public long overdueCount() {
        return issues.stream().filter(IssueDetails::overdue).count();
    }

    public long openCount() {
        return issues.stream().filter(issue -> issue.status().isOpen()).count();
    }
}
