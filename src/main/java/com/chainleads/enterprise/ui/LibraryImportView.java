package com.chainleads.enterprise.ui;

import com.chainleads.security.domain.Role;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportDefinitions;
import com.chainleads.transfer.service.ImportService;
import com.chainleads.transfer.ui.ImportWizard;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 导入企业 at /enterprises/import, for administrators and the 科技科: the import wizard (template, upload, check with a
 * per-row report, apply) for the library's definition {@code "enterprises"}.
 */
@Route("enterprises/import")
@RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
public class LibraryImportView extends VerticalLayout implements HasDynamicTitle {

    public static final String DEFINITION = "enterprises";

    final ImportWizard<?> wizard;

    public LibraryImportView(ImportDefinitions definitions, ImportService service) {
        addClassName("cl-view");
        setMaxWidth("72rem");
        wizard = wizard(service, definitions.require(DEFINITION));
        add(wizard);
    }

    private static <T> ImportWizard<T> wizard(ImportService service, ImportDefinition<T> definition) {
        return new ImportWizard<>(service, definition);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.import.title");
    }
}
