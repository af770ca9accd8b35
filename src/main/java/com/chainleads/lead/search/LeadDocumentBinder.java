package com.chainleads.lead.search;

import static com.chainleads.lead.search.LeadIndexFields.*;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadFollowUp;
import com.chainleads.lead.domain.QualificationTag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.IndexFieldType;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Writes a lead's document: every field the list filters, sorts, counts or sums on and the texts it searches
 * ({@link LeadIndexFields}). Hibernate Search reindexes the lead whenever one of the properties named in
 * {@link #bind} changes, a follow-up's people met included. Names and sort orders of sectors, links, units and
 * owners are copied in; {@link ReferenceDataReindexing} reindexes the leads concerned when those change.
 */
public class LeadDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("leadNo")
                .use("projectName")
                .use("investor.name")
                .use("investor.creditCode")
                .use("source.referrer")
                .use("qualifications")
                .use("sector")
                .use("chainLink")
                .use("unit")
                .use("owner")
                .use("stageRank")
                .use("furthestStageRank")
                .use("totalInvestment")
                .use("hotIndustry")
                .use("firstReportedAt")
                .use("updatedAt")
                .use("nextFollowUpOn")
                .use("lastActivityOn")
                .use("signedOn")
                .use("landedOn")
                .use("source.channel")
                .use("source.originRegion")
                .use("projectType")
                .use("followUps.peopleMet");
        IndexFieldTypeFactory types = context.typeFactory();
        IndexFieldType<Long> number = types.asLong()
                .searchable(Searchable.YES)
                .sortable(Sortable.YES)
                .projectable(Projectable.NO)
                .toIndexFieldType();
        IndexFieldType<String> keyword = types.asString()
                .searchable(Searchable.YES)
                .sortable(Sortable.NO)
                .projectable(Projectable.NO)
                .toIndexFieldType();
        IndexFieldType<String> sortKey = types.asString()
                .searchable(Searchable.NO)
                .sortable(Sortable.YES)
                .projectable(Projectable.NO)
                .toIndexFieldType();
        IndexFieldType<String> text = types.asString()
                .analyzer(TEXT_ANALYZER)
                .searchAnalyzer(TEXT_SEARCH_ANALYZER)
                .projectable(Projectable.NO)
                .toIndexFieldType();
        context.bridge(Lead.class, new Bridge(context.indexSchemaElement(), number, keyword, sortKey, text));
    }

    private static final class Bridge implements TypeBridge<Lead> {

        private final IndexFieldReference<Long> id;
        private final IndexFieldReference<Long> mapping;
        private final IndexFieldReference<Long> sectorId;
        private final IndexFieldReference<Long> linkId;
        private final IndexFieldReference<Long> unitId;
        private final IndexFieldReference<Long> ownerId;
        private final IndexFieldReference<Long> sectorOrder;
        private final IndexFieldReference<Long> linkOrder;
        private final IndexFieldReference<Long> unitOrder;
        private final IndexFieldReference<Long> stageRank;
        private final IndexFieldReference<Long> furthestRank;
        private final IndexFieldReference<Long> investment;
        private final IndexFieldReference<Long> hot;
        private final IndexFieldReference<Long> reportedAt;
        private final IndexFieldReference<Long> updatedAt;
        private final IndexFieldReference<Long> nextFollowUp;
        private final IndexFieldReference<Long> lastActivity;
        private final IndexFieldReference<Long> signedOn;
        private final IndexFieldReference<Long> landedOn;
        private final IndexFieldReference<Long> leadNoOrder;
        private final IndexFieldReference<Long> projectKey;
        private final IndexFieldReference<Long> investorKey;
        private final IndexFieldReference<Long> ownerKey;
        private final IndexFieldReference<String> channel;
        private final IndexFieldReference<String> region;
        private final IndexFieldReference<String> projectType;
        private final IndexFieldReference<String> tags;
        private final IndexFieldReference<String> leadNo;
        private final IndexFieldReference<String> leadSequence;
        private final IndexFieldReference<String> creditCode;
        private final IndexFieldReference<String> projectSort;
        private final IndexFieldReference<String> investorSort;
        private final IndexFieldReference<String> ownerSort;
        private final IndexFieldReference<String> projectText;
        private final IndexFieldReference<String> investorText;
        private final IndexFieldReference<String> referrerText;
        private final IndexFieldReference<String> contactsText;

        Bridge(
                IndexSchemaElement schema,
                IndexFieldType<Long> number,
                IndexFieldType<String> keyword,
                IndexFieldType<String> sortKey,
                IndexFieldType<String> text) {
            id = schema.field(ID, number).toReference();
            mapping = schema.field(MAPPING, number).toReference();
            sectorId = schema.field(SECTOR_ID, number).toReference();
            linkId = schema.field(LINK_ID, number).toReference();
            unitId = schema.field(UNIT_ID, number).toReference();
            ownerId = schema.field(OWNER_ID, number).toReference();
            sectorOrder = schema.field(SECTOR_ORDER, number).toReference();
            linkOrder = schema.field(LINK_ORDER, number).toReference();
            unitOrder = schema.field(UNIT_ORDER, number).toReference();
            stageRank = schema.field(STAGE_RANK, number).toReference();
            furthestRank = schema.field(FURTHEST_RANK, number).toReference();
            investment = schema.field(INVESTMENT, number).toReference();
            hot = schema.field(HOT, number).toReference();
            reportedAt = schema.field(REPORTED_AT, number).toReference();
            updatedAt = schema.field(UPDATED_AT, number).toReference();
            nextFollowUp = schema.field(NEXT_FOLLOW_UP, number).toReference();
            lastActivity = schema.field(LAST_ACTIVITY, number).toReference();
            signedOn = schema.field(SIGNED_ON, number).toReference();
            landedOn = schema.field(LANDED_ON, number).toReference();
            leadNoOrder = schema.field(LEAD_NO_ORDER, number).toReference();
            projectKey = schema.field(PROJECT_KEY, number).toReference();
            investorKey = schema.field(INVESTOR_KEY, number).toReference();
            ownerKey = schema.field(OWNER_KEY, number).toReference();
            channel = schema.field(CHANNEL, keyword).toReference();
            region = schema.field(REGION, keyword).toReference();
            projectType = schema.field(PROJECT_TYPE, keyword).toReference();
            tags = schema.field(TAGS, keyword).multiValued().toReference();
            leadNo = schema.field(LEAD_NO, keyword).toReference();
            leadSequence = schema.field(LEAD_SEQUENCE, keyword).toReference();
            creditCode = schema.field(CREDIT_CODE, keyword).toReference();
            projectSort = schema.field(PROJECT_SORT, sortKey).toReference();
            investorSort = schema.field(INVESTOR_SORT, sortKey).toReference();
            ownerSort = schema.field(OWNER_SORT, sortKey).toReference();
            projectText = schema.field(PROJECT_TEXT, text).toReference();
            investorText = schema.field(INVESTOR_TEXT, text).toReference();
            referrerText = schema.field(REFERRER_TEXT, text).toReference();
            contactsText = schema.field(CONTACTS_TEXT, text).multiValued().toReference();
        }

        @Override
        public void write(DocumentElement target, Lead lead, TypeBridgeWriteContext context) {
            target.addValue(id, lead.getId());
            target.addValue(mapping, (long) MAPPING_VERSION);
            target.addValue(sectorId, lead.getSector().getId());
            target.addValue(sectorOrder, (long) lead.getSector().getSortOrder());
            ChainLink link = lead.getChainLink();
            if (link != null) {
                target.addValue(linkId, link.getId());
                target.addValue(linkOrder, (long) link.getSortOrder());
            }
            target.addValue(unitId, lead.getUnit().getId());
            target.addValue(unitOrder, (long) lead.getUnit().getSortOrder());
            target.addValue(ownerId, lead.getOwner().getId());
            String owner = sortable(lead.getOwner().getDisplayName());
            target.addValue(ownerSort, owner);
            target.addValue(ownerKey, prefixKey(owner));
            target.addValue(stageRank, (long) lead.getStage().rank());
            target.addValue(furthestRank, (long) lead.getFurthestStageRank());
            BigDecimal total = lead.getTotalInvestment();
            if (total != null) {
                target.addValue(investment, cents(total));
            }
            target.addValue(hot, lead.isHotIndustry() ? 1L : 0L);
            target.addValue(reportedAt, millis(lead.getFirstReportedAt()));
            target.addValue(updatedAt, millis(lead.getUpdatedAt()));
            addDay(target, nextFollowUp, lead.getNextFollowUpOn());
            addDay(target, lastActivity, lead.getLastActivityOn());
            addDay(target, signedOn, lead.getSignedOn());
            addDay(target, landedOn, lead.getLandedOn());
            target.addValue(channel, lead.getSource().getChannel().name());
            if (lead.getSource().getOriginRegion() != null) {
                target.addValue(region, lead.getSource().getOriginRegion().name());
            }
            if (lead.getProjectType() != null) {
                target.addValue(projectType, lead.getProjectType().name());
            }
            for (QualificationTag tag : lead.getQualifications()) {
                target.addValue(tags, tag.name());
            }
            target.addValue(leadNo, keyword(lead.getLeadNo()));
            target.addValue(leadSequence, leadSequence(lead.getLeadNo()));
            target.addValue(leadNoOrder, leadNoOrder(lead.getLeadNo()));
            CreditCode code = lead.getInvestor().getCreditCode();
            if (code != null) {
                target.addValue(creditCode, keyword(code.value()));
            }
            String project = sortable(lead.getProjectName());
            target.addValue(projectSort, project);
            target.addValue(projectKey, prefixKey(project));
            String investor = sortable(lead.getInvestor().getName());
            target.addValue(investorSort, investor);
            target.addValue(investorKey, prefixKey(investor));
            target.addValue(projectText, lead.getProjectName());
            target.addValue(investorText, lead.getInvestor().getName());
            target.addValue(referrerText, lead.getSource().getReferrer());
            for (LeadFollowUp followUp : lead.getFollowUps()) {
                if (followUp.getPeopleMet() != null) {
                    target.addValue(contactsText, followUp.getPeopleMet());
                }
            }
        }

        private static long millis(Instant instant) {
            return instant.toEpochMilli();
        }

        private static void addDay(DocumentElement target, IndexFieldReference<Long> field, @Nullable LocalDate day) {
            if (day != null) {
                target.addValue(field, epochDay(day));
            }
        }
    }
}
