package com.chainleads.construction.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of project construction, {@code chainleads.construction.*}.
 *
 * @param severeDelayDays days past a milestone's planned date after which it is 严重滞后 (more than this many)
 * @param maxUploadMb     the largest evidence file the server accepts, in MB
 * @param evidenceDir     the folder of the local evidence store
 */
@ConfigurationProperties("chainleads.construction")
public record ConstructionSettings(
        @DefaultValue("30") int severeDelayDays,
        @DefaultValue("10") int maxUploadMb,
        @DefaultValue("./data/evidence") String evidenceDir) {

    public long maxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }
}
