package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.chain.domain.LocalEnterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's figures of one year: 营业收入, 税收 and 研发投入 in 万元, 研发人员 and 职工, and its 知识产权 by kind
 * (发明专利, 实用新型, 外观设计, 软件著作权). One row per enterprise and year.
 */
@Entity
@Table(name = "enterprise_indicator")
public class YearlyIndicators extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, updatable = false)
    private LocalEnterprise enterprise;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "revenue_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal revenueWan;

    @Column(name = "tax_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal taxWan;

    @Column(name = "rd_expense_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal rdExpenseWan;

    @Column(name = "rd_staff")
    private @Nullable Integer rdStaff;

    @Column(name = "staff")
    private @Nullable Integer staff;

    @Column(name = "invention_patents")
    private @Nullable Integer inventionPatents;

    @Column(name = "utility_patents")
    private @Nullable Integer utilityPatents;

    @Column(name = "design_patents")
    private @Nullable Integer designPatents;

    @Column(name = "software_copyrights")
    private @Nullable Integer softwareCopyrights;

    protected YearlyIndicators() {}

    public YearlyIndicators(LocalEnterprise enterprise, int year) {
        this.enterprise = enterprise;
        this.year = year;
    }

    /** Sets every figure at once (a year's figures are entered together). */
    public void setFigures(
            @Nullable BigDecimal revenueWan,
            @Nullable BigDecimal taxWan,
            @Nullable BigDecimal rdExpenseWan,
            @Nullable Integer rdStaff,
            @Nullable Integer staff,
            @Nullable Integer inventionPatents,
            @Nullable Integer utilityPatents,
            @Nullable Integer designPatents,
            @Nullable Integer softwareCopyrights) {
        this.revenueWan = revenueWan;
        this.taxWan = taxWan;
        this.rdExpenseWan = rdExpenseWan;
        this.rdStaff = rdStaff;
        this.staff = staff;
        this.inventionPatents = inventionPatents;
        this.utilityPatents = utilityPatents;
        this.designPatents = designPatents;
        this.softwareCopyrights = softwareCopyrights;
    }

    public LocalEnterprise getEnterprise() {
        return enterprise;
    }

    public int getYear() {
        return year;
    }

    public @Nullable BigDecimal getRevenueWan() {
        return revenueWan;
    }

    public @Nullable BigDecimal getTaxWan() {
        return taxWan;
    }

    public @Nullable BigDecimal getRdExpenseWan() {
        return rdExpenseWan;
    }

    public @Nullable Integer getRdStaff() {
        return rdStaff;
    }

    public @Nullable Integer getStaff() {
        return staff;
    }

    public @Nullable Integer getInventionPatents() {
        return inventionPatents;
    }

    public @Nullable Integer getUtilityPatents() {
        return utilityPatents;
    }

    public @Nullable Integer getDesignPatents() {
        return designPatents;
    }

    public @Nullable Integer getSoftwareCopyrights() {
        return softwareCopyrights;
    }
}
