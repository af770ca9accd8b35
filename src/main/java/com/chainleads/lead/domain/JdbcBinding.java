package com.chainleads.lead.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Binding lead values to JDBC batches written behind Hibernate (imports, demo and benchmark data): nulls typed. */
public final class JdbcBinding {

    private JdbcBinding() {}

    /** A UTC wall-clock timestamp, as Hibernate writes instants with hibernate.jdbc.time_zone=UTC. */
    public static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static void text(PreparedStatement s, int i, @Nullable String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    public static void number(PreparedStatement s, int i, @Nullable Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    public static void decimal(PreparedStatement s, int i, @Nullable BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DECIMAL);
        } else {
            s.setBigDecimal(i, value);
        }
    }

    /** A value group's plain number field: a count as an integer column, the others as decimals. */
    public static void number(PreparedStatement s, int i, LeadNumberField field, @Nullable BigDecimal value)
            throws SQLException {
        if (field.isCount()) {
            number(s, i, value == null ? null : value.longValueExact());
        } else {
            decimal(s, i, value);
        }
    }

    public static void date(PreparedStatement s, int i, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(value));
        }
    }
}
