package com.chainleads.coordination.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssueEventRepository extends JpaRepository<IssueEvent, Long> {

    @Query("select e from IssueEvent e join fetch e.by where e.issueId = :issueId order by e.happenedAt, e.id")
    List<IssueEvent> findOfIssue(long issueId);

    @Query("select e from IssueEvent e join fetch e.by where e.issueId in :issueIds order by e.happenedAt, e.id")
    List<IssueEvent> findOfIssues(java.util.Collection<Long> issueIds);
}
