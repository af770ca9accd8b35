package com.chainleads.transfer.demo;

import com.chainleads.base.ui.Formats;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.xlsx.XlsxExport;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Exports the demo projects: how a lead export uses {@link XlsxExport} — a title row saying what was exported,
 * typed columns, and (through the view) a streamed download. An exported file can be imported again; its
 * rows then show as already existing.
 */
@Service
@PermitAll
public class DemoProjectExport {

    private final DemoProjectStore store;
    private final DemoProjectImport definition;
    private final I18NProvider i18n;
    private final Clock clock;

    DemoProjectExport(DemoProjectStore store, DemoProjectImport definition, I18NProvider i18n, Clock clock) {
        this.store = store;
        this.definition = definition;
        this.i18n = i18n;
        this.clock = clock;
    }

    public int count() {
        return store.count();
    }

    public String fileName(Locale locale) {
        return i18n.getTranslation("transfer.demo.exportFile", locale);
    }

    public long write(Locale locale, OutputStream out) {
        Translator t = Translator.of(i18n, locale);
        List<DemoProject> projects = store.all();
        Choices<String> sectors = definition.sectors();
        String title = t.get("transfer.demo.exportTitle", projects.size(), Formats.dateTime(clock.instant()));
        return XlsxExport.<DemoProject>sheet(t.get("transfer.demo.title"))
                .title(title)
                .text(DemoProjectImport.NAME_COLUMN.header(locale), 30, DemoProject::name)
                .text(DemoProjectImport.INVESTOR.header(locale), 30, DemoProject::investor)
                .text(DemoProjectImport.CREDIT_CODE.header(locale), 22, DemoProject::creditCode)
                .text(DemoProjectImport.sectorColumn(sectors).header(locale), 14,
                        p -> sectors.choiceOf(p.sectorCode()).map(c -> c.label(locale)).orElse(p.sectorCode()))
                .text(DemoProjectImport.TYPE.header(locale), 10,
                        p -> p.type() == null ? null : DemoProjectImport.TYPES.choiceOf(p.type()).orElseThrow().label(locale))
                .wan(DemoProjectImport.TOTAL_INVESTMENT.header(locale), 16, DemoProject::totalInvestment)
                .date(DemoProjectImport.REPORTED_ON.header(locale), 12, DemoProject::reportedOn)
                .text(DemoProjectImport.WIND_GAP.header(locale), 10,
                        p -> t.get(p.windGap() ? "transfer.template.yes" : "transfer.template.no"))
                .text(DemoProjectImport.NOTE.header(locale), 40, DemoProject::note)
                .write(projects.stream(), out);
    }
}
