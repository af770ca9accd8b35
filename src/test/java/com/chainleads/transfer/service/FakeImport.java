package com.chainleads.transfer.service;

import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.xlsx.ColumnSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A small import for tests: a code (the duplicate key), a name, an amount, a date, a category and a flag. Its
 * target keeps what it stores in memory and can be told which keys exist and to fail.
 */
public class FakeImport implements ImportDefinition<FakeImport.Item> {

    public record Item(
            int row,
            String code,
            String name,
            @Nullable BigDecimal amount,
            @Nullable LocalDate date,
            @Nullable String category,
            boolean flag) {}

    public static final ColumnSpec CODE =
            ColumnSpec.code("code", "编号", "Code").required().build();
    public static final ColumnSpec NAME =
            ColumnSpec.text("name", "名称", "Name").required().maxLength(10).build();
    public static final ColumnSpec AMOUNT =
            ColumnSpec.decimal("amount", "金额", "Amount").build();
    public static final ColumnSpec DATE = ColumnSpec.date("date", "日期", "Date").build();
    public static final Choices<String> CATEGORIES = Choices.<String>builder()
            .add("A", "A", "甲类", "Class A")
            .add("B", "B", "乙类", "Class B")
            .build();
    public static final ColumnSpec CATEGORY =
            ColumnSpec.choice("category", "类别", "Category", CATEGORIES).build();
    public static final ColumnSpec FLAG =
            ColumnSpec.bool("flag", "启用", "Enabled").build();

    /** The in-memory target. */
    public static class Target implements ImportTarget<Item> {
        public final List<Item> stored = new ArrayList<>();
        public final List<ImportSummary> finished = new ArrayList<>();
        public final Set<String> existing = new HashSet<>();
        public final List<Integer> existingCallSizes = new ArrayList<>();
        public Consumer<List<Item>> beforeStore = batch -> {};

        @Override
        public Set<String> existingKeys(Collection<String> keys, ImportContext context) {
            existingCallSizes.add(keys.size());
            return keys.stream().filter(existing::contains).collect(Collectors.toSet());
        }

        @Override
        public void store(List<Item> batch, ImportContext context) {
            beforeStore.accept(batch);
            stored.addAll(batch);
        }

        @Override
        public void finish(ImportSummary summary, ImportContext context) {
            finished.add(summary);
        }
    }

    private final ImportTarget<Item> target;

    public FakeImport(ImportTarget<Item> target) {
        this.target = target;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public String titleKey() {
        return "transfer.demo.title";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(CODE, NAME, AMOUNT, DATE, CATEGORY, FLAG);
    }

    @Override
    public ImportRowMapper<Item> mapper(ImportContext context) {
        return row -> {
            String code = row.text(CODE);
            String name = row.text(NAME);
            BigDecimal amount = row.decimal(AMOUNT);
            if (amount != null && amount.signum() < 0) {
                row.problem(AMOUNT, "transfer.demo.error.negative");
            }
            LocalDate date = row.date(DATE);
            String category = row.choice(CATEGORY, CATEGORIES);
            Boolean flag = row.bool(FLAG);
            if (row.hasProblems() || code == null || name == null) {
                return null;
            }
            return new Item(row.number(), code, name, amount, date, category, Boolean.TRUE.equals(flag));
        };
    }

    @Override
    public ImportTarget<Item> target() {
        return target;
    }

    @Override
    public @Nullable ColumnSpec keyColumn() {
        return CODE;
    }

    @Override
    public @Nullable String key(Item value) {
        return value.code().toUpperCase(java.util.Locale.ROOT);
    }
}
