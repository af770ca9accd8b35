package com.chainleads.lead.demo;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.domain.SiteNeeds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plausible leads for demos and benchmarks: Chinese enterprise and project names, valid credit codes, a
 * realistic skew (uneven sectors, most leads in early stages, a long tail of amounts), follow-ups and stage
 * histories consistent with each lead's stage. Deterministic for a given seed and "today".
 *
 * <p>Size: mostly word lists and distributions for realistic names and amounts, kept together so that one seed
 * gives one data set.
 */
public final class DemoLeadGenerator {

    /** A sector with its chain links, as read from the reference data. */
    public record SectorRef(long id, String code, String nameZh, List<LinkRef> links) {}

    public record LinkRef(long id, String nameZh) {}

    public record OfficerRef(long id, long unitId) {}

    public record GeneratedFollowUp(
            LocalDate on,
            FollowUpMethod method,
            String peopleMet,
            String content,
            @Nullable String nextStep,
            @Nullable LocalDate nextOn,
            long authorId,
            Instant createdAt) {}

    public record GeneratedStageChange(
            @Nullable LeadStage from,
            LeadStage to,
            long byId,
            Instant at,
            @Nullable String comment) {}

    private static Map<LeadNumberField, BigDecimal> numbers(
            BigDecimal fixed,
            BigDecimal output,
            BigDecimal tax,
            int jobs,
            @Nullable BigDecimal landMu,
            @Nullable BigDecimal floorSpaceSqm) {
        Map<LeadNumberField, BigDecimal> numbers = new HashMap<>();
        numbers.put(Economics.FIXED_ASSET_INVESTMENT, fixed);
        numbers.put(Economics.ANNUAL_OUTPUT, output);
        numbers.put(Economics.ANNUAL_TAX, tax);
        numbers.put(Economics.JOBS, BigDecimal.valueOf(jobs));
        if (landMu != null) {
            numbers.put(SiteNeeds.LAND_MU, landMu);
        }
        if (floorSpaceSqm != null) {
            numbers.put(SiteNeeds.FLOOR_SPACE_SQM, floorSpaceSqm);
        }
        return numbers;
    }

    private static Map<LeadTextField, String> siteTexts(String park, @Nullable String coordination) {
        Map<LeadTextField, String> texts = new HashMap<>();
        texts.put(SiteNeeds.TARGET_PARK, park);
        if (coordination != null) {
            texts.put(SiteNeeds.COORDINATION_ITEMS, coordination);
        }
        return texts;
    }

    public record GeneratedLead(
            String leadNo,
            String projectName,
            String investorName,
            @Nullable String creditCode,
            InvestorType investorType,
            Set<QualificationTag> qualifications,
            long sectorId,
            @Nullable Long chainLinkId,
            @Nullable ChainPurpose chainPurpose,
            ProjectType projectType,
            boolean hotIndustry,
            @Nullable BigDecimal totalInvestment,
            LeadChannel channel,
            @Nullable String referrer,
            OriginRegion originRegion,
            /** The value groups' plain number fields that have a demo value. */
            Map<LeadNumberField, BigDecimal> numbers,
            /** The value groups' plain text fields that have a demo value. */
            Map<LeadTextField, String> texts,
            /** The value groups' plain date fields that have a demo value. */
            Map<LeadDateField, LocalDate> dates,
            long firstReporterId,
            Instant firstReportedAt,
            long ownerId,
            long unitId,
            @Nullable Long leaderId,
            LeadStage stage,
            LocalDate stageEnteredOn,
            @Nullable LocalDate nextFollowUpOn,
            @Nullable LocalDate lastFollowUpOn,
            @Nullable LocalDate signedOn,
            @Nullable BigDecimal signedAmount,
            @Nullable BigDecimal fundsReceived,
            @Nullable LocalDate plannedStartOn,
            @Nullable LocalDate actualStartOn,
            @Nullable LocalDate plannedProductionOn,
            @Nullable LocalDate actualProductionOn,
            @Nullable String lostReason,
            @Nullable LocalDate landedOn,
            LocalDate lastActivityOn,
            int furthestStageRank,
            List<GeneratedFollowUp> followUps,
            List<GeneratedStageChange> history) {}

    private record City(String name, String regionCode, OriginRegion region) {}

    private static final List<City> CITIES = List.of(
            new City("深圳", "440300", OriginRegion.PEARL_DELTA),
            new City("广州", "440100", OriginRegion.PEARL_DELTA),
            new City("东莞", "441900", OriginRegion.PEARL_DELTA),
            new City("佛山", "440600", OriginRegion.PEARL_DELTA),
            new City("上海", "310000", OriginRegion.YANGTZE_DELTA),
            new City("苏州", "320500", OriginRegion.YANGTZE_DELTA),
            new City("杭州", "330100", OriginRegion.YANGTZE_DELTA),
            new City("宁波", "330200", OriginRegion.YANGTZE_DELTA),
            new City("无锡", "320200", OriginRegion.YANGTZE_DELTA),
            new City("合肥", "340100", OriginRegion.YANGTZE_DELTA),
            new City("南京", "320100", OriginRegion.YANGTZE_DELTA),
            new City("北京", "110000", OriginRegion.JING_JIN_JI),
            new City("天津", "120000", OriginRegion.JING_JIN_JI),
            new City("石家庄", "130100", OriginRegion.JING_JIN_JI),
            new City("成都", "510100", OriginRegion.CHENG_YU),
            new City("重庆", "500000", OriginRegion.CHENG_YU),
            new City("武汉", "420100", OriginRegion.CENTRAL),
            new City("长沙", "430100", OriginRegion.CENTRAL),
            new City("郑州", "410100", OriginRegion.CENTRAL),
            new City("南昌", "360100", OriginRegion.CENTRAL),
            new City("沈阳", "210100", OriginRegion.NORTHEAST),
            new City("西安", "610100", OriginRegion.WESTERN),
            new City("本市", "420600", OriginRegion.LOCAL));

    private static final List<String> OVERSEAS = List.of("新加坡", "德国", "日本", "韩国", "美国", "瑞士", "以色列");
    private static final String BRAND_CHARS = "华鼎新创恒盛瑞博联睿科锐迈泰远达汇川精英卓越天宏晶安康宇立信诚凯旭润隆";
    private static final Map<String, List<String>> INDUSTRY_WORDS = Map.of(
            "INTELLIGENT_MANUFACTURING", List.of("精密传动", "智能装备", "机器人", "数控科技", "自动化", "工业软件", "伺服科技"),
            "ELECTRONIC_INFORMATION", List.of("半导体", "微电子", "光电科技", "集成电路", "电子科技", "信息技术", "显示科技"),
            "NEW_MATERIALS", List.of("新材料", "高分子材料", "碳材料", "合金科技", "稀土材料", "复合材料", "化学"),
            "BIOMEDICINE", List.of("生物医药", "制药", "生物科技", "医疗器械", "药业", "基因科技", "健康产业"),
            "CULTURAL_TOURISM", List.of("文化旅游", "文化传媒", "数字娱乐", "旅游发展", "文创", "演艺", "酒店管理"));
    private static final List<String> SUFFIXES = List.of("有限公司", "股份有限公司", "科技有限公司", "集团有限公司", "科技股份有限公司");
    private static final List<String> PARKS =
            List.of("高新技术产业开发区", "智能制造产业园", "光电子信息产业园", "新材料产业基地", "生物医药产业园", "老工业基地转型示范区", "科创孵化中心", "文创街区", "临港物流园");
    private static final List<String> PEOPLE =
            List.of("王总", "李董事长", "张副总裁", "刘总经理", "陈总监", "杨总", "赵副总", "黄董事长", "周总", "吴总经理");
    private static final List<String> CONTENTS = List.of(
            "电话沟通项目进展，对方确认投资意向，计划近期来区考察。",
            "上门拜访企业总部，介绍我区产业政策和配套条件，对方关注用地和人才政策。",
            "企业一行来访考察园区，实地查看标准厂房和拟选地块。",
            "召开项目洽谈会，就投资规模、建设周期和扶持政策进行深入交流。",
            "线上会议对接合同条款，法务部门提出修改意见。",
            "协调自然资源局就项目用地指标进行会商。",
            "陪同企业对接供电、供水等要素保障部门。",
            "企业反馈集团投决会推迟，需进一步跟进。");
    private static final List<String> NEXT_STEPS =
            List.of("安排来区考察", "提交项目建议书", "组织专题洽谈会", "报区政府专题会研究", "起草投资协议", "对接要素保障", "跟进集团投决结果");
    private static final List<String> LOST_REASONS =
            List.of("企业投资计划调整，暂不在外地布局", "项目落户竞争城市，对方给出更优惠的土地政策", "企业资金链紧张，项目取消", "项目环评要求无法满足");
    private static final List<String> COORDINATION =
            List.of("需协调用地指标约 100 亩", "需协调双回路供电", "需协调人才公寓 50 套", "需协调环评审批加快", "需协调专项产业基金支持");

    private final Random random;
    private final LocalDate today;
    private final ZoneId zone;
    private final List<SectorRef> sectors;
    private final List<OfficerRef> officers;
    private final List<Long> leaders;
    private final Map<Integer, Integer> nextNumber = new java.util.HashMap<>();

    public DemoLeadGenerator(
            long seed,
            LocalDate today,
            ZoneId zone,
            List<SectorRef> sectors,
            List<OfficerRef> officers,
            List<Long> leaders) {
        this.random = new Random(seed);
        this.today = today;
        this.zone = zone;
        this.sectors = sectors;
        this.officers = officers;
        this.leaders = leaders;
    }

    /** Continues each year's numbering after the given next numbers (leads already in the database). */
    public DemoLeadGenerator continueNumbering(Map<Integer, Integer> nextNumbers) {
        nextNumber.putAll(nextNumbers);
        return this;
    }

    /** The next number of each year after generating, for the lead number counters. */
    public Map<Integer, Integer> nextNumbers() {
        return Map.copyOf(nextNumber);
    }

    public List<GeneratedLead> generate(int count) {
        List<GeneratedLead> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leads.add(next());
        }
        return leads;
    }

    public GeneratedLead next() {
        SectorRef sector = pickSector();
        LinkRef link = pickLink(sector);
        LeadStage stage = pickStage();
        City city = CITIES.get(random.nextInt(CITIES.size()));
        boolean overseas = random.nextInt(100) < 7;
        String brand = brand();
        String industry = pick(INDUSTRY_WORDS.get(sector.code()));
        String investor = overseas
                ? pick(OVERSEAS) + brand + industry + "有限公司"
                : city.name().replace("本市", "") + brand + industry + pick(SUFFIXES);
        ProjectType type = weighted(ProjectType.values(), 55, 25, 10, 10);
        BigDecimal total = amount();
        String project = projectName(brand, link.nameZh(), type, total);
        InvestorType investorType = overseas
                ? (random.nextBoolean() ? InvestorType.FOREIGN : InvestorType.HK_MACAO_TAIWAN)
                : weighted(
                        new InvestorType[] {InvestorType.CENTRAL_SOE, InvestorType.LOCAL_SOE, InvestorType.PRIVATE},
                        12,
                        18,
                        70);
        OfficerRef owner = officers.get(random.nextInt(officers.size()));
        LocalDate reported = today.minusDays(reportAge(stage));
        Instant reportedAt = reported.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)))
                .atZone(zone)
                .toInstant();
        int year = reported.getYear();
        int sequence = nextNumber.getOrDefault(year, 1);
        nextNumber.put(year, sequence + 1);
        String leadNo = String.format("ZS-%d-%04d", year, sequence);

        boolean screened = stage.reached(LeadStage.SCREENING) || !stage.isMainLine();
        boolean contacted = stage.reached(LeadStage.CONTACT) || !stage.isMainLine() && random.nextBoolean();
        boolean negotiating = stage.reached(LeadStage.NEGOTIATING);
        boolean signed = stage.reached(LeadStage.SIGNED);
        String creditCode = random.nextInt(100) < (negotiating ? 100 : 75) && !overseas || negotiating
                ? creditCode(overseas ? "310000" : city.regionCode())
                : null;

        List<LeadStage> path = path(stage);
        List<LocalDate> stageDates = stageDates(reported, path.size());
        LocalDate stageEntered = stageDates.get(stageDates.size() - 1);
        LocalDate signedOn = signed ? stageDates.get(path.indexOf(LeadStage.SIGNED)) : null;
        LocalDate actualStart =
                stage.reached(LeadStage.CONSTRUCTION) ? stageDates.get(path.indexOf(LeadStage.CONSTRUCTION)) : null;
        LocalDate actualProduction =
                stage.reached(LeadStage.PRODUCTION) ? stageDates.get(path.indexOf(LeadStage.PRODUCTION)) : null;
        LocalDate plannedStart = stage.reached(LeadStage.INCORPORATED)
                ? (actualStart != null
                        ? actualStart.minusDays(random.nextInt(20))
                        : signedOn.plusDays(60 + random.nextInt(120)))
                : null;
        if (plannedStart != null && signedOn != null && plannedStart.isBefore(signedOn)) {
            plannedStart = signedOn;
        }
        LocalDate plannedProduction = plannedStart == null ? null : plannedStart.plusMonths(12 + random.nextInt(12));
        if (plannedProduction != null
                && actualProduction != null
                && plannedProduction.isAfter(actualProduction.plusMonths(6))) {
            plannedProduction = actualProduction;
        }

        List<GeneratedFollowUp> followUps = followUps(reported, owner.id(), stage);
        LocalDate lastOn =
                followUps.isEmpty() ? null : followUps.get(followUps.size() - 1).on();
        LocalDate nextOn =
                followUps.isEmpty() ? null : followUps.get(followUps.size() - 1).nextOn();

        List<GeneratedStageChange> history = new ArrayList<>();
        LeadStage previous = null;
        for (int i = 0; i < path.size(); i++) {
            LeadStage to = path.get(i);
            String comment = to == LeadStage.LOST ? pick(LOST_REASONS) : to == LeadStage.ON_HOLD ? "企业决策推迟，暂缓推进" : null;
            history.add(new GeneratedStageChange(
                    previous,
                    to,
                    owner.id(),
                    stageDates
                            .get(i)
                            .atTime(LocalTime.of(10, 0))
                            .atZone(zone)
                            .toInstant()
                            .plusSeconds(i),
                    comment));
            previous = to;
        }
        BigDecimal fixed = total.multiply(BigDecimal.valueOf(50 + random.nextInt(36)))
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal output = total.multiply(BigDecimal.valueOf(80 + random.nextInt(170)))
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = output.multiply(BigDecimal.valueOf(4 + random.nextInt(5)))
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
        int jobs = Math.max(10, total.intValue() / (30 + random.nextInt(60)));
        LeadChannel channel = weighted(LeadChannel.values(), 30, 15, 12, 10, 12, 6, 10, 5);
        boolean big = total.compareTo(BigDecimal.valueOf(10_000)) >= 0;
        return new GeneratedLead(
                leadNo,
                project,
                investor,
                creditCode,
                investorType,
                qualifications(total),
                sector.id(),
                screened || random.nextInt(100) < 40 ? link.id() : null,
                negotiating || random.nextBoolean() ? weighted(ChainPurpose.values(), 35, 25, 40) : null,
                type,
                random.nextInt(100) < 22,
                total,
                channel,
                channel == LeadChannel.REFERRER
                        ? pick(List.of("区工商联 刘会长", "校友会 陈秘书长", "深圳湖北商会 王会长", "中部投资促进会 孙主任"))
                        : null,
                overseas ? OriginRegion.OVERSEAS : city.region(),
                numbers(
                        fixed,
                        output,
                        tax,
                        jobs,
                        type == ProjectType.NEW
                                ? total.divide(BigDecimal.valueOf(150 + random.nextInt(250)), 2, RoundingMode.HALF_UP)
                                : null,
                        type == ProjectType.NEW ? null : BigDecimal.valueOf(2000L + random.nextInt(30_000))),
                siteTexts(pick(PARKS), random.nextInt(100) < 30 ? pick(COORDINATION) : null),
                // in talks: the officer expects to sign a quarter after the talks began (no random draw, so the
                // rest of the generated register stays as it was)
                stage == LeadStage.NEGOTIATING
                        ? Map.of(Milestones.EXPECTED_SIGNING_ON, stageEntered.plusDays(90))
                        : Map.of(),
                owner.id(),
                reportedAt,
                owner.id(),
                owner.unitId(),
                big && !leaders.isEmpty() && random.nextInt(100) < 70
                        ? leaders.get(random.nextInt(leaders.size()))
                        : null,
                stage,
                stageEntered,
                nextOn,
                lastOn,
                signedOn,
                signed
                        ? total.multiply(BigDecimal.valueOf(85 + random.nextInt(16)))
                                .movePointLeft(2)
                                .setScale(2, RoundingMode.HALF_UP)
                        : null,
                stage.reached(LeadStage.INCORPORATED)
                        ? total.multiply(BigDecimal.valueOf(10 + random.nextInt(60)))
                                .movePointLeft(2)
                                .setScale(2, RoundingMode.HALF_UP)
                        : null,
                plannedStart,
                actualStart,
                plannedProduction,
                actualProduction,
                stage == LeadStage.LOST ? history.get(history.size() - 1).comment() : null,
                path.contains(LeadStage.INCORPORATED) ? stageDates.get(path.indexOf(LeadStage.INCORPORATED)) : null,
                lastOn == null ? reported : lastOn,
                path.stream()
                        .filter(LeadStage::isMainLine)
                        .mapToInt(LeadStage::rank)
                        .max()
                        .orElse(1),
                followUps,
                history);
    }

    private SectorRef pickSector() {
        int[] weights = {30, 25, 18, 15, 12};
        int roll = random.nextInt(100);
        for (int i = 0; i < sectors.size(); i++) {
            roll -= i < weights.length ? weights[i] : 0;
            if (roll < 0) {
                return sectors.get(i);
            }
        }
        return sectors.get(0);
    }

    /** Leads crowd on some links and leave others empty: the first links of a tier are favoured. */
    private LinkRef pickLink(SectorRef sector) {
        List<LinkRef> links = sector.links();
        int index = (int) Math.min(links.size() - 1, Math.floor(Math.abs(random.nextGaussian()) * links.size() / 2.2));
        return links.get((index * 7 + sector.code().length()) % links.size());
    }

    private LeadStage pickStage() {
        return weighted(LeadStage.values(), 20, 15, 15, 15, 8, 6, 5, 4, 2, 5, 5);
    }

    private long reportAge(LeadStage stage) {
        int base = switch (stage) {
            case REGISTERED -> 2;
            case SCREENING -> 15;
            case CONTACT -> 40;
            case NEGOTIATING -> 80;
            case SIGNED -> 150;
            case INCORPORATED -> 200;
            case CONSTRUCTION -> 260;
            case PRODUCTION -> 380;
            case FULL_CAPACITY -> 480;
            case ON_HOLD, LOST -> 100;
        };
        return base + random.nextInt(base + 30);
    }

    private static List<LeadStage> path(LeadStage stage) {
        List<LeadStage> path = new ArrayList<>();
        if (stage.isMainLine()) {
            for (LeadStage s : LeadStage.values()) {
                if (s.isMainLine() && s.rank() <= stage.rank()) {
                    path.add(s);
                }
            }
        } else {
            path.addAll(List.of(LeadStage.REGISTERED, LeadStage.SCREENING, LeadStage.CONTACT, stage));
        }
        return path;
    }

    private List<LocalDate> stageDates(LocalDate reported, int steps) {
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(reported, today));
        List<LocalDate> dates = new ArrayList<>();
        dates.add(reported);
        LocalDate last = reported;
        for (int i = 1; i < steps; i++) {
            long remaining = java.time.temporal.ChronoUnit.DAYS.between(last, today);
            long step =
                    Math.max(1, Math.min(remaining, span / steps + random.nextInt((int) Math.max(1, span / steps))));
            last = last.plusDays(Math.min(step, Math.max(0, remaining)));
            dates.add(last);
        }
        return dates;
    }

    private List<GeneratedFollowUp> followUps(LocalDate reported, long authorId, LeadStage stage) {
        int count = stage == LeadStage.REGISTERED ? random.nextInt(2) : 1 + random.nextInt(5);
        List<GeneratedFollowUp> result = new ArrayList<>();
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(reported, today));
        // about a quarter of active leads go quiet: their last follow-up lies 30 to 90 days back
        boolean quiet = stage.isActive() && random.nextInt(100) < 25;
        LocalDate end = quiet ? today.minusDays(30 + random.nextInt(60)) : today;
        if (end.isBefore(reported)) {
            end = reported;
        }
        LocalDate day = reported;
        for (int i = 0; i < count; i++) {
            long room = java.time.temporal.ChronoUnit.DAYS.between(day, end);
            day = day.plusDays(room <= 0 ? 0 : random.nextInt((int) Math.min(room, span / count + 1) + 1));
            LocalDate nextOn = stage.isActive() ? day.plusDays(7 + random.nextInt(30)) : null;
            result.add(new GeneratedFollowUp(
                    day,
                    pick(List.of(FollowUpMethod.values())),
                    pick(PEOPLE),
                    pick(CONTENTS),
                    stage.isActive() ? pick(NEXT_STEPS) : null,
                    nextOn,
                    authorId,
                    day.atTime(LocalTime.of(16, 30)).atZone(zone).toInstant().plusSeconds(i)));
        }
        return result;
    }

    private Set<QualificationTag> qualifications(BigDecimal total) {
        Set<QualificationTag> tags = EnumSet.noneOf(QualificationTag.class);
        boolean big = total.compareTo(BigDecimal.valueOf(50_000)) >= 0;
        if (big && random.nextInt(100) < 30) {
            tags.add(QualificationTag.FORTUNE_GLOBAL_500);
        }
        if (big && random.nextInt(100) < 40) {
            tags.add(QualificationTag.CHINA_TOP_500);
        }
        if (random.nextInt(100) < 25) {
            tags.add(QualificationTag.LISTED);
        }
        if (random.nextInt(100) < 4) {
            tags.add(QualificationTag.UNICORN);
        }
        int ladder = random.nextInt(100);
        if (ladder < 8) {
            tags.add(QualificationTag.LITTLE_GIANT);
        } else if (ladder < 20) {
            tags.add(QualificationTag.SPECIALIZED);
        } else if (ladder < 45) {
            tags.add(QualificationTag.HIGH_TECH);
        } else if (ladder < 55) {
            tags.add(QualificationTag.TECH_SME);
        }
        return tags;
    }

    /** A long tail: most projects a few thousand 万元, some several 亿, a few tens of 亿. */
    private BigDecimal amount() {
        double value = Math.exp(Math.log(8_000) + random.nextGaussian() * 1.25);
        value = Math.max(300, Math.min(value, 800_000));
        long rounded = value < 10_000 ? Math.round(value / 50) * 50 : Math.round(value / 500) * 500;
        return BigDecimal.valueOf(rounded).setScale(2, RoundingMode.UNNECESSARY);
    }

    private String projectName(String brand, String link, ProjectType type, BigDecimal total) {
        String product = link.replace("/", "及");
        return switch (type) {
            case NEW ->
                brand
                        + (total.compareTo(BigDecimal.valueOf(50_000)) >= 0
                                ? "年产" + (5 + random.nextInt(95)) + "万套" + product + "生产基地项目"
                                : product + "制造项目");
            case EXPANSION -> brand + product + "二期扩产项目";
            case HEADQUARTERS -> brand + "华中区域总部项目";
            case RESEARCH -> brand + product + "研发中心项目";
        };
    }

    private String brand() {
        char a = BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()));
        char b = BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()));
        return a == b
                ? String.valueOf(a) + BRAND_CHARS.charAt((BRAND_CHARS.indexOf(b) + 1) % BRAND_CHARS.length())
                : "" + a + b;
    }

    private String creditCode(String region) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder("91").append(region);
        for (int i = 0; i < 8; i++) {
            body.append(
                    i < 2 ? alphabet.charAt(random.nextInt(10)) : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCode.complete(body.toString()).value();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T weighted(T[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** Sectors with their links, in reference order, from rows of (sector id, code, name, link id, link name). */
    public static List<SectorRef> sectorsFrom(List<Object[]> rows) {
        Map<Long, List<Object[]>> bySector = rows.stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], java.util.LinkedHashMap::new, Collectors.toList()));
        List<SectorRef> result = new ArrayList<>();
        bySector.forEach((id, sectorRows) -> result.add(new SectorRef(
                id,
                (String) sectorRows.get(0)[1],
                (String) sectorRows.get(0)[2],
                sectorRows.stream()
                        .map(r -> new LinkRef((Long) r[3], (String) r[4]))
                        .toList())));
        return result;
    }
}
