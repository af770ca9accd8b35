package com.chainleads.transfer.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.transfer.cell.CellParsers;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Parsed;
import com.chainleads.transfer.cell.Problem;
import com.chainleads.transfer.cell.Text;
import com.chainleads.transfer.xlsx.ColumnSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an uploaded sheet, as a {@link ImportRowMapper} sees it. The typed getters parse a cell
 * tolerantly (see {@link CellParsers}), check the column's required flag, length and decimals, and record a
 * problem at the cell when something is wrong — then return {@code null}. A column missing from the file reads
 * as blank.
 */
public final class ImportRow {

    /** A problem and the column it belongs to ({@code null} for the whole row). */
    record CellProblem(@Nullable ColumnSpec column, Problem problem) {}

    private final int number;
    private final List<String> cells;
    private final Map<ColumnSpec, Integer> positions;
    private final List<CellProblem> problems = new ArrayList<>(2);
    private final List<Problem> notes = new ArrayList<>(1);

    ImportRow(int number, List<String> cells, Map<ColumnSpec, Integer> positions) {
        this.number = number;
        this.cells = cells;
        this.positions = positions;
    }

    /** The Excel row number (1-based), as the user sees it. */
    public int number() {
        return number;
    }

    /** Whether the file has this column. */
    public boolean has(ColumnSpec column) {
        return positions.containsKey(column);
    }

    /** The cell's text as read, untouched; {@code ""} when blank or the column is missing. */
    public String raw(ColumnSpec column) {
        Integer position = positions.get(column);
        return position == null || position >= cells.size() ? "" : cells.get(position);
    }

    public boolean isBlank(ColumnSpec column) {
        return Text.isBlank(raw(column));
    }

    /** Cleaned text, at most the column's {@code maxLength}. */
    public @Nullable String text(ColumnSpec column) {
        return parse(
                column,
                raw -> column.maxLength() > 0 ? CellParsers.text(raw, column.maxLength()) : CellParsers.text(raw));
    }

    /** A decimal with at most the column's {@code scale} decimals. */
    public @Nullable BigDecimal decimal(ColumnSpec column) {
        return parse(column, raw -> CellParsers.decimal(raw, column.scale()));
    }

    public @Nullable Long integer(ColumnSpec column) {
        return parse(column, CellParsers::integer);
    }

    public @Nullable LocalDate date(ColumnSpec column) {
        return parse(column, CellParsers::date);
    }

    public @Nullable Boolean bool(ColumnSpec column) {
        return parse(column, CellParsers::bool);
    }

    public @Nullable CreditCode creditCode(ColumnSpec column) {
        return parse(column, CellParsers::creditCode);
    }

    /** One of the allowed values, by code or label in either language. */
    public <E> @Nullable E choice(ColumnSpec column, Choices<E> choices) {
        return parse(column, choices::parse);
    }

    /** Any other parser; a blank required cell is a problem too. */
    public <V> @Nullable V parse(ColumnSpec column, Function<String, Parsed<V>> parser) {
        Parsed<V> parsed = parser.apply(raw(column));
        if (parsed.hasProblem()) {
            problems.add(new CellProblem(column, parsed.problem()));
            return null;
        }
        if (parsed.isEmpty() && column.required()) {
            problems.add(new CellProblem(column, Problem.of("transfer.problem.required")));
        }
        return parsed.orNull();
    }

    /** Records a problem at a cell, e.g. a rule of the form. */
    public void problem(ColumnSpec column, String key, Object... args) {
        problems.add(new CellProblem(column, Problem.of(key, args)));
    }

    /** Records a problem of the whole row. */
    public void problem(String key, Object... args) {
        problems.add(new CellProblem(null, Problem.of(key, args)));
    }

    /**
     * Records what importing this valid row will do that the user should know before applying, e.g. that it
     * updates a record already stored. Unlike a problem, a note never keeps the row out.
     */
    public void note(String key, Object... args) {
        notes.add(Problem.of(key, args));
    }

    List<Problem> notes() {
        return notes;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether this column already has a problem (to avoid piling up follow-up problems). */
    public boolean hasProblem(ColumnSpec column) {
        return problems.stream().anyMatch(p -> column.equals(p.column()));
    }

    List<CellProblem> problems() {
        return problems;
    }

    List<String> cells() {
        return cells;
    }
}
