package com.chainleads.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The HTML page around every view, the login page included. Server push lets background work (imports,
 * notifications) update the page.
 */
@Push
@Meta(name = "application-name", content = "ChainLeads")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "assets/images/favicon.svg", "any");
        // our stylesheet as a static resource: no theme folder, so no frontend bundle build is needed
        settings.addLink("stylesheet", "assets/styles/chainleads.css");
    }
}
