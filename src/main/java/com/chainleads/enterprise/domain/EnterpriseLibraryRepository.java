package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.LocalEnterprise;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The enterprise library's view of the local enterprises (the chain feature keeps its own repository). */
public interface EnterpriseLibraryRepository
        extends JpaRepository<LocalEnterprise, Long>, JpaSpecificationExecutor<LocalEnterprise> {

    boolean existsByCreditCode(CreditCode creditCode);

    java.util.Optional<LocalEnterprise> findByCreditCode(CreditCode creditCode);

    /** The names of the firms with these credit codes, by code (one look-up for a window of import rows). */
    @org.springframework.data.jpa.repository.Query(
            "select e.creditCode, e.name from LocalEnterprise e where e.creditCode in :codes")
    java.util.List<Object[]> namesByCreditCode(java.util.Collection<CreditCode> codes);

    /** The names of the given enterprises (the ladder's lists of movers). */
    @Query("select new com.chainleads.enterprise.domain.EnterpriseName(e.id, e.name) from LocalEnterprise e"
            + " where e.id in :ids")
    List<EnterpriseName> namesOf(Collection<Long> ids);
}
