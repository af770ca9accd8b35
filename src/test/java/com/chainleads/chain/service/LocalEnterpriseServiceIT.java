package com.chainleads.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class LocalEnterpriseServiceIT {

    @Autowired
    LocalEnterpriseService service;

    @Autowired
    ChainLinkRepository links;

    @Autowired
    LocalEnterpriseRepository repository;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeCreated() {
        created.forEach(repository::deleteById);
    }

    private long link(String code) {
        return links.findByCode(code).orElseThrow().getId();
    }

    private EnterpriseRow create(String name, String code, CultivationTier tier, String... linkCodes) {
        EnterpriseRow row = service.create(new EnterpriseCommand(
                name,
                code,
                tier,
                new BigDecimal("12345.678"),
                88,
                Set.of(java.util.Arrays.stream(linkCodes).map(this::link).toArray(Long[]::new))));
        created.add(row.id());
        return row;
    }

    private static BusinessRuleException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(BusinessRuleException.class, call);
    }

    @Test
    void anEnterpriseIsCreatedOnTwoLinksWithItsCodeNormalised() {
        String code = ChainMapServiceIT.uniqueCode();
        EnterpriseRow row = create(
                "星河光电科技有限公司", " " + code.toLowerCase() + " ", CultivationTier.SPECIALIZED, "EI_DISPLAY", "EI_DEVICES");

        assertThat(row.creditCode()).isEqualTo(code);
        assertThat(row.annualOutputWan()).isEqualByComparingTo("12345.68");
        assertThat(row.links()).extracting(ChainLinkOption::code).containsExactly("EI_DISPLAY", "EI_DEVICES");
        assertThat(service.list(new EnterpriseFilter(code, null, null, null), PageRequest.of(0, 10)))
                .extracting(EnterpriseRow::id)
                .containsExactly(row.id());
    }

    @Test
    void anInvalidOrTakenCreditCodeNoLinksAndNegativeFiguresAreRefusedAtTheirFields() {
        String code = ChainMapServiceIT.uniqueCode();
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        long link = link("BM_TCM");

        assertThat(refused(() -> service.create(new EnterpriseCommand("甲", wrongCheck, null, null, null, Set.of(link))))
                        .messageKey())
                .isEqualTo("creditCode.error.CHECK");
        assertThat(refused(() -> service.create(new EnterpriseCommand("甲", "123", null, null, null, Set.of(link))))
                        .messageKey())
                .isEqualTo("creditCode.error.LENGTH");
        assertThat(refused(() -> service.create(new EnterpriseCommand("甲", code, null, null, null, Set.of())))
                        .field())
                .isEqualTo("links");
        assertThat(refused(() -> service.create(
                                new EnterpriseCommand("甲", code, null, new BigDecimal("-1"), null, Set.of(link))))
                        .field())
                .isEqualTo("annualOutputWan");
        assertThat(refused(() -> service.create(new EnterpriseCommand("甲", code, null, null, -5, Set.of(link))))
                        .field())
                .isEqualTo("jobs");
        assertThat(refused(() -> service.create(new EnterpriseCommand(" ", code, null, null, null, Set.of(link))))
                        .field())
                .isEqualTo("name");

        create("乙中药有限公司", code, null, "BM_TCM");
        BusinessRuleException taken =
                refused(() -> service.create(new EnterpriseCommand("丙", code, null, null, null, Set.of(link))));
        assertThat(taken.field()).isEqualTo("creditCode");
        assertThat(taken.messageKey()).isEqualTo("chain.enterprise.error.creditCodeTaken");
    }

    @Test
    void theListFiltersByTextSectorLinkAndTier() {
        String marker = "筛选" + System.nanoTime();
        EnterpriseRow a =
                create(marker + "A有限公司", ChainMapServiceIT.uniqueCode(), CultivationTier.HIGH_TECH, "CT_HOTELS");
        EnterpriseRow b = create(
                marker + "B有限公司",
                ChainMapServiceIT.uniqueCode(),
                CultivationTier.LITTLE_GIANT,
                "NM_BASIC",
                "NM_COMPOSITE");
        long newMaterials =
                links.findByCode("NM_BASIC").orElseThrow().getSector().getId();
        PageRequest page = PageRequest.of(0, 50, Sort.by("name"));

        assertThat(service.list(new EnterpriseFilter(marker, null, null, null), page))
                .extracting(EnterpriseRow::id)
                .containsExactly(a.id(), b.id());
        assertThat(service.count(new EnterpriseFilter(marker, null, null, null)))
                .isEqualTo(2);
        assertThat(service.list(new EnterpriseFilter(marker, newMaterials, null, null), page))
                .extracting(EnterpriseRow::id)
                .containsExactly(b.id());
        assertThat(service.count(new EnterpriseFilter(marker, newMaterials, null, null)))
                .isEqualTo(1);
        assertThat(service.list(new EnterpriseFilter(marker, null, link("NM_COMPOSITE"), null), page))
                .extracting(EnterpriseRow::id)
                .containsExactly(b.id());
        assertThat(service.list(new EnterpriseFilter(marker, null, null, CultivationTier.HIGH_TECH), page))
                .extracting(EnterpriseRow::id)
                .containsExactly(a.id());
        assertThat(service.list(new EnterpriseFilter("100%_" + marker, null, null, null), page))
                .isEmpty();
    }

    @Test
    void anEnterpriseIsUpdatedAndDeleted() {
        EnterpriseRow row = create("旧名称有限公司" + System.nanoTime(), ChainMapServiceIT.uniqueCode(), null, "CT_SCENIC");

        EnterpriseRow updated = service.update(
                row.id(),
                row.version(),
                new EnterpriseCommand(
                        "新名称有限公司" + row.id(),
                        row.creditCode(),
                        CultivationTier.TECH_SME,
                        null,
                        12,
                        Set.of(link("CT_TRAVEL"))));
        assertThat(updated.name()).startsWith("新名称");
        assertThat(updated.links()).extracting(ChainLinkOption::code).containsExactly("CT_TRAVEL");
        assertThat(updated.annualOutputWan()).isNull();

        service.delete(updated.id(), updated.version());
        assertThat(repository.findById(row.id())).isEmpty();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadersMayLookButNotEdit() {
        assertThat(service.count(EnterpriseFilter.all())).isGreaterThanOrEqualTo(100);
        assertThatThrownBy(() -> service.create(new EnterpriseCommand(
                        "甲", ChainMapServiceIT.uniqueCode(), null, null, null, Set.of(link("BM_TCM")))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void officersDoNotSeeTheEnterpriseList() {
        assertThatThrownBy(() -> service.count(EnterpriseFilter.all())).isInstanceOf(AccessDeniedException.class);
    }
}
