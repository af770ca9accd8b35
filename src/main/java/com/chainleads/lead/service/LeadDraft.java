package com.chainleads.lead.service;

import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters for a lead: the bean behind the lead form and each imported row. The service validates
 * it against the lead's stage ({@link LeadRules}) and never trusts it; the form keeps it on screen when a save
 * is refused. Field names double as the keys of field-level messages.
 */
public class LeadDraft {

    /** 项目名称. */
    private String projectName = "";
    /** 投资主体. */
    private String investorName = "";
    /** 统一社会信用代码 (may be empty until 在谈). */
    private String creditCode = "";

    private @Nullable InvestorType investorType = null;
    private Set<QualificationTag> qualifications = EnumSet.noneOf(QualificationTag.class);
    private @Nullable Long sectorId = null;
    private @Nullable Long chainLinkId = null;
    private @Nullable ChainPurpose chainPurpose = null;
    private @Nullable ProjectType projectType = null;
    private boolean hotIndustry = false;
    /** 万元. */
    private @Nullable BigDecimal totalInvestment = null;

    private @Nullable LeadChannel channel = null;
    private String referrer = "";
    private @Nullable OriginRegion originRegion = null;

    /** The value groups' plain text fields ({@code LeadTextFields}), "" when empty. */
    private final Map<LeadTextField, String> texts = new HashMap<>();

    /** The value groups' plain number fields ({@code LeadNumberFields}), absent when empty. */
    private final Map<LeadNumberField, BigDecimal> numbers = new HashMap<>();

    /** The value groups' plain date fields ({@code LeadDateFields}), absent when empty. */
    private final Map<LeadDateField, LocalDate> dates = new HashMap<>();

    /** only used when creating; handovers change it later. */
    private @Nullable Long ownerId = null;
    /** only used when creating; handovers change it later. */
    private @Nullable Long unitId = null;
    /** 包挂领导. */
    private @Nullable Long leaderId = null;

    private @Nullable LocalDate signedOn = null;
    /** 万元. */
    private @Nullable BigDecimal signedAmount = null;
    /** 万元. */
    private @Nullable BigDecimal fundsReceived = null;

    private @Nullable LocalDate plannedStartOn = null;
    private @Nullable LocalDate actualStartOn = null;
    private @Nullable LocalDate plannedProductionOn = null;
    private @Nullable LocalDate actualProductionOn = null;
    private String lostReason = "";
    /**
     * Why the user registers the lead although another unit first reported its investor (撞单申报); blank for no
     * claim. Not part of the lead: it becomes a claim that a leader rules on (see {@link LeadRegistered}).
     */
    private String claimReason = "";

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getInvestorName() {
        return investorName;
    }

    public void setInvestorName(String investorName) {
        this.investorName = investorName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public @Nullable InvestorType getInvestorType() {
        return investorType;
    }

    public void setInvestorType(@Nullable InvestorType investorType) {
        this.investorType = investorType;
    }

    public Set<QualificationTag> getQualifications() {
        return qualifications;
    }

    public void setQualifications(Set<QualificationTag> qualifications) {
        this.qualifications =
                qualifications.isEmpty() ? EnumSet.noneOf(QualificationTag.class) : EnumSet.copyOf(qualifications);
    }

    public @Nullable Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(@Nullable Long sectorId) {
        this.sectorId = sectorId;
    }

    public @Nullable Long getChainLinkId() {
        return chainLinkId;
    }

    public void setChainLinkId(@Nullable Long chainLinkId) {
        this.chainLinkId = chainLinkId;
    }

    public @Nullable ChainPurpose getChainPurpose() {
        return chainPurpose;
    }

    public void setChainPurpose(@Nullable ChainPurpose chainPurpose) {
        this.chainPurpose = chainPurpose;
    }

    public @Nullable ProjectType getProjectType() {
        return projectType;
    }

    public void setProjectType(@Nullable ProjectType projectType) {
        this.projectType = projectType;
    }

    public boolean isHotIndustry() {
        return hotIndustry;
    }

    public void setHotIndustry(boolean hotIndustry) {
        this.hotIndustry = hotIndustry;
    }

    public @Nullable BigDecimal getTotalInvestment() {
        return totalInvestment;
    }

    public void setTotalInvestment(@Nullable BigDecimal totalInvestment) {
        this.totalInvestment = totalInvestment;
    }

    public @Nullable LeadChannel getChannel() {
        return channel;
    }

    public void setChannel(@Nullable LeadChannel channel) {
        this.channel = channel;
    }

    public String getReferrer() {
        return referrer;
    }

    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    public @Nullable OriginRegion getOriginRegion() {
        return originRegion;
    }

    public void setOriginRegion(@Nullable OriginRegion originRegion) {
        this.originRegion = originRegion;
    }

    /** A plain text field's value, "" when empty. */
    public String text(LeadTextField field) {
        return texts.getOrDefault(field, "");
    }

    public void setText(LeadTextField field, @Nullable String value) {
        texts.put(field, value == null ? "" : value);
    }

    /** The value of a group's plain number field, {@code null} when empty. */
    public @Nullable BigDecimal number(LeadNumberField field) {
        return numbers.get(field);
    }

    /** The value of a group's plain date field, {@code null} when empty. */
    public @Nullable LocalDate date(LeadDateField field) {
        return dates.get(field);
    }

    public void setDate(LeadDateField field, @Nullable LocalDate value) {
        if (value == null) {
            dates.remove(field);
        } else {
            dates.put(field, value);
        }
    }

    public void setNumber(LeadNumberField field, @Nullable BigDecimal value) {
        if (value == null) {
            numbers.remove(field);
        } else {
            numbers.put(field, value);
        }
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable Long ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable Long unitId) {
        this.unitId = unitId;
    }

    public @Nullable Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(@Nullable Long leaderId) {
        this.leaderId = leaderId;
    }

    public @Nullable LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(@Nullable LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public @Nullable BigDecimal getSignedAmount() {
        return signedAmount;
    }

    public void setSignedAmount(@Nullable BigDecimal signedAmount) {
        this.signedAmount = signedAmount;
    }

    public @Nullable BigDecimal getFundsReceived() {
        return fundsReceived;
    }

    public void setFundsReceived(@Nullable BigDecimal fundsReceived) {
        this.fundsReceived = fundsReceived;
    }

    public @Nullable LocalDate getPlannedStartOn() {
        return plannedStartOn;
    }

    public void setPlannedStartOn(@Nullable LocalDate plannedStartOn) {
        this.plannedStartOn = plannedStartOn;
    }

    public @Nullable LocalDate getActualStartOn() {
        return actualStartOn;
    }

    public void setActualStartOn(@Nullable LocalDate actualStartOn) {
        this.actualStartOn = actualStartOn;
    }

    public @Nullable LocalDate getPlannedProductionOn() {
        return plannedProductionOn;
    }

    public void setPlannedProductionOn(@Nullable LocalDate plannedProductionOn) {
        this.plannedProductionOn = plannedProductionOn;
    }

    public @Nullable LocalDate getActualProductionOn() {
        return actualProductionOn;
    }

    public void setActualProductionOn(@Nullable LocalDate actualProductionOn) {
        this.actualProductionOn = actualProductionOn;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }

    public String getClaimReason() {
        return claimReason;
    }

    public void setClaimReason(String claimReason) {
        this.claimReason = claimReason;
    }

    /** An independent copy, e.g. to compare what the user typed with what another user saved. */
    public LeadDraft copy() {
        LeadDraft copy = new LeadDraft();
        copy.projectName = projectName;
        copy.investorName = investorName;
        copy.creditCode = creditCode;
        copy.investorType = investorType;
        copy.setQualifications(qualifications);
        copy.sectorId = sectorId;
        copy.chainLinkId = chainLinkId;
        copy.chainPurpose = chainPurpose;
        copy.projectType = projectType;
        copy.hotIndustry = hotIndustry;
        copy.totalInvestment = totalInvestment;
        copy.channel = channel;
        copy.referrer = referrer;
        copy.originRegion = originRegion;
        copy.texts.putAll(texts);
        copy.numbers.putAll(numbers);
        copy.dates.putAll(dates);
        copy.ownerId = ownerId;
        copy.unitId = unitId;
        copy.leaderId = leaderId;
        copy.signedOn = signedOn;
        copy.signedAmount = signedAmount;
        copy.fundsReceived = fundsReceived;
        copy.plannedStartOn = plannedStartOn;
        copy.actualStartOn = actualStartOn;
        copy.plannedProductionOn = plannedProductionOn;
        copy.actualProductionOn = actualProductionOn;
        copy.lostReason = lostReason;
        copy.claimReason = claimReason;
        return copy;
    }
}
