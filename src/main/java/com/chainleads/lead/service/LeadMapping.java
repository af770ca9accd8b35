package com.chainleads.lead.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadDateFields;
import com.chainleads.lead.domain.LeadNumberFields;
import com.chainleads.lead.domain.LeadTextFields;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.domain.AppUser;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Between a lead and what the services hand out and take in: its draft and its details. */
final class LeadMapping {

    private LeadMapping() {}

    /** Copies the draft's editable fields onto the lead (stage, owner and unit are not among them). */
    static void apply(LeadDraft draft, LeadReferences.Resolved references, Lead lead) {
        lead.setProjectName(draft.getProjectName().strip());
        lead.getInvestor().setName(draft.getInvestorName().strip());
        String code = normalisedCreditCode(draft);
        lead.getInvestor().setCreditCode(code == null ? null : new CreditCode(code));
        lead.getInvestor().setType(draft.getInvestorType());
        lead.setQualifications(draft.getQualifications());
        lead.setSector(references.sector());
        lead.setChainLink(references.chainLink());
        lead.setChainPurpose(draft.getChainPurpose());
        lead.setProjectType(draft.getProjectType());
        lead.setHotIndustry(draft.isHotIndustry());
        lead.setTotalInvestment(draft.getTotalInvestment());
        lead.getSource().setChannel(draft.getChannel());
        lead.getSource().setReferrer(blankToNull(draft.getReferrer()));
        lead.getSource().setOriginRegion(draft.getOriginRegion());
        LeadNumberFields.ALL.forEach(field -> field.write(lead, draft.number(field)));
        LeadTextFields.ALL.forEach(field -> field.write(lead, draft.text(field)));
        lead.setLeader(references.leader());
        lead.setSignedOn(draft.getSignedOn());
        lead.setSignedAmount(draft.getSignedAmount());
        lead.setFundsReceived(draft.getFundsReceived());
        lead.getMilestones().setPlannedStartOn(draft.getPlannedStartOn());
        lead.getMilestones().setActualStartOn(draft.getActualStartOn());
        lead.getMilestones().setPlannedProductionOn(draft.getPlannedProductionOn());
        lead.getMilestones().setActualProductionOn(draft.getActualProductionOn());
        LeadDateFields.ALL.forEach(field -> field.write(lead, draft.date(field)));
        lead.setLostReason(blankToNull(draft.getLostReason()));
    }

    /** The credit code as stored, or {@code null} when the draft has none. */
    static @Nullable String normalisedCreditCode(LeadDraft draft) {
        return draft.getCreditCode().isBlank() ? null : CreditCode.normalise(draft.getCreditCode());
    }

    static LeadDraft toDraft(Lead lead) {
        return toDraft(lead, lead.getQualifications());
    }

    static LeadDraft toDraft(Lead lead, Set<QualificationTag> qualifications) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(lead.getProjectName());
        draft.setInvestorName(lead.getInvestor().getName());
        CreditCode code = lead.getInvestor().getCreditCode();
        draft.setCreditCode(code == null ? "" : code.value());
        draft.setInvestorType(lead.getInvestor().getType());
        draft.setQualifications(qualifications);
        draft.setSectorId(lead.getSector().getId());
        draft.setChainLinkId(
                lead.getChainLink() == null ? null : lead.getChainLink().getId());
        draft.setChainPurpose(lead.getChainPurpose());
        draft.setProjectType(lead.getProjectType());
        draft.setHotIndustry(lead.isHotIndustry());
        draft.setTotalInvestment(lead.getTotalInvestment());
        draft.setChannel(lead.getSource().getChannel());
        draft.setReferrer(Objects.requireNonNullElse(lead.getSource().getReferrer(), ""));
        draft.setOriginRegion(lead.getSource().getOriginRegion());
        LeadNumberFields.ALL.forEach(field -> draft.setNumber(field, field.read(lead)));
        LeadTextFields.ALL.forEach(field -> draft.setText(field, field.read(lead)));
        draft.setOwnerId(lead.getOwner().getId());
        draft.setUnitId(lead.getUnit().getId());
        draft.setLeaderId(lead.getLeader() == null ? null : lead.getLeader().getId());
        draft.setSignedOn(lead.getSignedOn());
        draft.setSignedAmount(lead.getSignedAmount());
        draft.setFundsReceived(lead.getFundsReceived());
        draft.setPlannedStartOn(lead.getMilestones().getPlannedStartOn());
        draft.setActualStartOn(lead.getMilestones().getActualStartOn());
        draft.setPlannedProductionOn(lead.getMilestones().getPlannedProductionOn());
        draft.setActualProductionOn(lead.getMilestones().getActualProductionOn());
        LeadDateFields.ALL.forEach(field -> draft.setDate(field, field.read(lead)));
        draft.setLostReason(Objects.requireNonNullElse(lead.getLostReason(), ""));
        return draft;
    }

    static LeadDetails toDetails(Lead lead, AppUserPrincipal user) {
        AppUser updatedBy = lead.getUpdatedBy();
        return new LeadDetails(
                lead.getId(),
                lead.getVersion(),
                lead.getLeadNo(),
                toDraft(lead),
                lead.getStage(),
                lead.getStageEnteredOn(),
                lead.getFirstReporter().getDisplayName(),
                lead.getFirstReportedAt(),
                lead.getOwner().getId(),
                lead.getOwner().getDisplayName(),
                lead.getUnit().getId(),
                lead.getUnit().getNameZh(),
                lead.getUnit().getNameEn(),
                lead.getLeader() == null ? null : lead.getLeader().getDisplayName(),
                lead.getNextFollowUpOn(),
                lead.getLastFollowUpOn(),
                updatedBy == null ? null : updatedBy.getDisplayName(),
                lead.getUpdatedAt(),
                LeadAccess.permissions(lead, user));
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
