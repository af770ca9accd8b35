package com.chainleads.chain.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district's local enterprises (本地企业): administrators keep them, leaders may look. */
@Service
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
@Transactional(readOnly = true)
public class LocalEnterpriseService {

    static final int MAX_NAME = 200;
    static final BigDecimal MAX_OUTPUT = new BigDecimal("99999999999999.99");
    private static final Logger log = LoggerFactory.getLogger(LocalEnterpriseService.class);

    private final LocalEnterpriseRepository enterprises;
    private final ChainLinkRepository links;

    LocalEnterpriseService(LocalEnterpriseRepository enterprises, ChainLinkRepository links) {
        this.enterprises = enterprises;
        this.links = links;
    }

    /** One page of the filtered list, in the order the pageable asks (by name if none). */
    public List<EnterpriseRow> list(EnterpriseFilter filter, Pageable pageable) {
        List<Long> ids = enterprises.findAll(EnterpriseSpecifications.of(filter), pageable).stream()
                .map(LocalEnterprise::getId)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalEnterprise> withLinks = enterprises.findWithLinksByIdIn(ids).stream()
                .collect(Collectors.toMap(LocalEnterprise::getId, Function.identity()));
        return ids.stream()
                .map(withLinks::get)
                .map(LocalEnterpriseService::toRow)
                .toList();
    }

    /** One enterprise as the list shows it, e.g. the latest version after a concurrent edit. */
    public Optional<EnterpriseRow> find(long id) {
        return enterprises.findWithLinksByIdIn(List.of(id)).stream().findFirst().map(LocalEnterpriseService::toRow);
    }

    public long count(EnterpriseFilter filter) {
        return enterprises.count(EnterpriseSpecifications.of(filter));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public EnterpriseRow create(EnterpriseCommand command) {
        CreditCode code = CreditCode.parseOrRefuse("creditCode", command.creditCode());
        if (enterprises.existsByCreditCode(code)) {
            throw new BusinessRuleException("creditCode", "chain.enterprise.error.creditCodeTaken", code.value());
        }
        LocalEnterprise enterprise = new LocalEnterprise(name(command.name()), code);
        apply(enterprise, command);
        enterprises.saveAndFlush(enterprise);
        log.info("Local enterprise {} created", code.value());
        return toRow(enterprise);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public EnterpriseRow update(long id, long version, EnterpriseCommand command) {
        LocalEnterprise enterprise = load(id, version);
        CreditCode code = CreditCode.parseOrRefuse("creditCode", command.creditCode());
        if (!code.equals(enterprise.getCreditCode()) && enterprises.existsByCreditCode(code)) {
            throw new BusinessRuleException("creditCode", "chain.enterprise.error.creditCodeTaken", code.value());
        }
        enterprise.setName(name(command.name()));
        enterprise.setCreditCode(code);
        apply(enterprise, command);
        return toRow(enterprises.saveAndFlush(enterprise));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void delete(long id, long version) {
        LocalEnterprise enterprise = load(id, version);
        enterprises.delete(enterprise);
        enterprises.flush();
        log.info("Local enterprise {} deleted", enterprise.getCreditCode().value());
    }

    private void apply(LocalEnterprise enterprise, EnterpriseCommand command) {
        enterprise.setCultivationTier(command.cultivationTier());
        BigDecimal output = command.annualOutputWan();
        if (output != null && (output.signum() < 0 || output.compareTo(MAX_OUTPUT) > 0)) {
            throw new BusinessRuleException("annualOutputWan", "chain.enterprise.error.output");
        }
        enterprise.setAnnualOutputWan(output == null ? null : output.setScale(2, java.math.RoundingMode.HALF_UP));
        if (command.jobs() != null && command.jobs() < 0) {
            throw new BusinessRuleException("jobs", "chain.enterprise.error.jobs");
        }
        enterprise.setJobs(command.jobs());
        if (command.linkIds().isEmpty()) {
            throw new BusinessRuleException("links", "chain.enterprise.error.links");
        }
        List<ChainLink> chosen = links.findAllById(command.linkIds());
        if (chosen.size() != command.linkIds().size()) {
            throw new BusinessRuleException("links", "chain.edit.error.linkNotFound");
        }
        enterprise.setLinks(new HashSet<>(chosen));
        if (enterprise.getSector() == null) {
            // the enterprise library counts it in a sector (issue 16): its first link's until someone sets one there
            chosen.stream()
                    .min(java.util.Comparator.comparing(ChainLink::getId))
                    .ifPresent(first -> enterprise.setSector(first.getSector()));
        }
    }

    private LocalEnterprise load(long id, long version) {
        LocalEnterprise enterprise = enterprises
                .findById(id)
                .orElseThrow(() -> new BusinessRuleException("chain.enterprise.error.notFound"));
        if (enterprise.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LocalEnterprise.class, id);
        }
        return enterprise;
    }

    private static String name(@Nullable String input) {
        String name = input == null ? "" : input.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BusinessRuleException("name", "chain.enterprise.error.name", MAX_NAME);
        }
        return name;
    }

    static EnterpriseRow toRow(LocalEnterprise enterprise) {
        List<ChainLinkOption> linkOptions = enterprise.getLinks().stream()
                .map(ChainReferenceService::toOption)
                .sorted(Comparator.comparingLong(ChainLinkOption::sectorId)
                        .thenComparing(ChainReferenceService.CHAIN_ORDER))
                .toList();
        return new EnterpriseRow(
                enterprise.getId(),
                enterprise.getVersion(),
                enterprise.getName(),
                enterprise.getCreditCode().value(),
                enterprise.getCultivationTier(),
                enterprise.getAnnualOutputWan(),
                enterprise.getJobs(),
                linkOptions);
    }
}
