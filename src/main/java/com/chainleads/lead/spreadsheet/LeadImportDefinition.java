package com.chainleads.lead.spreadsheet;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.LeadDateFields;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadNumberFields;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTextFields;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.service.InvestorConflict;
import com.chainleads.lead.service.InvestorToCheck;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadImportRow;
import com.chainleads.lead.service.LeadImports;
import com.chainleads.lead.service.LeadRules;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import com.chainleads.transfer.cell.Localized;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.service.CheckedRow;
import com.chainleads.transfer.service.ImportContext;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportRow;
import com.chainleads.transfer.service.ImportRowMapper;
import com.chainleads.transfer.service.ImportTarget;
import com.chainleads.transfer.xlsx.ColumnSpec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The lead import (/leads/import): the lead spreadsheet's columns, each row checked with the same rules as the
 * lead form ({@link LeadRules}) — credit code checksum, names of sectors, links and stages in either language,
 * amounts, dates, the stage's required fields — duplicates by credit code inside the file and against every
 * existing lead, and the rows stored through {@link LeadImports#importLeads}, one transaction per import.
 */
@Component
class LeadImportDefinition implements ImportDefinition<LeadImportRow>, ImportTarget<LeadImportRow> {

    static final String NAME = "leads";

    private final LeadColumns columns;
    private final LeadService leads;
    private final LeadImports imports;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final com.vaadin.flow.i18n.I18NProvider i18n;

    LeadImportDefinition(
            LeadColumns columns,
            LeadService leads,
            LeadImports imports,
            CurrentUser currentUser,
            Clock clock,
            com.vaadin.flow.i18n.I18NProvider i18n) {
        this.columns = columns;
        this.leads = leads;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "lead.import.title";
    }

    @Override
    public List<ColumnSpec> columns() {
        return columns.current().all();
    }

    @Override
    public ColumnSpec keyColumn() {
        return columns.current().column("creditCode");
    }

    @Override
    public @Nullable String key(LeadImportRow value) {
        String code = value.draft().getCreditCode();
        return code.isBlank() ? null : code;
    }

    @Override
    public List<String> instructions(Translator translator) {
        return List.of(
                translator.get("lead.import.instructions.stage"),
                translator.get("lead.import.instructions.unit"),
                translator.get("lead.import.instructions.duplicates"));
    }

    @Override
    public ImportTarget<LeadImportRow> target() {
        return this;
    }

    @Override
    public ImportRowMapper<LeadImportRow> mapper(ImportContext context) {
        LeadColumns.Sheet sheet = columns.current(); // reference data read once per pass
        AppUserPrincipal user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<UserOption>> officersByUnit = new HashMap<>();
        List<UserOption> leaders = leads.possibleLeaders();
        return row -> map(
                row,
                sheet,
                user,
                today,
                unitId -> officersByUnit.computeIfAbsent(unitId, leads::possibleOwners),
                leaders);
    }

    static @Nullable LeadImportRow map(
            ImportRow row,
            LeadColumns.Sheet sheet,
            AppUserPrincipal user,
            LocalDate today,
            java.util.function.Function<Long, List<UserOption>> officersOf,
            List<UserOption> leaders) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(Objects.requireNonNullElse(row.text(sheet.column("projectName")), ""));
        draft.setInvestorName(Objects.requireNonNullElse(row.text(sheet.column("investorName")), ""));
        CreditCode code = row.creditCode(sheet.column("creditCode"));
        draft.setCreditCode(code == null ? "" : code.value());
        draft.setInvestorType(row.choice(sheet.column("investorType"), sheet.investorTypes()));
        draft.setQualifications(qualifications(row, sheet));
        SectorOption sector = row.choice(sheet.column("sectorId"), sheet.sectors());
        draft.setSectorId(sector == null ? null : sector.id());
        ChainLinkOption link = row.choice(sheet.column("chainLinkId"), sheet.links());
        draft.setChainLinkId(link == null ? null : link.id());
        draft.setChainPurpose(row.choice(sheet.column("chainPurpose"), sheet.purposes()));
        draft.setProjectType(row.choice(sheet.column("projectType"), sheet.projectTypes()));
        draft.setHotIndustry(Boolean.TRUE.equals(row.bool(sheet.column("hotIndustry"))));
        draft.setTotalInvestment(row.decimal(sheet.column("totalInvestment")));
        draft.setChannel(row.choice(sheet.column("channel"), sheet.channels()));
        draft.setReferrer(Objects.requireNonNullElse(row.text(sheet.column("referrer")), ""));
        draft.setOriginRegion(row.choice(sheet.column("originRegion"), sheet.regions()));
        for (LeadNumberField field : LeadNumberFields.ALL) {
            ColumnSpec column = sheet.column(field.name());
            Long count = field.isCount() ? row.integer(column) : null;
            draft.setNumber(
                    field, field.isCount() ? (count == null ? null : BigDecimal.valueOf(count)) : row.decimal(column));
        }
        LeadTextFields.ALL.forEach(field -> draft.setText(field, row.text(sheet.column(field.name()))));
        LeadDateFields.ALL.forEach(field -> draft.setDate(field, row.date(sheet.column(field.name()))));
        draft.setSignedOn(row.date(sheet.column("signedOn")));
        draft.setSignedAmount(row.decimal(sheet.column("signedAmount")));
        draft.setFundsReceived(row.decimal(sheet.column("fundsReceived")));
        draft.setPlannedStartOn(row.date(sheet.column("plannedStartOn")));
        draft.setActualStartOn(row.date(sheet.column("actualStartOn")));
        draft.setPlannedProductionOn(row.date(sheet.column("plannedProductionOn")));
        draft.setActualProductionOn(row.date(sheet.column("actualProductionOn")));
        draft.setLostReason(Objects.requireNonNullElse(row.text(sheet.column("lostReason")), ""));
        LeadStage stage =
                Objects.requireNonNullElse(row.choice(sheet.column("stage"), sheet.stages()), LeadStage.REGISTERED);
        LocalDate reportedOn = Objects.requireNonNullElse(row.date(sheet.column("reportedOn")), today);
        if (reportedOn.isAfter(today)) {
            row.problem(sheet.column("reportedOn"), "lead.error.future");
        }
        if (link != null && sector != null && link.sectorId() != sector.id()) {
            row.problem(sheet.column("chainLinkId"), "lead.error.linkNotInSector");
        }
        resolveOwnership(row, sheet, user, draft, officersOf);
        resolveLeader(row, sheet, draft, leaders);
        for (FieldProblem problem : LeadRules.validate(draft, stage, today)) {
            ColumnSpec column = problem.field() == null ? null : sheet.column(problem.field());
            if (column != null && !row.hasProblem(column)) {
                row.problem(column, problem.messageKey(), problem.args());
            } else if (column == null) {
                row.problem(problem.messageKey(), problem.args());
            }
        }
        return row.hasProblems() ? null : new LeadImportRow(row.number(), draft, stage, reportedOn);
    }

    private static Set<QualificationTag> qualifications(ImportRow row, LeadColumns.Sheet sheet) {
        ColumnSpec column = sheet.column("qualifications");
        String text = row.text(column);
        Set<QualificationTag> tags = EnumSet.noneOf(QualificationTag.class);
        if (text == null) {
            return tags;
        }
        for (String part : LeadColumns.split(text)) {
            sheet.qualifications()
                    .find(part)
                    .ifPresentOrElse(tags::add, () -> row.problem(column, "lead.import.error.qualification", part));
        }
        return tags;
    }

    /** Officers import into their own unit, owned by themselves unless another officer of the unit is named. */
    private static void resolveOwnership(
            ImportRow row,
            LeadColumns.Sheet sheet,
            AppUserPrincipal user,
            LeadDraft draft,
            java.util.function.Function<Long, List<UserOption>> officersOf) {
        ColumnSpec unitColumn = sheet.column("unitId");
        ColumnSpec ownerColumn = sheet.column("ownerId");
        UnitOption unit = row.choice(unitColumn, sheet.units());
        String ownerText = row.text(ownerColumn);
        Long unitId;
        if (user.role() == Role.OFFICER) {
            if (unit != null && !Objects.equals(unit.id(), user.unitId())) {
                row.problem(unitColumn, "lead.import.error.otherUnit");
                return;
            }
            unitId = user.unitId();
        } else {
            if (unit == null) {
                if (!row.hasProblem(unitColumn)) {
                    row.problem(unitColumn, "lead.error.required");
                }
                return;
            }
            unitId = unit.id();
        }
        draft.setUnitId(unitId);
        if (ownerText == null) {
            if (user.role() == Role.OFFICER) {
                draft.setOwnerId(user.userId());
            } else {
                row.problem(ownerColumn, "lead.error.required");
            }
            return;
        }
        String wanted = ownerText.strip().toLowerCase(Locale.ROOT);
        officersOf.apply(unitId).stream()
                .filter(o -> o.username().toLowerCase(Locale.ROOT).equals(wanted)
                        || o.displayName().equals(ownerText.strip()))
                .findFirst()
                .ifPresentOrElse(
                        o -> draft.setOwnerId(o.id()),
                        () -> row.problem(ownerColumn, "lead.import.error.ownerNotInUnit", ownerText.strip()));
    }

    private static void resolveLeader(
            ImportRow row, LeadColumns.Sheet sheet, LeadDraft draft, List<UserOption> leaders) {
        ColumnSpec column = sheet.column("leaderId");
        String text = row.text(column);
        if (text == null) {
            return;
        }
        String wanted = text.strip();
        leaders.stream()
                .filter(l -> l.displayName().equals(wanted) || l.username().equalsIgnoreCase(wanted))
                .findFirst()
                .ifPresentOrElse(l -> draft.setLeaderId(l.id()), () -> row.problem(column, "lead.error.notALeader"));
    }

    // ---- ImportTarget -------------------------------------------------------------------------------------

    /** Each pass gets its own target, which knows the leads it stored so far (the import's own rows). */
    @Override
    public ImportTarget<LeadImportRow> target(ImportContext context) {
        return new Pass();
    }

    private final class Pass implements ImportTarget<LeadImportRow> {

        private final Set<Long> stored = new HashSet<>();

        @Override
        public Set<String> existingKeys(Collection<String> keys, ImportContext context) {
            return LeadImportDefinition.this.existingKeys(keys, context);
        }

        /**
         * 撞单 detection for the window's rows, as in the form: an investor another unit first reported cannot be
         * imported — its claim needs a reason and a leader's ruling — and the row says so with the masked hint
         * only. One look-up for the window; the leads this import stored already are no candidates, so applying
         * finds what the check found.
         */
        @Override
        public void checkWindow(List<CheckedRow<LeadImportRow>> rows, ImportContext context) {
            List<InvestorToCheck> investors = rows.stream()
                    .map(CheckedRow::value)
                    .map(LeadImportRow::draft)
                    .map(d -> new InvestorToCheck(
                            d.getInvestorName(), d.getCreditCode(), Objects.requireNonNull(d.getUnitId())))
                    .toList();
            List<@Nullable InvestorConflict> required = imports.investorClaimsRequired(investors, stored);
            ColumnSpec column = columns.current().column("investorName");
            for (int i = 0; i < rows.size(); i++) {
                InvestorConflict conflict = required.get(i);
                if (conflict != null) {
                    rows.get(i)
                            .row()
                            .problem(
                                    column,
                                    "lead.import.error.conflict",
                                    (Localized) conflict::unitName,
                                    com.chainleads.base.ui.Formats.date(conflict.firstReportedOn()),
                                    (Localized) locale ->
                                            i18n.getTranslation(conflict.stage().translationKey(), locale));
                }
            }
        }

        @Override
        public void store(List<LeadImportRow> batch, ImportContext context) {
            stored.addAll(imports.importLeads(batch, context.fileName()));
        }
    }

    @Override
    public Set<String> existingKeys(Collection<String> keys, ImportContext context) {
        return imports.existingCreditCodes(keys);
    }

    @Override
    public void store(List<LeadImportRow> batch, ImportContext context) {
        imports.importLeads(batch, context.fileName());
    }
}
