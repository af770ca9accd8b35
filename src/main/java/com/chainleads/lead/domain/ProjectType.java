package com.chainleads.lead.domain;

/** 新建, 增资 (expansion, counted apart from new projects), 总部, 研发. */
public enum ProjectType {
    NEW,
    EXPANSION,
    HEADQUARTERS,
    RESEARCH;

    public String translationKey() {
        return "lead.projectType." + name();
    }
}
