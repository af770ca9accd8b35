package com.chainleads.transfer.demo;

/** 项目类型 of the demo import. */
public enum DemoProjectType {
    NEW("新建", "New"), EXPANSION("增资", "Expansion"), HEADQUARTERS("总部", "Headquarters"), R_AND_D("研发", "R&D");

    private final String zh;
    private final String en;

    DemoProjectType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
