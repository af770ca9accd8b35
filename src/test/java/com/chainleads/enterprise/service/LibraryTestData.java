package com.chainleads.enterprise.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Test enterprises in the library: made through the service, removed afterwards with everything they hold. */
@Component
class LibraryTestData {

    private final EnterpriseLibraryService library;
    private final EnterpriseLibraryRepository enterprises;
    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final List<Long> created = new ArrayList<>();

    LibraryTestData(
            EnterpriseLibraryService library,
            EnterpriseLibraryRepository enterprises,
            SectorRepository sectors,
            ChainLinkRepository links) {
        this.library = library;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.links = links;
    }

    static String uniqueCode() {
        return CreditCode.complete("91429998"
                        + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
                .value();
    }

    long sector(String code) {
        return sectors.findByCode(code).orElseThrow().getId();
    }

    long link(String code) {
        return links.findByCode(code).orElseThrow().getId();
    }

    ProfileCommand profile(String name, String code, String sectorCode, String linkCode, boolean aboveScale) {
        return new ProfileCommand(
                name, code, sector(sectorCode), Set.of(link(linkCode)), aboveScale, new BigDecimal("8800"), 120);
    }

    /** A new enterprise of 生物医药 on 现代中药 (signed in as someone who may edit). */
    EnterpriseDetail enterprise(String name, boolean aboveScale) {
        EnterpriseDetail detail = library.create(profile(name, uniqueCode(), "BIOMEDICINE", "BM_TCM", aboveScale));
        created.add(detail.id());
        return detail;
    }

    void remember(long id) {
        created.add(id);
    }

    void removeAll() {
        created.forEach(enterprises::deleteById);
        created.clear();
    }
}
