package com.chainleads.transfer.ui;

import com.chainleads.security.domain.Role;
import com.chainleads.transfer.demo.DemoProjectExport;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportDefinitions;
import com.chainleads.transfer.service.ImportService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 导入线索 at /leads/import, for administrators and officers: the import wizard for the definition named
 * {@code "leads"} — the demo definition until the lead register supplies the real one.
 */
@Route("leads/import")
@RolesAllowed({Role.ADMIN_NAME, Role.OFFICER_NAME})
@Menu(order = 30, title = "transfer.nav.import", icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    public static final String DEFINITION = "leads";

    final ImportWizard<?> wizard;
    final @Nullable Anchor demoExport;

    public ImportView(ImportDefinitions definitions, ImportService service, ObjectProvider<DemoProjectExport> demo) {
        addClassName("cl-view");
        setMaxWidth("72rem");
        ImportDefinition<?> definition = definitions.require(DEFINITION);
        wizard = wizard(service, definition);
        add(wizard);
        DemoProjectExport export = definition.fallback() ? demo.getIfAvailable() : null;
        demoExport = export == null ? null : demoExport(export);
    }

    /** While the demo stands in for leads: export what was imported, to try the export and a re-import. */
    private Anchor demoExport(DemoProjectExport export) {
        Locale locale = getLocale();
        Anchor button = Downloads.button(getTranslation("transfer.demo.export"),
                Downloads.xlsx(() -> export.fileName(locale), out -> export.write(locale, out)));
        button.setId("demo-export");
        Span stored = new Span(getTranslation("transfer.demo.stored", export.count()));
        stored.addClassName("cl-import-note");
        wizard.addImportedListener(e -> stored.setText(getTranslation("transfer.demo.stored", export.count())));
        Div section = new Div(new H3(getTranslation("transfer.demo.export")), stored, button);
        section.addClassName("cl-import-step");
        add(section);
        return button;
    }

    private static <T> ImportWizard<T> wizard(ImportService service, ImportDefinition<T> definition) {
        return new ImportWizard<>(service, definition);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.nav.import");
    }
}
