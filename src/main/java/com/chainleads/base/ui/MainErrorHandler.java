package com.chainleads.base.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.ErrorMessages.UserMessage;
import com.chainleads.base.LogSafe;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one global error handler: the user gets a friendly notification with an error id, the log gets the
 * stack trace under the same id. Expected refusals (a rule, a concurrent edit) are logged without a trace.
 */
public class MainErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (isClientGone(error)) {
            log.debug("The browser went away: {}", error.toString());
            return;
        }
        UserMessage message = ErrorMessages.describe(error);
        String errorId = newErrorId();
        if (message.expected()) {
            log.info("Refused [error id {}]: {}", errorId, LogSafe.of(error.toString()));
        } else {
            log.error("Unexpected error [error id {}]", errorId, LogSafe.throwable(error));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(ui.getTranslation(message.key(), message.args())
                    + (message.expected() ? "" : " " + ui.getTranslation("error.id", errorId))));
        }
    }

    /** A browser closed or lost its connection while being answered: nobody to tell, nothing went wrong. */
    static boolean isClientGone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getSimpleName();
            String text = String.valueOf(t.getMessage());
            if (type.equals("ClientAbortException")
                    || type.equals("EofException")
                    || t instanceof IOException
                            && (text.contains("Broken pipe") || text.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    static String newErrorId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
