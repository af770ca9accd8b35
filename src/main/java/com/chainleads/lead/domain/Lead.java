package com.chainleads.lead.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.Sector;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An investment lead (招商线索): an investor enterprise and its project, followed up by an officer of a unit
 * through the pipeline. Stage changes go through {@code LeadService}, which enforces the rules.
 *
 * <p>Its fields come in value groups: {@link Investor}, {@link Economics}, {@link Source}, {@link SiteNeeds} and
 * {@link Milestones} are embedded, with their plain fields described once ({@link LeadTextFields},
 * {@link LeadNumberFields}, {@link LeadDateFields}); classification, 总投资, ownership and the stage with its
 * dates are columns here.
 *
 * <p>Size: the fields that every list, summary and index reads (classification, total investment, source, stage
 * and its dates) stay columns of the lead with their accessors: the summary listener and the search mapping read
 * them by property path.
 */
@Entity
@Table(name = "investment_lead")
@EntityListeners(AuditingEntityListener.class)
// an edit writes only the columns it changed: the follow-up dates, set by a bulk update that leaves the version
// alone, are never overwritten by an edit that loaded the lead before a colleague's follow-up
@DynamicUpdate
public class Lead extends AbstractEntity {

    // identity
    @Column(name = "lead_no", nullable = false, length = 20, unique = true, updatable = false)
    private String leadNo;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    @Embedded
    private Investor investor = new Investor();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "lead_qualification", joinColumns = @JoinColumn(name = "lead_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tag", length = 30, nullable = false)
    private Set<QualificationTag> qualifications = EnumSet.noneOf(QualificationTag.class);

    // classification
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id", nullable = false)
    private Sector sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chain_link_id")
    private @Nullable ChainLink chainLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_purpose", length = 20)
    private @Nullable ChainPurpose chainPurpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", length = 20)
    private @Nullable ProjectType projectType;

    @Column(name = "hot_industry", nullable = false)
    private boolean hotIndustry;

    // economics, in 万元
    @Column(name = "total_investment", precision = 16, scale = 2)
    private @Nullable BigDecimal totalInvestment;

    // the rest of the economics; null when all its columns are, hence the getter's check
    @Embedded
    private @Nullable Economics economics = new Economics();

    // source: its channel is required, so the group is never null once saved
    @Embedded
    private @Nullable Source source = new Source();

    // site needs; Hibernate leaves an embedded group null when all its columns are, hence the getter's check
    @Embedded
    private @Nullable SiteNeeds siteNeeds = new SiteNeeds();

    // ownership
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_reporter_id", nullable = false, updatable = false)
    private AppUser firstReporter;

    @Column(name = "first_reported_at", nullable = false, updatable = false)
    private Instant firstReportedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private @Nullable AppUser leader;

    // progress
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private LeadStage stage = LeadStage.REGISTERED;

    /** The stage's rank, stored so lists sort by pipeline order with an index. */
    @Column(name = "stage_rank", nullable = false)
    private int stageRank = LeadStage.REGISTERED.rank();

    @Column(name = "stage_entered_on", nullable = false)
    private LocalDate stageEnteredOn;

    @Column(name = "next_follow_up_on")
    private @Nullable LocalDate nextFollowUpOn;

    @Column(name = "last_follow_up_on")
    private @Nullable LocalDate lastFollowUpOn;

    @Column(name = "signed_on")
    private @Nullable LocalDate signedOn;

    @Column(name = "signed_amount", precision = 16, scale = 2)
    private @Nullable BigDecimal signedAmount;

    @Column(name = "funds_received", precision = 16, scale = 2)
    private @Nullable BigDecimal fundsReceived;

    // the project's dates after signing; null when all its columns are, hence the getter's check
    @Embedded
    private @Nullable Milestones milestones = new Milestones();

    @Column(name = "lost_reason", length = 500)
    private @Nullable String lostReason;

    /** When the lead first reached 注册落地 (landed); kept when it later goes 暂缓 or 终止. */
    @Column(name = "landed_on")
    private @Nullable LocalDate landedOn;

    /** The latest follow-up, else the day of the first report: what the response clocks measure from. */
    @Column(name = "last_activity_on", nullable = false)
    private LocalDate lastActivityOn;

    /** The furthest main-line stage ever reached, for the conversion funnel. */
    @Column(name = "furthest_stage_rank", nullable = false)
    private int furthestStageRank = LeadStage.REGISTERED.rank();

    /** Read only: the search index takes the people met in the follow-ups as the lead's contacts. */
    @OneToMany(mappedBy = "lead", fetch = FetchType.LAZY)
    private List<LeadFollowUp> followUps = new java.util.ArrayList<>();

    // bookkeeping (Spring Data auditing)
    @CreatedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private @Nullable AppUser createdBy;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private @Nullable AppUser updatedBy;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Lead() {}

    /** A new lead at 线索登记, first reported now by {@code reporter}, who owns it in {@code unit}. */
    public Lead(String leadNo, AppUser reporter, OrgUnit unit, Instant reportedAt, LocalDate today) {
        this.leadNo = leadNo;
        this.firstReporter = reporter;
        this.firstReportedAt = reportedAt;
        this.owner = reporter;
        this.unit = unit;
        this.stageEnteredOn = today;
        this.lastActivityOn = today;
        this.createdAt = reportedAt;
        this.updatedAt = reportedAt;
    }

    /** Moves the lead to {@code next}; the service has checked the rules and records the history. */
    public void enterStage(LeadStage next, LocalDate on) {
        this.stage = next;
        this.stageRank = next.rank();
        this.stageEnteredOn = on;
        if (next.isMainLine()) {
            furthestStageRank = Math.max(furthestStageRank, next.rank());
            if (next.reached(LeadStage.INCORPORATED) && landedOn == null) {
                landedOn = on;
            } else if (!next.reached(LeadStage.INCORPORATED)) {
                landedOn = null; // moved back before landing
            }
        }
    }

    public void handOverTo(AppUser newOwner, OrgUnit newUnit) {
        this.owner = newOwner;
        this.unit = newUnit;
    }

    /** The next follow-up date follows the latest follow-up entry. */
    public void followedUp(@Nullable LocalDate lastOn, @Nullable LocalDate nextOn) {
        this.lastFollowUpOn = lastOn;
        this.nextFollowUpOn = nextOn;
    }

    public String getLeadNo() {
        return leadNo;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    /** 投资主体: name, credit code, kind. */
    public Investor getInvestor() {
        return investor;
    }

    /** 选址需求. */
    public SiteNeeds getSiteNeeds() {
        SiteNeeds needs = siteNeeds;
        if (needs == null) {
            needs = new SiteNeeds();
            siteNeeds = needs;
        }
        return needs;
    }

    public Set<QualificationTag> getQualifications() {
        return qualifications;
    }

    public void setQualifications(Set<QualificationTag> tags) {
        this.qualifications.clear();
        this.qualifications.addAll(tags);
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public @Nullable ChainLink getChainLink() {
        return chainLink;
    }

    public void setChainLink(@Nullable ChainLink chainLink) {
        this.chainLink = chainLink;
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

    /** 经济指标 besides the total investment. */
    public Economics getEconomics() {
        Economics group = economics;
        if (group == null) {
            group = new Economics();
            economics = group;
        }
        return group;
    }

    /** 线索来源. */
    public Source getSource() {
        Source group = source;
        if (group == null) {
            group = new Source();
            source = group;
        }
        return group;
    }

    public AppUser getFirstReporter() {
        return firstReporter;
    }

    public Instant getFirstReportedAt() {
        return firstReportedAt;
    }

    public AppUser getOwner() {
        return owner;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public @Nullable AppUser getLeader() {
        return leader;
    }

    public void setLeader(@Nullable AppUser leader) {
        this.leader = leader;
    }

    public LeadStage getStage() {
        return stage;
    }

    public LocalDate getStageEnteredOn() {
        return stageEnteredOn;
    }

    public @Nullable LocalDate getNextFollowUpOn() {
        return nextFollowUpOn;
    }

    public @Nullable LocalDate getLastFollowUpOn() {
        return lastFollowUpOn;
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

    /** 项目节点: the expected signing and the planned and actual start of construction and production. */
    public Milestones getMilestones() {
        Milestones group = milestones;
        if (group == null) {
            group = new Milestones();
            milestones = group;
        }
        return group;
    }

    public @Nullable LocalDate getLandedOn() {
        return landedOn;
    }

    public LocalDate getLastActivityOn() {
        return lastActivityOn;
    }

    public int getFurthestStageRank() {
        return furthestStageRank;
    }

    public @Nullable String getLostReason() {
        return lostReason;
    }

    public void setLostReason(@Nullable String lostReason) {
        this.lostReason = lostReason;
    }

    public List<LeadFollowUp> getFollowUps() {
        return Collections.unmodifiableList(followUps);
    }

    public @Nullable AppUser getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable AppUser getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
