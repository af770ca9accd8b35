package com.chainleads.construction.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvestmentMonthRepository extends JpaRepository<InvestmentMonth, Long> {

    /** One project's months in order (uk_project_investment_month). */
    List<InvestmentMonth> findByLeadIdOrderByMonthAsc(long leadId);

    Optional<InvestmentMonth> findByLeadIdAndMonth(long leadId, LocalDate month);
}
