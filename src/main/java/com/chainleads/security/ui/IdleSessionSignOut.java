package com.chainleads.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
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

    /** The HTTP session of each Vaadin session; Vaadin has let go of it by the time it reports the end. */
    private final Map<VaadinSession, WrappedSession> httpSessions = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init ->
                        httpSessions.put(init.getSession(), init.getSession().getSession()));
        event.getSource().addSessionDestroyListener(destroy -> {
            WrappedSession httpSession = httpSessions.remove(destroy.getSession());
            if (httpSession == null) {
                return;
            }
            try {
                httpSession.invalidate();
                log.debug("Vaadin session closed (e.g. idle for the session timeout): signed out");
            } catch (IllegalStateException alreadyInvalidated) {
                // logout, or ended by an administrator: nothing left to do
            }
        });
    }
}
