package com.chainleads.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.TranslationProvider;
import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class ChainEditServiceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ChainEditService edit;

    @Autowired
    com.chainleads.chain.summary.LinkTierCounts mapCounts;

    @Autowired
    ChainReferenceService reference;

    @Autowired
    SectorRepository sectorRepository;

    @Autowired
    ChainLinkRepository linkRepository;

    @Autowired
    ChainEdgeRepository edgeRepository;

    @Autowired
    LocalEnterpriseRepository enterpriseRepository;

    @Autowired
    TranslationProvider translations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ChainOptions options;

    private final List<Long> addedLinks = new ArrayList<>();
    private final List<Long> addedEnterprises = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestAdded() {
        addedEnterprises.forEach(enterpriseRepository::deleteById);
        transactions.executeWithoutResult(s -> addedLinks.forEach(id -> {
            edgeRepository.deleteTouching(id);
            linkRepository.deleteById(id);
        }));
        options.linksChanged(); // removed behind the service's back
    }

    private long sector(String code) {
        return sectorRepository.findByCode(code).orElseThrow().getId();
    }

    private ChainLinkOption addLink(String sectorCode, ChainTier tier) {
        int n = SEQUENCE.incrementAndGet();
        ChainLinkOption link = edit.addLink(
                sector(sectorCode),
                new LinkCommand("测试链节点" + n + "号", "Test link " + n + " " + System.nanoTime(), tier));
        addedLinks.add(link.id());
        return link;
    }

    private long version(long linkId) {
        return linkRepository.findById(linkId).orElseThrow().getVersion();
    }

    private static BusinessRuleException refused(ThrowingCallable call) {
        return (BusinessRuleException) org.assertj.core.api.Assertions.catchThrowable(call);
    }

    private String chinese(BusinessRuleException rule) {
        return translations.getTranslation(rule.messageKey(), AppLocales.CHINESE, rule.args());
    }

    @Test
    void anAdministratorAddsALinkThatShowsInItsSectorWithAReadableCode() {
        ChainLinkOption link = addLink("NEW_MATERIALS", ChainTier.MIDSTREAM);

        assertThat(link.code()).startsWith("NM_TEST_LINK_");
        assertThat(reference.linksOfSector(sector("NEW_MATERIALS"))).contains(link);
        assertThat(reference.linkByCode(link.code())).contains(link);
    }

    @Test
    void theSharedLinkOptionsShowAnAddedRenamedOrRemovedLinkAtOnce() {
        List<ChainLinkOption> before = reference.allLinks();
        assertThat(reference.allLinks()).as("one list shared by every caller").isSameAs(before);

        ChainLinkOption link = addLink("NEW_MATERIALS", ChainTier.UPSTREAM);
        assertThat(reference.allLinks()).contains(link).hasSize(before.size() + 1);

        ChainLinkOption renamed = edit.updateLink(
                link.id(),
                version(link.id()),
                new LinkCommand(link.nameZh() + "（改）", link.nameEn() + " (renamed)", ChainTier.UPSTREAM));
        assertThat(reference.allLinks()).contains(renamed).doesNotContain(link);

        edit.removeLink(link.id(), version(link.id()));
        assertThat(reference.allLinks()).doesNotContain(renamed).hasSize(before.size());
    }

    @Test
    void namesMustBeUniqueWithinASectorInBothLanguagesButMayRepeatInAnother() {
        ChainLinkOption link = addLink("BIOMEDICINE", ChainTier.UPSTREAM);

        BusinessRuleException sameChinese = refused(() -> edit.addLink(
                sector("BIOMEDICINE"),
                new LinkCommand(" " + link.nameZh() + " ", "Something else entirely", ChainTier.DOWNSTREAM)));
        assertThat(sameChinese.field()).isEqualTo("nameZh");
        assertThat(chinese(sameChinese)).contains(link.nameZh());

        BusinessRuleException sameEnglish = refused(() -> edit.addLink(
                sector("BIOMEDICINE"),
                new LinkCommand(
                        "另一个名字" + SEQUENCE.incrementAndGet(), link.nameEn().toUpperCase(), ChainTier.UPSTREAM)));
        assertThat(sameEnglish.field()).isEqualTo("nameEn");

        BusinessRuleException existing = refused(
                () -> edit.addLink(sector("BIOMEDICINE"), new LinkCommand("CRO", "Another CRO", ChainTier.UPSTREAM)));
        assertThat(existing.field()).isEqualTo("nameZh");

        ChainLinkOption elsewhere = edit.addLink(
                sector("CULTURAL_TOURISM"), new LinkCommand(link.nameZh(), link.nameEn(), ChainTier.UPSTREAM));
        addedLinks.add(elsewhere.id());
        assertThat(elsewhere.sectorId()).isNotEqualTo(link.sectorId());
    }

    @Test
    void emptyOrTooLongNamesAndAMissingTierAreRefused() {
        long sector = sector("NEW_MATERIALS");
        assertThat(refused(() -> edit.addLink(sector, new LinkCommand("  ", "x", ChainTier.UPSTREAM)))
                        .field())
                .isEqualTo("nameZh");
        assertThat(refused(() -> edit.addLink(sector, new LinkCommand("名", "x".repeat(151), ChainTier.UPSTREAM)))
                        .field())
                .isEqualTo("nameEn");
        assertThat(refused(() -> edit.addLink(sector, new LinkCommand("名称", "Name", null)))
                        .field())
                .isEqualTo("tier");
    }

    @Test
    void aLinkIsRenamedAndMovedToTheEndOfAnotherPartOfTheChain() {
        ChainLinkOption link = addLink("INTELLIGENT_MANUFACTURING", ChainTier.UPSTREAM);

        ChainLinkOption moved = edit.updateLink(
                link.id(),
                version(link.id()),
                new LinkCommand(link.nameZh() + "（改）", link.nameEn() + " (renamed)", ChainTier.DOWNSTREAM));

        assertThat(moved.nameZh()).endsWith("（改）");
        assertThat(moved.nameEn()).endsWith("(renamed)");
        assertThat(moved.tier()).isEqualTo(ChainTier.DOWNSTREAM);
        assertThat(moved.code()).isEqualTo(link.code());
        List<ChainLinkOption> chain = reference.linksOfSector(sector("INTELLIGENT_MANUFACTURING"));
        assertThat(chain.get(chain.size() - 1)).isEqualTo(moved);
    }

    @Test
    void aStaleVersionIsRefused() {
        ChainLinkOption link = addLink("INTELLIGENT_MANUFACTURING", ChainTier.UPSTREAM);
        long stale = version(link.id());
        edit.updateLink(link.id(), stale, new LinkCommand(link.nameZh(), link.nameEn(), ChainTier.MIDSTREAM));

        assertThatThrownBy(() -> edit.updateLink(
                        link.id(), stale, new LinkCommand(link.nameZh(), link.nameEn(), ChainTier.UPSTREAM)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void edgesRunBetweenTwoDifferentLinksOfOneSectorAndNeverTwice() {
        ChainLinkOption supplier = addLink("ELECTRONIC_INFORMATION", ChainTier.UPSTREAM);
        ChainLinkOption customer = addLink("ELECTRONIC_INFORMATION", ChainTier.MIDSTREAM);
        ChainLinkOption elsewhere = addLink("BIOMEDICINE", ChainTier.MIDSTREAM);

        EditableChain.Edge edge = edit.addEdge(supplier.id(), customer.id());
        assertThat(edit.chain(sector("ELECTRONIC_INFORMATION")).edges()).contains(edge);

        assertThat(refused(() -> edit.addEdge(supplier.id(), supplier.id())).messageKey())
                .isEqualTo("chain.edit.error.edgeToItself");
        assertThat(refused(() -> edit.addEdge(supplier.id(), customer.id())).messageKey())
                .isEqualTo("chain.edit.error.edgeDuplicate");
        assertThat(refused(() -> edit.addEdge(supplier.id(), elsewhere.id())).messageKey())
                .isEqualTo("chain.edit.error.edgeAcrossSectors");

        edit.removeEdge(edge.id());
        assertThat(edit.chain(sector("ELECTRONIC_INFORMATION")).edges()).doesNotContain(edge);
    }

    @Test
    void aLinkWithoutLeadsOrEnterprisesIsRemovedWithItsEdges() {
        ChainLinkOption supplier = addLink("CULTURAL_TOURISM", ChainTier.UPSTREAM);
        ChainLinkOption customer = addLink("CULTURAL_TOURISM", ChainTier.DOWNSTREAM);
        EditableChain.Edge edge = edit.addEdge(supplier.id(), customer.id());

        edit.removeLink(supplier.id(), version(supplier.id()));

        assertThat(reference.link(supplier.id())).isEmpty();
        assertThat(edgeRepository.findById(edge.id())).isEmpty();
        assertThat(reference.link(customer.id())).isPresent();
    }

    @Test
    void aLinkThatLocalEnterprisesPointToStaysUntilTheyAreRemapped() {
        ChainLinkOption link = addLink("NEW_MATERIALS", ChainTier.UPSTREAM);
        ChainLinkOption other = addLink("NEW_MATERIALS", ChainTier.MIDSTREAM);
        long enterprise = transactions.execute(status -> {
            LocalEnterprise firm = new LocalEnterprise(
                    "待迁移材料有限公司" + SEQUENCE.incrementAndGet(),
                    CreditCode.parse(ChainMapServiceIT.uniqueCode()).orElseThrow());
            firm.setLinks(Set.of(linkRepository.findById(link.id()).orElseThrow()));
            return enterpriseRepository.save(firm).getId();
        });
        addedEnterprises.add(enterprise);

        BusinessRuleException inUse = refused(() -> edit.removeLink(link.id(), version(link.id())));
        assertThat(inUse.messageKey()).isEqualTo("chain.edit.error.linkInUse");
        assertThat(chinese(inUse)).contains(link.nameZh()).contains("0 条线索").contains("1 家本地企业");

        transactions.executeWithoutResult(status -> enterpriseRepository
                .findById(enterprise)
                .orElseThrow()
                .setLinks(Set.of(linkRepository.findById(other.id()).orElseThrow())));
        edit.removeLink(link.id(), version(link.id()));
        assertThat(reference.link(link.id())).isEmpty();
    }

    @Test
    void aLinkThatLeadsPointToStaysAndTheMessageSaysHowMany() {
        ChainLinkOption link = addLink("BIOMEDICINE", ChainTier.DOWNSTREAM);
        LeadStatisticsStub leads =
                new LeadStatisticsStub().lead(link.id(), 1, "SIGNED", "100").lead(link.id(), 2, "LOST", "200");
        ChainEditService guarded = new ChainEditService(
                sectorRepository,
                linkRepository,
                edgeRepository,
                enterpriseRepository,
                leads.provider(),
                options,
                mapCounts);

        BusinessRuleException inUse = refused(
                () -> transactions.executeWithoutResult(s -> guarded.removeLink(link.id(), version(link.id()))));
        assertThat(chinese(inUse)).contains("2 条线索").contains("0 家本地企业");
        assertThat(translations.getTranslation(inUse.messageKey(), AppLocales.ENGLISH, inUse.args()))
                .contains("leads: 2");
        assertThat(reference.link(link.id())).isPresent();
    }

    @Test
    @WithMockUser(roles = {"LEADER", "OFFICER"})
    void onlyAdministratorsEditTheChain() {
        assertThatThrownBy(() ->
                        edit.addLink(sector("NEW_MATERIALS"), new LinkCommand("越权", "Forbidden", ChainTier.UPSTREAM)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edit.removeEdge(1)).isInstanceOf(AccessDeniedException.class);
    }
}
