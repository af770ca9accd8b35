package com.chainleads.lead.search;

import com.chainleads.lead.domain.Lead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.search.engine.common.EntityReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Leads whose index write failed after their transaction committed: logged with their ids and kept here until
 * {@link LeadIndexSync} writes them again. Filled by Hibernate Search while the persistence unit starts, so it
 * depends on nothing.
 */
@Component
public class FailedIndexWrites {

    private static final Logger log = LoggerFactory.getLogger(FailedIndexWrites.class);

    private final Set<Long> leadIds = ConcurrentHashMap.newKeySet();

    void failed(Collection<? extends EntityReference> entities, Throwable cause) {
        List<Long> ids = new ArrayList<>();
        for (EntityReference entity : entities) {
            if (Lead.class.isAssignableFrom(entity.type()) && entity.id() instanceof Number id) {
                ids.add(id.longValue());
            }
        }
        leadIds.addAll(ids);
        log.error("Search index write failed for lead ids {} ({}); they will be written again", ids, cause.toString());
    }

    /** Takes the ids waiting to be written again. */
    List<Long> drain() {
        List<Long> taken = new ArrayList<>();
        for (Long id : leadIds) {
            if (leadIds.remove(id)) {
                taken.add(id);
            }
        }
        return taken;
    }

    /** Puts ids back after another failed attempt. */
    void retryLater(Collection<Long> ids) {
        leadIds.addAll(ids);
    }

    public int waiting() {
        return leadIds.size();
    }
}
