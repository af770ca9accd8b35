package com.chainleads.enterprise.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.chain.summary.LinkTierCounts;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.summary.LadderStandings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test enterprises in the library: made through the service, removed afterwards with everything they hold. */
@Component
public class LibraryTestData {

    private final EnterpriseLibraryService library;
    private final EnterpriseLibraryRepository enterprises;
    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final LadderStandings standings;
    private final LinkTierCounts mapCounts;
    private final PlatformTransactionManager transactions;
    private final List<Long> created = new ArrayList<>();

    LibraryTestData(
            EnterpriseLibraryService library,
            EnterpriseLibraryRepository enterprises,
            SectorRepository sectors,
            ChainLinkRepository links,
            LadderStandings standings,
            LinkTierCounts mapCounts,
            PlatformTransactionManager transactions) {
        this.library = library;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.links = links;
        this.standings = standings;
        this.mapCounts = mapCounts;
        this.transactions = transactions;
    }

    /** Deletes test enterprises behind the service's back, keeping the ladder's and the map's read models in step. */
    public static void remove(
            List<Long> ids,
            EnterpriseLibraryRepository enterprises,
            LadderStandings standings,
            LinkTierCounts mapCounts,
            PlatformTransactionManager transactions) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status ->
                        ids.forEach(id -> enterprises.findById(id).ifPresent(firm -> {
                            LinkTierCounts.Place place = LinkTierCounts.Place.of(firm);
                            enterprises.delete(firm);
                            enterprises.flush();
                            mapCounts.moved(place, LinkTierCounts.Place.NOWHERE);
                            standings.refresh(id);
                        })));
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
        remove(created, enterprises, standings, mapCounts, transactions);
        created.clear();
    }
}
