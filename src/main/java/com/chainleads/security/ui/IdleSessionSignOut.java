package com.chainleads.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When Vaadin closes a session — with {@code vaadin.closeIdleSessions} after the session timeout without a
 * user request, however many heartbeats came in between — the sign-in ends with it: Vaadin only drops its own
 * state from the HTTP session, so without this the browser's reload would find the user still signed in.
 */
@Component
class IdleSessionSignOut implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessionSignOut.class);
    private static final String HTTP_SESSION = IdleSessionSignOut.class.getName() + ".httpSession";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            session.setAttribute(HTTP_SESSION, session.getSession());
        });
        event.getSource().addSessionDestroyListener(destroy -> {
            if (destroy.getSession().getAttribute(HTTP_SESSION) instanceof WrappedSession httpSession) {
                destroy.getSession().setAttribute(HTTP_SESSION, null);
                try {
                    int timeout = httpSession.getMaxInactiveInterval();
                    httpSession.invalidate();
                    log.info("Vaadin closed an idle session (timeout {} s): signed out", timeout);
                } catch (IllegalStateException alreadyInvalidated) {
                    // logout, or ended by an administrator: nothing left to do
                }
            }
        });
    }
}
