package com.chainleads.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 经济指标: what the project promises the district besides its total investment — fixed-asset investment, annual
 * output, tax and R&D spending once in production (万元) and jobs. Shown in the form's economics section after 总投资, which stays
 * on {@link Lead} itself: it is required by stage, summed by the summaries, indexed and sorted on by every list.
 *
 * <p>To add a plain number field: a column here with its accessors, its descriptor in {@link #NUMBER_FIELDS}, a
 * Liquibase change and the two {@code lead.field.<name>} lines; see README "Adding a lead field".
 */
@Embeddable
public class Economics {

    public static final LeadNumberField FIXED_ASSET_INVESTMENT = LeadNumberField.decimal(
            "fixedAssetInvestment",
            "fixed_asset_investment",
            LeadNumberField.Measure.MONEY,
            14,
            Lead::getEconomics,
            Economics::getFixedAssetInvestment,
            Economics::setFixedAssetInvestment);
    public static final LeadNumberField ANNUAL_OUTPUT = LeadNumberField.decimal(
            "annualOutput",
            "annual_output",
            LeadNumberField.Measure.MONEY,
            14,
            Lead::getEconomics,
            Economics::getAnnualOutput,
            Economics::setAnnualOutput);
    public static final LeadNumberField ANNUAL_TAX = LeadNumberField.decimal(
            "annualTax",
            "annual_tax",
            LeadNumberField.Measure.MONEY,
            14,
            Lead::getEconomics,
            Economics::getAnnualTax,
            Economics::setAnnualTax);
    /** 年研发投入: what the project means to spend on research each year once running (新材料, 生物医药 ask it). */
    public static final LeadNumberField ANNUAL_RND = LeadNumberField.decimal(
            "annualRnd",
            "annual_rnd",
            LeadNumberField.Measure.MONEY,
            14,
            Lead::getEconomics,
            Economics::getAnnualRnd,
            Economics::setAnnualRnd);

    public static final LeadNumberField JOBS =
            LeadNumberField.count("jobs", "jobs", 10, Lead::getEconomics, Economics::getJobs, Economics::setJobs);

    /** The group's plain number fields, in the order of the form, the spreadsheet and the history. */
    public static final List<LeadNumberField> NUMBER_FIELDS =
            List.of(FIXED_ASSET_INVESTMENT, ANNUAL_OUTPUT, ANNUAL_TAX, ANNUAL_RND, JOBS);

    @Column(name = "fixed_asset_investment", precision = 16, scale = 2)
    private @Nullable BigDecimal fixedAssetInvestment;

    @Column(name = "annual_output", precision = 16, scale = 2)
    private @Nullable BigDecimal annualOutput;

    @Column(name = "annual_tax", precision = 16, scale = 2)
    private @Nullable BigDecimal annualTax;

    @Column(name = "annual_rnd", precision = 16, scale = 2)
    private @Nullable BigDecimal annualRnd;

    @Column(name = "jobs")
    private @Nullable Integer jobs;

    public @Nullable BigDecimal getFixedAssetInvestment() {
        return fixedAssetInvestment;
    }

    public void setFixedAssetInvestment(@Nullable BigDecimal fixedAssetInvestment) {
        this.fixedAssetInvestment = fixedAssetInvestment;
    }

    public @Nullable BigDecimal getAnnualOutput() {
        return annualOutput;
    }

    public void setAnnualOutput(@Nullable BigDecimal annualOutput) {
        this.annualOutput = annualOutput;
    }

    public @Nullable BigDecimal getAnnualTax() {
        return annualTax;
    }

    public void setAnnualTax(@Nullable BigDecimal annualTax) {
        this.annualTax = annualTax;
    }

    public @Nullable BigDecimal getAnnualRnd() {
        return annualRnd;
    }

    public void setAnnualRnd(@Nullable BigDecimal annualRnd) {
        this.annualRnd = annualRnd;
    }

    public @Nullable Integer getJobs() {
        return jobs;
    }

    public void setJobs(@Nullable Integer jobs) {
        this.jobs = jobs;
    }
}
