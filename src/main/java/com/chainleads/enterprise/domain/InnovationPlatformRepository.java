package com.chainleads.enterprise.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InnovationPlatformRepository extends JpaRepository<InnovationPlatform, Long> {

    List<InnovationPlatform> findByEnterpriseIdOrderByLevelAscNameAsc(long enterpriseId);

    /** Platforms per enterprise of one page of the library. */
    @Query("""
            select new com.chainleads.enterprise.domain.EnterpriseCount(p.enterprise.id, count(p.id))
            from InnovationPlatform p where p.enterprise.id in :enterpriseIds group by p.enterprise.id""")
    List<EnterpriseCount> countPerEnterprise(Collection<Long> enterpriseIds);
}
