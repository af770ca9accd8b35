package com.chainleads.lead.spreadsheet;

import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadRules;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UnitOption;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.xlsx.ColumnSpec;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The columns of the lead spreadsheet, shared by the template, the import and the export, so an exported file
 * imports again unchanged. Column ids are the {@code LeadDraft} field names, so the form's field messages land in
 * the right column. Choice lists accept the Chinese or English label or the code.
 */
@Component
class LeadColumns {

    /** All columns with the choices of the current reference data. */
    record Sheet(
            Choices<InvestorType> investorTypes,
            Choices<QualificationTag> qualifications,
            Choices<SectorOption> sectors,
            Choices<ChainLinkOption> links,
            Choices<ChainPurpose> purposes,
            Choices<ProjectType> projectTypes,
            Choices<LeadChannel> channels,
            Choices<OriginRegion> regions,
            Choices<UnitOption> units,
            Choices<LeadStage> stages,
            Map<String, ColumnSpec> byId,
            List<ColumnSpec> all) {

        ColumnSpec column(String id) {
            return byId.get(id);
        }
    }

    private final ChainReferenceService chains;
    private final DirectoryService directory;
    private final I18NProvider i18n;

    LeadColumns(ChainReferenceService chains, DirectoryService directory, I18NProvider i18n) {
        this.chains = chains;
        this.directory = directory;
        this.i18n = i18n;
    }

    Sheet current() {
        Choices<InvestorType> investorTypes = enumChoices(InvestorType.class, InvestorType::translationKey);
        Choices<QualificationTag> qualifications =
                enumChoices(QualificationTag.class, QualificationTag::translationKey);
        Choices.Builder<SectorOption> sectorBuilder = Choices.builder();
        chains.sectors().forEach(s -> sectorBuilder.add(s, s.code(), s.nameZh(), s.nameEn()));
        Choices.Builder<ChainLinkOption> linkBuilder = Choices.builder();
        chains.allLinks().forEach(l -> linkBuilder.add(l, l.code(), l.nameZh(), l.nameEn()));
        Choices<ChainPurpose> purposes = enumChoices(ChainPurpose.class, ChainPurpose::translationKey);
        Choices<ProjectType> projectTypes = enumChoices(ProjectType.class, ProjectType::translationKey);
        Choices<LeadChannel> channels = enumChoices(LeadChannel.class, LeadChannel::translationKey);
        Choices<OriginRegion> regions = enumChoices(OriginRegion.class, OriginRegion::translationKey);
        Choices.Builder<UnitOption> unitBuilder = Choices.builder();
        directory.units().forEach(u -> unitBuilder.add(u, u.code(), u.nameZh(), u.nameEn()));
        Choices<LeadStage> stages = enumChoices(LeadStage.class, LeadStage::translationKey);
        Choices<SectorOption> sectors = sectorBuilder.build();
        Choices<ChainLinkOption> links = linkBuilder.build();
        Choices<UnitOption> units = unitBuilder.build();

        List<ColumnSpec> all = new ArrayList<>();
        all.add(text(
                "projectName",
                "lead.field.projectName",
                30,
                LeadRules.maxLength("projectName"),
                true,
                "项目的名称",
                "The project's name"));
        all.add(text(
                "investorName",
                "lead.field.investorName",
                30,
                LeadRules.maxLength("investorName"),
                true,
                "投资企业的全称",
                "Full registered name of the investing enterprise"));
        all.add(ColumnSpec.code("creditCode", zh("lead.field.creditCode"), en("lead.field.creditCode"))
                .aliases("信用代码", "Credit code")
                .width(22)
                .help(
                        "18 位，含校验位；在谈及以后必填；与已有线索重复的行不导入",
                        "18 characters with check character; required from 在谈 on; rows duplicating an existing "
                                + "lead are refused")
                .build());
        all.add(choice("investorType", "lead.field.investorType", investorTypes, 12));
        Investor.TEXT_FIELDS.forEach(field -> all.add(text(field)));
        all.add(ColumnSpec.text("qualifications", zh("lead.field.qualifications"), en("lead.field.qualifications"))
                .width(24)
                .maxLength(300)
                .help(
                        "可填多个，用顿号、逗号或分号分隔：" + String.join("、", qualifications.labels(java.util.Locale.CHINA)),
                        "Several allowed, separated by commas or semicolons")
                .build());
        all.add(ColumnSpec.choice("sectorId", zh("lead.field.sectorId"), en("lead.field.sectorId"), sectors)
                .required()
                .width(12)
                .help("五大产业领域之一", "One of the five sectors")
                .build());
        all.add(ColumnSpec.choice("chainLinkId", zh("lead.field.chainLinkId"), en("lead.field.chainLinkId"), links)
                .width(18)
                .help("须属于所填产业领域；研判及以后必填", "Must belong to the sector; required from screening on")
                .build());
        all.add(choice("chainPurpose", "lead.field.chainPurpose", purposes, 10));
        all.add(choice("projectType", "lead.field.projectType", projectTypes, 10));
        all.add(ColumnSpec.bool("hotIndustry", zh("lead.field.hotIndustry"), en("lead.field.hotIndustry"))
                .width(10)
                .help("是 / 否", "Yes / No")
                .build());
        all.add(money("totalInvestment", "lead.field.totalInvestment"));
        Economics.NUMBER_FIELDS.forEach(field -> all.add(number(field)));
        all.add(ColumnSpec.choice("channel", zh("lead.field.channel"), en("lead.field.channel"), channels)
                .required()
                .width(12)
                .build());
        all.add(text(
                "referrer",
                "lead.field.referrer",
                14,
                LeadRules.maxLength("referrer"),
                false,
                "渠道为引荐人时必填",
                "Required when the channel is Referrer"));
        all.add(choice("originRegion", "lead.field.originRegion", regions, 12));
        SiteNeeds.NUMBER_FIELDS.forEach(field -> all.add(number(field)));
        SiteNeeds.TEXT_FIELDS.forEach(field -> all.add(text(field)));
        all.add(ColumnSpec.choice("unitId", zh("lead.field.unitId"), en("lead.field.unitId"), units)
                .width(12)
                .help("招商专员只能导入本科室线索，可不填", "Officers import into their own unit; may be left empty")
                .build());
        all.add(text(
                "ownerId",
                "lead.field.ownerId",
                12,
                100,
                false,
                "该科室招商专员的用户名或姓名；不填为导入人",
                "Username or name of an officer of the unit; empty means the importing officer"));
        all.add(text("leaderId", "lead.field.leaderId", 12, 100, false, "领导的姓名或用户名", "A leader's name or username"));
        all.add(ColumnSpec.choice("stage", zh("lead.field.stage"), en("lead.field.stage"), stages)
                .width(12)
                .help("不填为线索登记；阶段越后需要的信息越多", "Empty means Registered; later stages need more details")
                .build());
        all.add(ColumnSpec.date("reportedOn", zh("lead.field.firstReportedAt"), en("lead.field.firstReportedAt"))
                .width(12)
                .help("不填为今天；不能晚于今天", "Empty means today; not after today")
                .build());
        Milestones.DATE_FIELDS.forEach(field -> all.add(date(field.name(), field.labelKey())));
        all.add(date("signedOn", "lead.field.signedOn"));
        all.add(money("signedAmount", "lead.field.signedAmount"));
        all.add(money("fundsReceived", "lead.field.fundsReceived"));
        all.add(date("plannedStartOn", "lead.field.plannedStartOn"));
        all.add(date("actualStartOn", "lead.field.actualStartOn"));
        all.add(date("plannedProductionOn", "lead.field.plannedProductionOn"));
        all.add(date("actualProductionOn", "lead.field.actualProductionOn"));
        all.add(text(
                "lostReason",
                "lead.field.lostReason",
                24,
                LeadRules.maxLength("lostReason"),
                false,
                "终止的线索必填",
                "Required for lost leads"));
        Map<String, ColumnSpec> byId = all.stream().collect(Collectors.toMap(ColumnSpec::id, Function.identity()));
        return new Sheet(
                investorTypes,
                qualifications,
                sectors,
                links,
                purposes,
                projectTypes,
                channels,
                regions,
                units,
                stages,
                byId,
                List.copyOf(all));
    }

    private String zh(String key) {
        return i18n.getTranslation(key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private String en(String key) {
        return i18n.getTranslation(key, java.util.Locale.ENGLISH);
    }

    private <E extends Enum<E>> Choices<E> enumChoices(Class<E> type, Function<E, String> key) {
        return Choices.ofEnum(type, e -> zh(key.apply(e)), e -> en(key.apply(e)));
    }

    private ColumnSpec text(
            String id, String key, int width, int maxLength, boolean required, String helpZh, String helpEn) {
        ColumnSpec.Builder builder =
                ColumnSpec.text(id, zh(key), en(key)).width(width).maxLength(maxLength);
        if (required) {
            builder.required();
        }
        if (helpZh != null) {
            builder.help(helpZh, helpEn);
        }
        return builder.build();
    }

    /** A value group's plain text field: optional, its length its column's. */
    private ColumnSpec text(LeadTextField field) {
        return ColumnSpec.text(field.name(), zh(field.labelKey()), en(field.labelKey()))
                .width(field.width())
                .maxLength(field.maxLength())
                .build();
    }

    /** A value group's plain number field: optional; money says its unit, a count is a whole number. */
    private ColumnSpec number(LeadNumberField field) {
        return switch (field.measure()) {
            case MONEY -> money(field.name(), field.labelKey());
            case COUNT ->
                ColumnSpec.integer(field.name(), zh(field.labelKey()), en(field.labelKey()))
                        .width(field.width())
                        .build();
            case AREA_MU, AREA_SQM ->
                ColumnSpec.decimal(field.name(), zh(field.labelKey()), en(field.labelKey()))
                        .width(field.width())
                        .build();
        };
    }

    private ColumnSpec choice(String id, String key, Choices<?> choices, int width) {
        return ColumnSpec.choice(id, zh(key), en(key), choices).width(width).build();
    }

    private ColumnSpec money(String id, String key) {
        return ColumnSpec.decimal(id, zh(key), en(key))
                .width(14)
                .help("单位万元，最多两位小数", "In 万元 (CNY 10,000), at most two decimals")
                .build();
    }

    private ColumnSpec date(String id, String key) {
        return ColumnSpec.date(id, zh(key), en(key)).width(12).build();
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[、,，;；/\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
