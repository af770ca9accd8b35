package com.chainleads.transfer.demo;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorSummary;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.service.ImportContext;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportRow;
import com.chainleads.transfer.service.ImportRowMapper;
import com.chainleads.transfer.service.ImportTarget;
import com.chainleads.transfer.xlsx.ColumnSpec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The stand-in for the lead import until the lead register exists: a few lead-like columns that exercise every
 * parser (text, credit code, sector by name in either language, a choice, an amount in 万元, a date, yes/no),
 * the duplicate check by credit code and an in-memory target ({@link DemoProjectStore}). It is a
 * {@linkplain #fallback() fallback}: a real definition named {@code "leads"} replaces it.
 */
@Component
class DemoProjectImport implements ImportDefinition<DemoProject> {

    static final String NAME = "leads";

    static final ColumnSpec NAME_COLUMN = ColumnSpec.text("name", "项目名称", "Project name").required().width(30)
            .maxLength(100).help("项目的名称，不超过 100 字", "The project's name, at most 100 characters").build();
    static final ColumnSpec INVESTOR = ColumnSpec.text("investor", "投资主体", "Investor").required().width(30)
            .maxLength(100).help("投资企业的全称", "Full name of the investing enterprise").build();
    static final ColumnSpec CREDIT_CODE = ColumnSpec.code("creditCode", "统一社会信用代码", "Unified social credit code")
            .required().aliases("信用代码", "Credit code")
            .help("18 位，含校验位；同一文件内和已导入的项目中不能重复",
                    "18 characters with check character; unique in the file and among imported projects").build();
    static final ColumnSpec TOTAL_INVESTMENT = ColumnSpec.decimal("totalInvestment", "总投资（万元）",
            "Total investment (CNY 10k)").aliases("总投资", "Total investment")
            .help("单位万元，最多两位小数", "In 万元 (CNY 10,000), at most two decimals").build();
    static final ColumnSpec REPORTED_ON = ColumnSpec.date("reportedOn", "首报日期", "First reported on")
            .help("不能晚于今天", "Not after today").build();
    static final ColumnSpec WIND_GAP = ColumnSpec.bool("windGap", "风口产业", "Wind-gap industry")
            .help("是 / 否", "Yes / No").build();
    static final ColumnSpec NOTE = ColumnSpec.text("note", "备注", "Notes").width(40).maxLength(500).build();

    static final Choices<DemoProjectType> TYPES = Choices.ofEnum(DemoProjectType.class, DemoProjectType::zh,
            DemoProjectType::en);
    static final ColumnSpec TYPE = ColumnSpec.choice("type", "项目类型", "Project type", TYPES)
            .help("新建、增资、总部或研发", "New, expansion, headquarters or R&D").build();

    private final ChainReferenceService chains;
    private final DemoProjectStore store;
    private final Clock clock;

    DemoProjectImport(ChainReferenceService chains, DemoProjectStore store, Clock clock) {
        this.chains = chains;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "transfer.demo.title";
    }

    @Override
    public @Nullable String noticeKey() {
        return "transfer.demo.notice";
    }

    @Override
    public boolean fallback() {
        return true;
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(NAME_COLUMN, INVESTOR, CREDIT_CODE, sectorColumn(sectors()), TYPE, TOTAL_INVESTMENT, REPORTED_ON,
                WIND_GAP, NOTE);
    }

    Choices<String> sectors() {
        Choices.Builder<String> builder = Choices.builder();
        for (SectorSummary sector : chains.sectorSummaries()) {
            builder.add(sector.code(), sector.code(), sector.nameZh(), sector.nameEn());
        }
        return builder.build();
    }

    static ColumnSpec sectorColumn(Choices<String> sectors) {
        return ColumnSpec.choice("sector", "产业领域", "Sector", sectors).required()
                .help("五大产业领域之一，可填中文或英文名称", "One of the five sectors, in Chinese or English").build();
    }

    @Override
    public ImportRowMapper<DemoProject> mapper(ImportContext context) {
        Choices<String> sectors = sectors(); // reference data read once per pass
        ColumnSpec sectorColumn = sectorColumn(sectors);
        LocalDate today = LocalDate.now(clock);
        return row -> map(row, sectors, sectorColumn, today);
    }

    static @Nullable DemoProject map(ImportRow row, Choices<String> sectors, ColumnSpec sectorColumn, LocalDate today) {
        String name = row.text(NAME_COLUMN);
        String investor = row.text(INVESTOR);
        CreditCode code = row.creditCode(CREDIT_CODE);
        String sector = row.choice(sectorColumn, sectors);
        DemoProjectType type = row.choice(TYPE, TYPES);
        BigDecimal total = row.decimal(TOTAL_INVESTMENT);
        if (total != null && total.signum() < 0) {
            row.problem(TOTAL_INVESTMENT, "transfer.demo.error.negative");
        }
        LocalDate reportedOn = row.date(REPORTED_ON);
        if (reportedOn != null && reportedOn.isAfter(today)) {
            row.problem(REPORTED_ON, "transfer.demo.error.future");
        }
        Boolean windGap = row.bool(WIND_GAP);
        String note = row.text(NOTE);
        if (row.hasProblems() || name == null || investor == null || code == null || sector == null) {
            return null;
        }
        return new DemoProject(row.number(), name, investor, code.value(), sector, type, total, reportedOn,
                Boolean.TRUE.equals(windGap), note);
    }

    @Override
    public ImportTarget<DemoProject> target() {
        return store;
    }

    @Override
    public @Nullable ColumnSpec keyColumn() {
        return CREDIT_CODE;
    }

    @Override
    public @Nullable String key(DemoProject value) {
        return value.creditCode();
    }

    @Override
    public List<String> instructions(Translator translator) {
        return List.of(translator.get("transfer.demo.instructions"));
    }
}
