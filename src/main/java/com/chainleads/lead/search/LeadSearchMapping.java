package com.chainleads.lead.search;

import com.chainleads.lead.domain.Lead;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Maps the lead to its search index document ({@link LeadDocumentBinder}) without annotations on the entity.
 * Configured by {@code hibernate.search.mapping.configurer}.
 */
public class LeadSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var lead = context.programmaticMapping().type(Lead.class);
        lead.indexed().index(LeadIndexFields.INDEX);
        lead.binder(new LeadDocumentBinder());
    }
}
