package com.chainleads.base.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ErrorMessages.UserMessage;
import com.chainleads.base.LogSafe;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: the user reads what happened in plain words and an error id, never a stack
 * trace or an exception's text (in development mode as in production); the log has the trace under the same
 * id. Stands alone, without the shell, which may itself need the database that just failed.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    final Paragraph message = new Paragraph();
    final Span errorId = new Span();

    public ErrorView() {
        addClassName("cl-error-view");
        setAlignItems(Alignment.CENTER);
        var icon = VaadinIcon.WARNING.create();
        icon.setSize("64px");
        icon.addClassName("cl-error-icon");
        errorId.addClassName("cl-error-id");
        add(
                icon,
                new H2(getTranslation("security.errorView.title")),
                message,
                errorId,
                new Anchor("", getTranslation("notFound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        UserMessage described = ErrorMessages.describe(error);
        String id = MainErrorHandler.newErrorId();
        log.error(
                "Opening '{}' failed [error id {}]",
                LogSafe.of(event.getLocation().getPathWithQueryParameters()),
                id,
                LogSafe.throwable(error));
        message.setText(getTranslation(described.key(), described.args()));
        errorId.setText(getTranslation("error.id", id));
        return ErrorMessages.isDatabaseUnavailable(error)
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.errorView.title");
    }
}
