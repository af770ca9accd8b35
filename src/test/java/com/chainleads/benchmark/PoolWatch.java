package com.chainleads.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Samples the connection pool every millisecond while a load case runs: how many connections were busy at most
 * and how many requests waited for one, so the pool's size comes from measurement.
 */
final class PoolWatch {

    private final int size;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile int maxActive;
    private volatile int maxWaiting;
    private volatile long samples;
    private volatile long samplesWithWaiting;

    private PoolWatch(HikariDataSource hikari) {
        size = hikari.getMaximumPoolSize();
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        sampler = new Thread(
                () -> {
                    while (running) {
                        int active = pool.getActiveConnections();
                        int waiting = pool.getThreadsAwaitingConnection();
                        maxActive = Math.max(maxActive, active);
                        maxWaiting = Math.max(maxWaiting, waiting);
                        samples++;
                        if (waiting > 0) {
                            samplesWithWaiting++;
                        }
                        try {
                            Thread.sleep(1);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "pool-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static PoolWatch start(DataSource dataSource) {
        try {
            return new PoolWatch(dataSource.unwrap(HikariDataSource.class));
        } catch (SQLException e) {
            throw new IllegalStateException("The benchmark expects a Hikari pool", e);
        }
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    @Override
    public String toString() {
        return String.format(
                "%d connections, at most %d busy at once, at most %d requests waiting for one "
                        + "(waiting in %.1f %% of %,d samples)",
                size, maxActive, maxWaiting, samples == 0 ? 0 : 100.0 * samplesWithWaiting / samples, samples);
    }
}
