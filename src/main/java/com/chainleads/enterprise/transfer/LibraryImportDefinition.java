package com.chainleads.enterprise.transfer;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.IndicatorsCommand;
import com.chainleads.enterprise.service.LibraryImportRow;
import com.chainleads.enterprise.service.LibraryImports;
import com.chainleads.enterprise.service.ProfileCommand;
import com.chainleads.enterprise.service.TierCommand;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UserOption;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.service.CheckedRow;
import com.chainleads.transfer.service.ImportContext;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportRow;
import com.chainleads.transfer.service.ImportRowMapper;
import com.chainleads.transfer.service.ImportTarget;
import com.chainleads.transfer.xlsx.ColumnSpec;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The enterprise library's Excel import (/enterprises/import): one wide sheet, one firm per row — credit code, name,
 * sector, chain links, 规上 flag — with at most one tier held (tier, date obtained, valid until) and one year's
 * figures, and optionally its annual output, jobs and 服务专员 (blank keeps what the library has). Amounts are in 万元 or 元 as the header says (元 are converted); a header without a unit is refused at
 * every row that fills it. A credit code already in the library updates that firm (the template says so); the
 * same firm may come on several rows, one tier or year each.
 *
 * <p>Size: the columns, each with its two or three headers, and the row's checks in the order of the sheet.
 */
@Component
class LibraryImportDefinition implements ImportDefinition<LibraryImportRow>, ImportTarget<LibraryImportRow> {

    static final String NAME = "enterprises";
    /** The amounts of a year, by field; each is read in 万元 or 元 as the header says. */
    static final List<String> AMOUNTS = List.of("revenueWan", "taxWan", "rdExpenseWan");

    static final List<String> COUNTS =
            List.of("rdStaff", "staff", "inventionPatents", "utilityPatents", "designPatents", "softwareCopyrights");

    private static final BigDecimal YUAN_PER_WAN = new BigDecimal("10000");

    private final ChainReferenceService chains;
    private final DirectoryService directory;
    private final LibraryImports imports;
    private final I18NProvider i18n;
    private final Clock clock;

    LibraryImportDefinition(
            ChainReferenceService chains,
            DirectoryService directory,
            LibraryImports imports,
            I18NProvider i18n,
            Clock clock) {
        this.chains = chains;
        this.directory = directory;
        this.imports = imports;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The sheet's columns with the reference data of the moment (sectors and links by name). */
    record Sheet(
            Map<String, ColumnSpec> byId,
            List<ColumnSpec> all,
            List<ColumnSpec> template,
            Choices<SectorOption> sectors,
            Choices<ChainLinkOption> links,
            Choices<CultivationTier> tiers,
            List<UserOption> officers) {

        ColumnSpec column(String id) {
            ColumnSpec column = byId.get(id);
            if (column == null) {
                throw new IllegalArgumentException("No column " + id);
            }
            return column;
        }
    }

    Sheet sheet() {
        Choices.Builder<SectorOption> sectorBuilder = Choices.builder();
        chains.sectors().forEach(s -> sectorBuilder.add(s, s.code(), s.nameZh(), s.nameEn()));
        Choices.Builder<ChainLinkOption> linkBuilder = Choices.builder();
        chains.allLinks().forEach(l -> linkBuilder.add(l, l.code(), l.nameZh(), l.nameEn()));
        Choices<SectorOption> sectors = sectorBuilder.build();
        Choices<CultivationTier> tiers =
                Choices.ofEnum(CultivationTier.class, t -> zh(t.translationKey()), t -> en(t.translationKey()));
        List<ColumnSpec> template = new ArrayList<>();
        template.add(ColumnSpec.code("creditCode", zh("enterprise.field.creditCode"), en("enterprise.field.creditCode"))
                .required()
                .help(
                        "18 位，校验位须正确；已在企业库中的代码按本行更新该企业",
                        "18 characters with a valid check digit; a code already in the library updates that firm")
                .build());
        template.add(ColumnSpec.text("name", zh("enterprise.field.name"), en("enterprise.field.name"))
                .required()
                .width(28)
                .maxLength(200)
                .build());
        template.add(
                ColumnSpec.choice("sector", zh("enterprise.field.sectorId"), en("enterprise.field.sectorId"), sectors)
                        .required()
                        .build());
        template.add(ColumnSpec.text("links", zh("enterprise.field.links"), en("enterprise.field.links"))
                .required()
                .width(28)
                .help("一个或多个链节点名称，用顿号或逗号分隔", "One or more chain links by name, separated by commas")
                .build());
        template.add(ColumnSpec.bool("aboveScale", zh("enterprise.field.aboveScale"), en("enterprise.field.aboveScale"))
                .build());
        template.add(ColumnSpec.decimal(
                        "annualOutputWan",
                        zh("enterprise.field.annualOutputWan") + "（万元）",
                        en("enterprise.field.annualOutputWan") + " (10k CNY)")
                .aliases(zh("enterprise.field.annualOutputWan"), zh("enterprise.field.annualOutputWan") + "（万）")
                .help("单位万元；不填则保留企业库中的值", "In 万元; blank keeps the library's value")
                .build());
        template.add(ColumnSpec.integer("jobs", zh("enterprise.field.jobs"), en("enterprise.field.jobs"))
                .help("不填则保留企业库中的值", "Blank keeps the library's value")
                .build());
        template.add(ColumnSpec.text("officerId", zh("enterprise.field.officerId"), en("enterprise.field.officerId"))
                .width(12)
                .maxLength(100)
                .help(
                        "招商专员的用户名或姓名；不填则保留该企业现有的服务专员",
                        "An officer's username or name; blank keeps the firm's current one")
                .build());
        template.add(ColumnSpec.choice("tier", zh("enterprise.field.tier"), en("enterprise.field.tier"), tiers)
                .help(
                        "每行最多一项资质；多项资质请分行填写同一信用代码",
                        "At most one tier a row; repeat the credit code on more rows for more")
                .build());
        template.add(ColumnSpec.date("grantedOn", zh("enterprise.field.grantedOn"), en("enterprise.field.grantedOn"))
                .help("填写资质时必填", "Required with a tier")
                .build());
        template.add(ColumnSpec.date("validUntil", zh("enterprise.field.validUntil"), en("enterprise.field.validUntil"))
                .help("留空则按资质有效期计算", "Blank: from the tier's validity")
                .build());
        template.add(ColumnSpec.integer("year", zh("enterprise.field.year"), en("enterprise.field.year"))
                .help("填写任一年度指标时必填", "Required with any yearly figure")
                .build());
        List<ColumnSpec> all = new ArrayList<>(template);
        for (String amount : AMOUNTS) {
            String key = "enterprise.field." + amount;
            ColumnSpec wan = ColumnSpec.decimal(amount, zh(key) + "（万元）", en(key) + " (10k CNY)")
                    .aliases(zh(key) + "（万）", en(key) + " (万元)")
                    .help("单位万元；表头写“（元）”则按元填写并自动换算", "In 万元; a header saying (元) takes yuan and converts them")
                    .build();
            template.add(wan);
            all.add(wan);
            all.add(ColumnSpec.decimal(amount + "Yuan", zh(key) + "（元）", en(key) + " (CNY)")
                    .aliases(en(key) + " (元)")
                    .build());
            all.add(ColumnSpec.decimal(amount + "NoUnit", zh(key), en(key)).build());
        }
        for (String count : COUNTS) {
            ColumnSpec column = ColumnSpec.integer(
                            count, zh("enterprise.field." + count), en("enterprise.field." + count))
                    .build();
            template.add(column);
            all.add(column);
        }
        Map<String, ColumnSpec> byId = new java.util.HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        return new Sheet(
                Map.copyOf(byId),
                List.copyOf(all),
                List.copyOf(template),
                sectors,
                linkBuilder.build(),
                tiers,
                directory.officers(null));
    }

    private String zh(String key) {
        return i18n.getTranslation(key, Locale.SIMPLIFIED_CHINESE);
    }

    private String en(String key) {
        return i18n.getTranslation(key, Locale.ENGLISH);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "enterprise.import.title";
    }

    @Override
    public List<ColumnSpec> columns() {
        return sheet().all();
    }

    @Override
    public List<ColumnSpec> templateColumns() {
        return sheet().template();
    }

    @Override
    public List<String> instructions(Translator translator) {
        return List.of(
                translator.get("enterprise.import.instructions.existing"),
                translator.get("enterprise.import.instructions.rows"),
                translator.get("enterprise.import.instructions.units"),
                translator.get("enterprise.import.instructions.tier"));
    }

    @Override
    public ImportTarget<LibraryImportRow> target() {
        return this;
    }

    @Override
    public ImportRowMapper<LibraryImportRow> mapper(ImportContext context) {
        Sheet sheet = sheet(); // reference data read once per pass
        LocalDate today = LocalDate.now(clock);
        return row -> map(row, sheet, today);
    }

    static @Nullable LibraryImportRow map(ImportRow row, Sheet sheet, LocalDate today) {
        CreditCode code = row.creditCode(sheet.column("creditCode"));
        String name = row.text(sheet.column("name"));
        SectorOption sector = row.choice(sheet.column("sector"), sheet.sectors());
        Set<Long> linkIds = links(row, sheet);
        boolean aboveScale = Boolean.TRUE.equals(row.bool(sheet.column("aboveScale")));
        BigDecimal annualOutput = row.decimal(sheet.column("annualOutputWan"));
        if (annualOutput != null && annualOutput.signum() < 0) {
            row.problem(sheet.column("annualOutputWan"), "enterprise.error.negative");
        }
        Long jobs = row.integer(sheet.column("jobs"));
        if (jobs != null && (jobs < 0 || jobs > 10_000_000)) {
            row.problem(sheet.column("jobs"), "enterprise.error.negative");
        }
        Long officer = officer(row, sheet);
        TierCommand tier = tier(row, sheet, today);
        IndicatorsCommand figures = figures(row, sheet, today);
        if (row.hasProblems() || code == null) {
            return null;
        }
        ProfileCommand profile = new ProfileCommand(
                name,
                code.value(),
                sector == null ? null : sector.id(),
                linkIds,
                aboveScale,
                annualOutput,
                jobs == null ? null : jobs.intValue(),
                officer);
        return new LibraryImportRow(row.number(), profile, tier, figures);
    }

    /** The 服务专员 by username or name; a name two officers share must be given as a username. */
    private static @Nullable Long officer(ImportRow row, Sheet sheet) {
        ColumnSpec column = sheet.column("officerId");
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        Optional<UserOption> byUsername = sheet.officers().stream()
                .filter(o -> o.username().equalsIgnoreCase(wanted))
                .findFirst();
        if (byUsername.isPresent()) {
            return byUsername.get().id();
        }
        List<UserOption> byName = sheet.officers().stream()
                .filter(o -> o.displayName().equals(wanted))
                .toList();
        if (byName.size() == 1) {
            return byName.get(0).id();
        }
        row.problem(
                column,
                byName.isEmpty() ? "enterprise.import.error.officer" : "enterprise.import.error.officerAmbiguous",
                wanted);
        return null;
    }

    private static Set<Long> links(ImportRow row, Sheet sheet) {
        ColumnSpec column = sheet.column("links");
        String text = row.text(column);
        Set<Long> ids = new LinkedHashSet<>();
        if (text == null) {
            return ids;
        }
        for (String part : Arrays.stream(text.split("[、,，;；/\\n]"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList()) {
            sheet.links()
                    .find(part)
                    .ifPresentOrElse(
                            link -> ids.add(link.id()),
                            () -> row.problem(column, "enterprise.import.error.link", part));
        }
        return ids;
    }

    private static @Nullable TierCommand tier(ImportRow row, Sheet sheet, LocalDate today) {
        ColumnSpec tierColumn = sheet.column("tier");
        ColumnSpec grantedColumn = sheet.column("grantedOn");
        ColumnSpec validColumn = sheet.column("validUntil");
        CultivationTier tier = row.choice(tierColumn, sheet.tiers());
        LocalDate granted = row.date(grantedColumn);
        LocalDate validUntil = row.date(validColumn);
        if (tier == null) {
            if (!row.hasProblem(tierColumn) && (granted != null || validUntil != null)) {
                row.problem(tierColumn, "enterprise.import.error.dateWithoutTier");
            }
            return null;
        }
        if (granted == null) {
            if (!row.hasProblem(grantedColumn)) {
                row.problem(grantedColumn, "enterprise.import.error.tierWithoutDate");
            }
            return null;
        }
        if (granted.isAfter(today)) {
            row.problem(grantedColumn, "enterprise.error.future");
        }
        if (validUntil != null && validUntil.isBefore(granted)) {
            row.problem(validColumn, "enterprise.error.validUntil");
        }
        return new TierCommand(tier, granted, validUntil, null);
    }

    private static @Nullable IndicatorsCommand figures(ImportRow row, Sheet sheet, LocalDate today) {
        Map<String, @Nullable BigDecimal> amounts = new java.util.HashMap<>();
        boolean any = false;
        for (String amount : AMOUNTS) {
            ColumnSpec wanColumn = sheet.column(amount);
            ColumnSpec yuanColumn = sheet.column(amount + "Yuan");
            ColumnSpec noUnit = sheet.column(amount + "NoUnit");
            if (!row.isBlank(noUnit)) {
                row.problem(noUnit, "enterprise.import.error.noUnit", noUnit.headerZh(), noUnit.headerZh());
                any = true;
                continue;
            }
            BigDecimal wan = row.decimal(wanColumn);
            BigDecimal yuan = row.decimal(yuanColumn);
            if (wan != null && yuan != null) {
                row.problem(yuanColumn, "enterprise.import.error.twoUnits");
            }
            BigDecimal value =
                    wan != null ? wan : yuan == null ? null : yuan.divide(YUAN_PER_WAN, 2, RoundingMode.HALF_UP);
            amounts.put(amount, value);
            any |= value != null || row.hasProblem(wanColumn) || row.hasProblem(yuanColumn);
        }
        Map<String, @Nullable Integer> counts = new java.util.HashMap<>();
        for (String count : COUNTS) {
            ColumnSpec column = sheet.column(count);
            Long value = row.integer(column);
            if (value != null && (value < 0 || value > 10_000_000)) {
                row.problem(column, "enterprise.error.negative");
                value = null;
            }
            counts.put(count, value == null ? null : value.intValue());
            any |= value != null;
        }
        ColumnSpec yearColumn = sheet.column("year");
        Long year = row.integer(yearColumn);
        if (year == null) {
            if (any && !row.hasProblem(yearColumn)) {
                row.problem(yearColumn, "enterprise.import.error.yearMissing");
            }
            return null;
        }
        if (year < EnterpriseLibraryService.FIRST_YEAR || year > today.getYear()) {
            row.problem(
                    yearColumn,
                    "enterprise.error.year",
                    String.valueOf(EnterpriseLibraryService.FIRST_YEAR),
                    String.valueOf(today.getYear()));
            return null;
        }
        IndicatorsCommand command = new IndicatorsCommand(
                year.intValue(),
                amounts.get("revenueWan"),
                amounts.get("taxWan"),
                amounts.get("rdExpenseWan"),
                counts.get("rdStaff"),
                counts.get("staff"),
                counts.get("inventionPatents"),
                counts.get("utilityPatents"),
                counts.get("designPatents"),
                counts.get("softwareCopyrights"));
        try {
            EnterpriseLibraryService.checkFigures(command);
        } catch (BusinessRuleException refusal) {
            String field = refusal.field();
            ColumnSpec column = field == null ? null : sheet.byId().get(field);
            if (column != null && row.isBlank(column) && sheet.byId().containsKey(field + "Yuan")) {
                column = sheet.column(field + "Yuan");
            }
            if (column != null) {
                row.problem(column, refusal.messageKey(), refusal.args());
            } else {
                row.problem(refusal.messageKey(), refusal.args());
            }
        }
        return command;
    }

    // ---- ImportTarget -------------------------------------------------------------------------------------

    /** A row whose credit code is in the library already updates that firm: the check says so, row by row. */
    @Override
    public void checkWindow(List<CheckedRow<LibraryImportRow>> rows, ImportContext context) {
        Map<String, String> known = imports.knownFirms(rows.stream()
                .map(row -> row.value().profile().creditCode())
                .filter(java.util.Objects::nonNull)
                .toList());
        for (CheckedRow<LibraryImportRow> row : rows) {
            String name = known.get(row.value().profile().creditCode());
            if (name != null) {
                row.row()
                        .note(
                                "enterprise.import.note.updates",
                                row.value().profile().creditCode(),
                                name);
            }
        }
    }

    @Override
    public void store(List<LibraryImportRow> batch, ImportContext context) {
        imports.importRows(batch, context.fileName());
    }
}
