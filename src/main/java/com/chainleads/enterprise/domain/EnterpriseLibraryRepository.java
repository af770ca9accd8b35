package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.LocalEnterprise;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The enterprise library's view of the local enterprises (the chain feature keeps its own repository). */
public interface EnterpriseLibraryRepository
        extends JpaRepository<LocalEnterprise, Long>, JpaSpecificationExecutor<LocalEnterprise> {

    boolean existsByCreditCode(CreditCode creditCode);

    java.util.Optional<LocalEnterprise> findByCreditCode(CreditCode creditCode);

    /** 规上 enterprises of a sector, or of the district ({@code ix_local_enterprise_above_scale}). */
    @Query("""
            select count(e.id) from LocalEnterprise e
            where e.aboveScale = true and (:sectorId is null or e.sector.id = :sectorId)""")
    long countAboveScale(@Nullable Long sectorId);
}
