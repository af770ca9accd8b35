package com.chainleads.enterprise.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The address of the former 本地企业 page, kept for bookmarks: the enterprise library replaced it. */
@Route("admin/enterprises")
@PermitAll
public class EnterpriseAdminRedirect extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(EnterpriseLibraryView.class);
    }
}
