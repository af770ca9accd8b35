package com.chainleads.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** The next lead number of one year; locked while a number is taken, so numbers are unique. */
@Entity
@Table(name = "lead_number_counter")
public class LeadNumberCounter {

    @Id
    @Column(name = "counter_year")
    private int counterYear;

    @Column(name = "next_value", nullable = false)
    private int nextValue;

    /** Null until saved, which tells Spring Data to insert rather than merge the assigned id. */
    @Version
    @Column(nullable = false)
    private @Nullable Long version;

    protected LeadNumberCounter() {}

    public LeadNumberCounter(int counterYear) {
        this.counterYear = counterYear;
        this.nextValue = 1;
    }

    /** Takes the next number and advances the counter. */
    public int take() {
        return nextValue++;
    }

    /** Takes {@code count} consecutive numbers at once and returns the first. */
    public int take(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        int first = nextValue;
        nextValue += count;
        return first;
    }

    public int getCounterYear() {
        return counterYear;
    }
}
