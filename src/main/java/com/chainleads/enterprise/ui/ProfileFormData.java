package com.chainleads.enterprise.ui;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.service.ProfileCommand;
import com.chainleads.security.service.UserOption;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The profile form's bean: what the {@link ProfileForm}'s Binder reads and writes. */
public class ProfileFormData {

    /** The fields a concurrent save is merged by (see {@link ThreeWayMerge}); names match the server's field names. */
    static final List<ThreeWayMerge.Field<ProfileFormData>> FIELDS = List.of(
            ThreeWayMerge.Field.of("name", ProfileFormData::getName, ProfileFormData::setName),
            ThreeWayMerge.Field.of("creditCode", ProfileFormData::getCreditCode, ProfileFormData::setCreditCode),
            ThreeWayMerge.Field.of("sectorId", ProfileFormData::getSector, ProfileFormData::setSector),
            ThreeWayMerge.Field.of("links", ProfileFormData::getLinks, ProfileFormData::setLinks),
            ThreeWayMerge.Field.of("aboveScale", ProfileFormData::isAboveScale, ProfileFormData::setAboveScale),
            ThreeWayMerge.Field.of(
                    "annualOutputWan", ProfileFormData::getAnnualOutputWan, ProfileFormData::setAnnualOutputWan),
            ThreeWayMerge.Field.of("jobs", ProfileFormData::getJobs, ProfileFormData::setJobs),
            ThreeWayMerge.Field.of("officerId", ProfileFormData::getOfficer, ProfileFormData::setOfficer));

    private String name = "";
    private String creditCode = "";
    private @Nullable SectorOption sector;
    private Set<ChainLinkOption> links = new HashSet<>();
    private boolean aboveScale;
    private @Nullable BigDecimal annualOutputWan;
    private @Nullable Integer jobs;
    private @Nullable UserOption officer;

    static ProfileFormData of(
            ProfileCommand profile,
            List<SectorOption> sectors,
            List<ChainLinkOption> allLinks,
            List<UserOption> officers) {
        ProfileFormData data = new ProfileFormData();
        data.name = profile.name() == null ? "" : profile.name();
        data.creditCode = profile.creditCode() == null ? "" : profile.creditCode();
        data.sector = sectors.stream()
                .filter(s -> profile.sectorId() != null && s.id() == profile.sectorId())
                .findFirst()
                .orElse(null);
        data.links = allLinks.stream()
                .filter(l -> profile.linkIds().contains(l.id()))
                .collect(Collectors.toSet());
        data.aboveScale = profile.aboveScale();
        data.annualOutputWan = profile.annualOutputWan();
        data.jobs = profile.jobs();
        data.officer = officers.stream()
                .filter(o -> profile.officerId() != null && o.id() == profile.officerId())
                .findFirst()
                .orElse(null);
        return data;
    }

    ProfileFormData copy() {
        ProfileFormData copy = new ProfileFormData();
        copy.name = name;
        copy.creditCode = creditCode;
        copy.sector = sector;
        copy.links = new HashSet<>(links);
        copy.aboveScale = aboveScale;
        copy.annualOutputWan = annualOutputWan;
        copy.jobs = jobs;
        copy.officer = officer;
        return copy;
    }

    ProfileCommand toCommand() {
        return new ProfileCommand(
                name,
                creditCode,
                sector == null ? null : sector.id(),
                links.stream().map(ChainLinkOption::id).collect(Collectors.toSet()),
                aboveScale,
                annualOutputWan,
                jobs,
                officer == null ? null : officer.id());
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

    public @Nullable SectorOption getSector() {
        return sector;
    }

    public void setSector(@Nullable SectorOption sector) {
        this.sector = sector;
    }

    public Set<ChainLinkOption> getLinks() {
        return links;
    }

    public void setLinks(Set<ChainLinkOption> links) {
        this.links = new HashSet<>(links);
    }

    public boolean isAboveScale() {
        return aboveScale;
    }

    public void setAboveScale(boolean aboveScale) {
        this.aboveScale = aboveScale;
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

    public @Nullable UserOption getOfficer() {
        return officer;
    }

    public void setOfficer(@Nullable UserOption officer) {
        this.officer = officer;
    }
}
