package com.chainleads.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in every test context, which tests may move forward (e.g. past a lockout) and must
 * {@link #reset()} afterwards. Without a move it is the application's own clock.
 */
@Component
@Primary
public class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(@Qualifier("clock") Clock base) {
        this.base = base;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
