package com.chainleads.construction.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** 完成投资 of one signed project in one month (万元): what was planned for the month and what was completed. */
@Entity
@Table(name = "project_investment_month")
public class InvestmentMonth extends AbstractEntity {

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    /** The first day of the month. */
    @Column(name = "month_start", nullable = false)
    private LocalDate month = LocalDate.EPOCH;

    @Column(name = "planned", precision = 19, scale = 2)
    private @Nullable BigDecimal planned;

    @Column(name = "completed", precision = 19, scale = 2)
    private @Nullable BigDecimal completed;

    protected InvestmentMonth() {}

    public InvestmentMonth(long leadId, LocalDate month) {
        this.leadId = leadId;
        this.month = month.withDayOfMonth(1);
    }

    public long getLeadId() {
        return leadId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public void setMonth(LocalDate month) {
        this.month = month.withDayOfMonth(1);
    }

    public @Nullable BigDecimal getPlanned() {
        return planned;
    }

    public void setPlanned(@Nullable BigDecimal planned) {
        this.planned = planned;
    }

    public @Nullable BigDecimal getCompleted() {
        return completed;
    }

    public void setCompleted(@Nullable BigDecimal completed) {
        this.completed = completed;
    }
}
