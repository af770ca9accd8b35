package com.chainleads.coordination.domain;

/** What kind of problem blocks the project: 用地, 审批, 资金, 水电气, 人才, 其他. */
public enum IssueType {
    LAND,
    APPROVAL,
    FUNDING,
    UTILITIES,
    TALENT,
    OTHER;

    public String translationKey() {
        return "coordination.type." + name();
    }
}
