package com.chainleads.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The live sessions of the portal. Spring Security's {@link SessionRegistry} knows who is signed in to which
 * session; this keeps the sessions themselves, so that disabling a user (or a password change) can end that
 * user's sessions at once: the session is invalidated, Vaadin closes its UIs, and the browser's next request
 * lands on the login page.
 * <p>
 * It also applies {@code server.servlet.session.timeout} to every new session to the second (Tomcat's own
 * setting counts whole minutes). Vaadin's {@code closeIdleSessions} then closes a session that saw no user
 * request for that long, even while the browser keeps sending heartbeats.
 */
@Component
public class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;
    private final int timeoutSeconds;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    UserSessions(SessionRegistry registry, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.registry = registry;
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(timeoutSeconds);
        sessions.put(session.getId(), session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session of the user (e.g. disabled, role changed, password reset by an administrator). */
    public int endSessionsOf(long userId) {
        return end(userId, null);
    }

    /** Like {@link #endSessionsOf}, but only once the current transaction commits (not at all on rollback). */
    public void endSessionsAfterCommit(long userId) {
        afterCommit(() -> end(userId, null));
    }

    /** Ends the user's sessions except the one of the current request (after changing one's own password). */
    public void endOtherSessionsAfterCommit(long userId) {
        String current = currentSessionId();
        afterCommit(() -> end(userId, current));
    }

    /** How many sessions the user is signed in to. */
    public int countSessionsOf(long userId) {
        return sessionsOf(userId).size();
    }

    private int end(long userId, @Nullable String keep) {
        int ended = 0;
        for (SessionInformation info : sessionsOf(userId)) {
            if (info.getSessionId().equals(keep)) {
                continue;
            }
            info.expireNow();
            HttpSession session = sessions.remove(info.getSessionId());
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // ended meanwhile: fine
                }
            }
            registry.removeSessionInformation(info.getSessionId());
            ended++;
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user #{}", ended, userId);
        }
        return ended;
    }

    private List<SessionInformation> sessionsOf(long userId) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AppUserPrincipal user && user.userId() == userId)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
