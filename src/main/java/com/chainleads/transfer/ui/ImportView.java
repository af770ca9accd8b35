package com.chainleads.transfer.ui;

import com.chainleads.security.domain.Role;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportDefinitions;
import com.chainleads.transfer.service.ImportService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 导入线索 at /leads/import, for administrators and officers: the import wizard for the definition named
 * {@code "leads"}, which the lead register supplies.
 */
@Route("leads/import")
@RolesAllowed({Role.ADMIN_NAME, Role.OFFICER_NAME})
@Menu(order = 30, title = "transfer.nav.import", icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    public static final String DEFINITION = "leads";

    final ImportWizard<?> wizard;

    public ImportView(ImportDefinitions definitions, ImportService service) {
        addClassName("cl-view");
        setMaxWidth("72rem");
        ImportDefinition<?> definition = definitions.require(DEFINITION);
        wizard = wizard(service, definition);
        add(wizard);
    }

    private static <T> ImportWizard<T> wizard(ImportService service, ImportDefinition<T> definition) {
        return new ImportWizard<>(service, definition);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.nav.import");
    }
}
