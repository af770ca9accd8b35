package com.chainleads.lead.service;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.ThreeWayMerge.Field;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.SiteNeeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a {@link LeadDraft} a user edits on an existing lead, by the names the form and the field
 * messages use ({@code lead.field.<name>}): what a three-way merge of concurrent edits compares. Owner and
 * unit are not among them (handovers change those); the 撞单 claim reason is (it is the user's own). The value
 * groups' plain text and number fields come from their descriptors, each after its group's other fields.
 */
public final class LeadDraftFields {

    public static final List<Field<LeadDraft>> EDITABLE = Stream.of(
                    List.of(
                            Field.of("projectName", LeadDraft::getProjectName, LeadDraft::setProjectName),
                            Field.of("investorName", LeadDraft::getInvestorName, LeadDraft::setInvestorName),
                            Field.of("creditCode", LeadDraft::getCreditCode, LeadDraft::setCreditCode),
                            Field.of("investorType", LeadDraft::getInvestorType, LeadDraft::setInvestorType)),
                    texts(Investor.TEXT_FIELDS),
                    List.of(
                            Field.of("qualifications", LeadDraft::getQualifications, LeadDraft::setQualifications),
                            Field.of("sectorId", LeadDraft::getSectorId, LeadDraft::setSectorId),
                            Field.of("chainLinkId", LeadDraft::getChainLinkId, LeadDraft::setChainLinkId),
                            Field.of("chainPurpose", LeadDraft::getChainPurpose, LeadDraft::setChainPurpose),
                            Field.of("projectType", LeadDraft::getProjectType, LeadDraft::setProjectType),
                            Field.of("hotIndustry", LeadDraft::isHotIndustry, LeadDraft::setHotIndustry),
                            Field.of("totalInvestment", LeadDraft::getTotalInvestment, LeadDraft::setTotalInvestment)),
                    numbers(Economics.NUMBER_FIELDS),
                    List.of(
                            Field.of("channel", LeadDraft::getChannel, LeadDraft::setChannel),
                            Field.of("referrer", LeadDraft::getReferrer, LeadDraft::setReferrer),
                            Field.of("originRegion", LeadDraft::getOriginRegion, LeadDraft::setOriginRegion)),
                    numbers(SiteNeeds.NUMBER_FIELDS),
                    texts(SiteNeeds.TEXT_FIELDS),
                    List.of(Field.of("leaderId", LeadDraft::getLeaderId, LeadDraft::setLeaderId)),
                    dates(Milestones.DATE_FIELDS),
                    List.of(
                            Field.of("signedOn", LeadDraft::getSignedOn, LeadDraft::setSignedOn),
                            Field.of("signedAmount", LeadDraft::getSignedAmount, LeadDraft::setSignedAmount),
                            Field.of("fundsReceived", LeadDraft::getFundsReceived, LeadDraft::setFundsReceived),
                            Field.of("plannedStartOn", LeadDraft::getPlannedStartOn, LeadDraft::setPlannedStartOn),
                            Field.of("actualStartOn", LeadDraft::getActualStartOn, LeadDraft::setActualStartOn),
                            Field.of(
                                    "plannedProductionOn",
                                    LeadDraft::getPlannedProductionOn,
                                    LeadDraft::setPlannedProductionOn),
                            Field.of(
                                    "actualProductionOn",
                                    LeadDraft::getActualProductionOn,
                                    LeadDraft::setActualProductionOn),
                            Field.of("lostReason", LeadDraft::getLostReason, LeadDraft::setLostReason),
                            Field.of("claimReason", LeadDraft::getClaimReason, LeadDraft::setClaimReason)))
            .flatMap(List::stream)
            .toList();

    private LeadDraftFields() {}

    private static List<Field<LeadDraft>> texts(List<LeadTextField> fields) {
        return fields.stream()
                .map(text -> Field.<LeadDraft, String>of(
                        text.name(), draft -> draft.text(text), (draft, value) -> draft.setText(text, value)))
                .toList();
    }

    private static List<Field<LeadDraft>> dates(List<LeadDateField> fields) {
        return fields.stream()
                .map(date -> Field.<LeadDraft, @Nullable LocalDate>of(
                        date.name(), draft -> draft.date(date), (draft, value) -> draft.setDate(date, value)))
                .toList();
    }

    private static List<Field<LeadDraft>> numbers(List<LeadNumberField> fields) {
        return fields.stream()
                .map(number -> Field.<LeadDraft, @Nullable BigDecimal>of(
                        number.name(), draft -> draft.number(number), (draft, value) -> draft.setNumber(number, value)))
                .toList();
    }

    /** Merges what the user typed with what is stored now, both made from what the user loaded. */
    public static ThreeWayMerge.Result<LeadDraft> merge(LeadDraft loaded, LeadDraft typed, LeadDraft stored) {
        return ThreeWayMerge.merge(EDITABLE, loaded, typed, stored, LeadDraft::copy);
    }
}
