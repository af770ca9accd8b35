package com.chainleads.chain.ui;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.EnterpriseCommand;
import com.chainleads.chain.service.EnterpriseRow;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The bean behind {@link EnterpriseForm}: what the administrator is typing. */
public class EnterpriseFormData {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private String creditCode = "";
    private @Nullable CultivationTier cultivationTier;
    private @Nullable BigDecimal annualOutputWan;
    private @Nullable Integer jobs;
    private Set<ChainLinkOption> links = new LinkedHashSet<>();

    /** What an administrator edits: what a merge of concurrent edits compares. */
    static final List<ThreeWayMerge.Field<EnterpriseFormData>> FIELDS = List.of(
            ThreeWayMerge.Field.of("name", EnterpriseFormData::getName, EnterpriseFormData::setName),
            ThreeWayMerge.Field.of("creditCode", EnterpriseFormData::getCreditCode, EnterpriseFormData::setCreditCode),
            ThreeWayMerge.Field.of(
                    "tier", EnterpriseFormData::getCultivationTier, EnterpriseFormData::setCultivationTier),
            ThreeWayMerge.Field.of(
                    "output", EnterpriseFormData::getAnnualOutputWan, EnterpriseFormData::setAnnualOutputWan),
            ThreeWayMerge.Field.of("jobs", EnterpriseFormData::getJobs, EnterpriseFormData::setJobs),
            ThreeWayMerge.Field.of("links", EnterpriseFormData::getLinks, EnterpriseFormData::setLinks));

    static EnterpriseFormData forNewEnterprise() {
        return new EnterpriseFormData();
    }

    static EnterpriseFormData of(EnterpriseRow row, List<ChainLinkOption> allLinks) {
        EnterpriseFormData data = new EnterpriseFormData();
        data.id = row.id();
        data.version = row.version();
        data.name = row.name();
        data.creditCode = row.creditCode();
        data.cultivationTier = row.cultivationTier();
        data.annualOutputWan = row.annualOutputWan();
        data.jobs = row.jobs();
        Set<Long> ids = row.links().stream().map(ChainLinkOption::id).collect(Collectors.toSet());
        // the same instances as the chooser's items, so it shows them as selected
        data.links = allLinks.stream()
                .filter(link -> ids.contains(link.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return data;
    }

    /** An independent copy (the form writes into the bean it shows). */
    EnterpriseFormData copy() {
        EnterpriseFormData copy = new EnterpriseFormData();
        copy.id = id;
        copy.version = version;
        copy.name = name;
        copy.creditCode = creditCode;
        copy.cultivationTier = cultivationTier;
        copy.annualOutputWan = annualOutputWan;
        copy.jobs = jobs;
        copy.links = new LinkedHashSet<>(links);
        return copy;
    }

    EnterpriseCommand toCommand() {
        return new EnterpriseCommand(
                name,
                creditCode,
                cultivationTier,
                annualOutputWan,
                jobs,
                links.stream().map(ChainLinkOption::id).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    boolean isNew() {
        return id == null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public @Nullable CultivationTier getCultivationTier() {
        return cultivationTier;
    }

    public void setCultivationTier(@Nullable CultivationTier cultivationTier) {
        this.cultivationTier = cultivationTier;
    }

    public @Nullable BigDecimal getAnnualOutputWan() {
        return annualOutputWan;
    }

    public void setAnnualOutputWan(@Nullable BigDecimal annualOutputWan) {
        this.annualOutputWan = annualOutputWan;
    }

    public @Nullable Integer getJobs() {
        return jobs;
    }

    public void setJobs(@Nullable Integer jobs) {
        this.jobs = jobs;
    }

    public Set<ChainLinkOption> getLinks() {
        return links;
    }

    public void setLinks(Set<ChainLinkOption> links) {
        this.links = new LinkedHashSet<>(links);
    }
}
