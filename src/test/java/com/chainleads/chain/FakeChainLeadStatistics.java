package com.chainleads.chain;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.service.ChainLeadStatistics;
import com.chainleads.chain.service.LinkLeadItem;
import com.chainleads.chain.service.LinkLeadStats;
import com.chainleads.chain.service.LinkLeads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Stands in for the lead feature's {@link ChainLeadStatistics} in tests (and in a dev run with the test class
 * path and profile {@code fake-leads}): a fixed set of leads on chain links, by link code. Everyone sees all.
 */
@Component
@Primary
@Profile("fake-leads")
public class FakeChainLeadStatistics implements ChainLeadStatistics {

    /** Stages that do not count as active. */
    public static final Set<String> INACTIVE = Set.of("ON_HOLD", "LOST", "FULL_CAPACITY");

    public record FakeLead(
            String linkCode,
            long leadId,
            String leadNo,
            String projectName,
            String investorName,
            String stage,
            BigDecimal totalInvestmentWan) {}

    public static final List<FakeLead> DEMO = List.of(
            lead("EI_FAB", 9001, "12英寸特色工艺晶圆制造项目", "华芯集成电路股份有限公司", "NEGOTIATING", "350000"),
            lead("EI_FAB", 9002, "功率半导体晶圆产线项目", "中晶半导体有限公司", "SIGNED", "120000"),
            lead("EI_FAB", 9003, "MEMS传感器晶圆项目", "微感科技有限公司", "CONTACT", "8000"),
            lead("EI_MATERIALS", 9004, "电子特气生产基地", "氟源电子材料有限公司", "SCREENING", "15000"),
            lead("EI_PCB", 9005, "高多层PCB扩产项目", "鹏鼎电路有限公司", "REGISTERED", "3000"),
            lead("EI_DISPLAY", 9006, "Micro LED显示模组项目", "光显科技有限公司", "ON_HOLD", "60000"),
            lead("IM_PLC", 9007, "国产PLC研发制造基地", "汇控自动化有限公司", "NEGOTIATING", "25000"),
            lead("IM_PLC", 9008, "工业控制器总部项目", "中控智联科技有限公司", "SCREENING", "12000"),
            lead("IM_ADDITIVE", 9009, "金属3D打印装备项目", "增材智造科技有限公司", "CONTACT", "18000"),
            lead("IM_ROBOT", 9010, "协作机器人产线", "优傲机器人有限公司", "PRODUCTION", "40000"),
            lead("NM_RARE_EARTH", 9011, "稀土永磁材料项目", "北方稀土功能材料有限公司", "SIGNED", "80000"),
            lead("BM_CDMO", 9012, "生物药CDMO平台", "药明合联生物技术有限公司", "NEGOTIATING", "150000"),
            lead("BM_CDMO", 9013, "小分子CDMO基地", "凯莱英医药化学有限公司", "LOST", "90000"),
            lead("CT_DIGITAL", 9014, "数字文创产业园", "腾讯云文旅科技有限公司", "CONTACT", "30000"));

    /** Leads a test adds on top of {@link #DEMO}; clear them when done. */
    public static final List<FakeLead> EXTRA = new CopyOnWriteArrayList<>();

    private final ChainLinkRepository links;

    FakeChainLeadStatistics(ChainLinkRepository links) {
        this.links = links;
    }

    public static FakeLead lead(
            String linkCode, long id, String project, String investor, String stage, String investment) {
        return new FakeLead(
                linkCode,
                id,
                String.format("ZS-2026-%04d", id - 9000),
                project,
                investor,
                stage,
                new BigDecimal(investment));
    }

    private List<FakeLead> all() {
        List<FakeLead> all = new ArrayList<>(DEMO);
        all.addAll(EXTRA);
        return all;
    }

    private Map<String, ChainLink> linksByCode() {
        return links.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                .collect(Collectors.toMap(ChainLink::getCode, link -> link));
    }

    private Map<Long, LinkLeadStats> stats(Long sectorId) {
        Map<String, ChainLink> byCode = linksByCode();
        Map<Long, List<FakeLead>> perLink = all().stream()
                .filter(lead -> !INACTIVE.contains(lead.stage()) && byCode.containsKey(lead.linkCode()))
                .filter(lead -> sectorId == null
                        || byCode.get(lead.linkCode()).getSector().getId().equals(sectorId))
                .collect(Collectors.groupingBy(
                        lead -> byCode.get(lead.linkCode()).getId()));
        Map<Long, LinkLeadStats> stats = new TreeMap<>();
        perLink.forEach((linkId, leads) -> stats.put(
                linkId,
                new LinkLeadStats(
                        linkId,
                        leads.size(),
                        leads.stream().collect(Collectors.groupingBy(FakeLead::stage, Collectors.counting())),
                        leads.stream().map(FakeLead::totalInvestmentWan).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return stats;
    }

    @Override
    public Map<Long, LinkLeadStats> statsForSector(long sectorId) {
        return stats(sectorId);
    }

    @Override
    public Map<Long, LinkLeadStats> statsForAllSectors() {
        return stats(null);
    }

    @Override
    public LinkLeads leadsOnLink(long chainLinkId, int limit) {
        List<LinkLeadItem> counted = items(chainLinkId, lead -> !INACTIVE.contains(lead.stage()));
        List<LinkLeadItem> notCounted =
                items(chainLinkId, lead -> INACTIVE.contains(lead.stage()) && !"LOST".equals(lead.stage()));
        String code = linksByCode().entrySet().stream()
                .filter(e -> e.getValue().getId() == chainLinkId)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
        return new LinkLeads(
                counted.stream().limit(limit).toList(),
                counted.size(),
                notCounted.stream().limit(limit).toList(),
                notCounted.size(),
                Map.of("link", List.of(code)));
    }

    private List<LinkLeadItem> items(long chainLinkId, java.util.function.Predicate<FakeLead> which) {
        return onLink(chainLinkId).stream()
                .filter(which)
                .map(lead -> new LinkLeadItem(
                        lead.leadId(),
                        lead.leadNo(),
                        lead.projectName(),
                        lead.investorName(),
                        lead.stage(),
                        lead.totalInvestmentWan(),
                        "招商一科",
                        "Investment Division 1",
                        "李明",
                        java.time.LocalDate.of(2026, 11, 2)))
                .sorted(Comparator.comparing(LinkLeadItem::totalInvestmentWan).reversed())
                .toList();
    }

    @Override
    public long countAllLeadsOnLink(long chainLinkId) {
        return onLink(chainLinkId).size();
    }

    private List<FakeLead> onLink(long chainLinkId) {
        Map<String, ChainLink> byCode = linksByCode();
        return all().stream()
                .filter(lead -> byCode.containsKey(lead.linkCode())
                        && byCode.get(lead.linkCode()).getId() == chainLinkId)
                .toList();
    }
}
