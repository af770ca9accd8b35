package com.chainleads.transfer.xlsx;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column of an importable sheet: its header in both languages (either is recognised on import, as are
 * aliases), what kind of value it holds, whether it is required, its width and — for choices — the allowed
 * values that become the template's dropdown. Built with {@link #text}, {@link #decimal} and friends.
 */
public final class ColumnSpec {

    /** What a column holds; decides the template's cell format, dropdown and instructions. */
    public enum Kind {
        TEXT,
        CODE,
        DECIMAL,
        INTEGER,
        DATE,
        BOOLEAN,
        CHOICE
    }

    private final String id;
    private final String headerZh;
    private final String headerEn;
    private final Kind kind;
    private final boolean required;
    private final int width;
    private final int maxLength;
    private final int scale;
    private final @Nullable Choices<?> choices;
    private final String helpZh;
    private final String helpEn;
    private final List<String> aliases;

    private ColumnSpec(Builder builder) {
        this.id = builder.id;
        this.headerZh = builder.headerZh;
        this.headerEn = builder.headerEn;
        this.kind = builder.kind;
        this.required = builder.required;
        this.width = builder.width;
        this.maxLength = builder.maxLength;
        this.scale = builder.scale;
        this.choices = builder.choices;
        this.helpZh = builder.helpZh;
        this.helpEn = builder.helpEn;
        this.aliases = List.copyOf(builder.aliases);
    }

    public static Builder text(String id, String headerZh, String headerEn) {
        return new Builder(id, headerZh, headerEn, Kind.TEXT, 20);
    }

    /** A code typed as text (credit code, numbers with leading zeros): the template formats it as text. */
    public static Builder code(String id, String headerZh, String headerEn) {
        return new Builder(id, headerZh, headerEn, Kind.CODE, 22);
    }

    /** A decimal, by default with at most two decimals (amounts in 万元). */
    public static Builder decimal(String id, String headerZh, String headerEn) {
        return new Builder(id, headerZh, headerEn, Kind.DECIMAL, 14).scale(2);
    }

    public static Builder integer(String id, String headerZh, String headerEn) {
        return new Builder(id, headerZh, headerEn, Kind.INTEGER, 12).scale(0);
    }

    public static Builder date(String id, String headerZh, String headerEn) {
        return new Builder(id, headerZh, headerEn, Kind.DATE, 13);
    }

    public static Builder bool(String id, String headerZh, String headerEn) {
        return new Builder(id, headerZh, headerEn, Kind.BOOLEAN, 10);
    }

    public static Builder choice(String id, String headerZh, String headerEn, Choices<?> choices) {
        Builder builder = new Builder(id, headerZh, headerEn, Kind.CHOICE, 16);
        builder.choices = choices;
        return builder;
    }

    public String id() {
        return id;
    }

    public String header(Locale locale) {
        return AppLocales.isEnglish(locale) ? headerEn : headerZh;
    }

    public String headerZh() {
        return headerZh;
    }

    public String headerEn() {
        return headerEn;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** Width in characters. */
    public int width() {
        return width;
    }

    /** Longest text accepted, in characters; 0 for no limit. */
    public int maxLength() {
        return maxLength;
    }

    /** Most decimals accepted for numbers. */
    public int scale() {
        return scale;
    }

    public @Nullable Choices<?> choices() {
        return choices;
    }

    public String help(Locale locale) {
        return AppLocales.isEnglish(locale) ? helpEn : helpZh;
    }

    public List<String> aliases() {
        return aliases;
    }

    /**
     * Whether a header cell names this column: by its Chinese or English header or an alias, ignoring case,
     * spaces, full-width forms and the required marker {@code *} or （必填）.
     */
    public boolean matchesHeader(@Nullable String header) {
        String key = headerKey(header);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(headerKey(headerZh)) || key.equals(headerKey(headerEn)) || key.equals(headerKey(id))) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> key.equals(headerKey(alias)));
    }

    /** The comparable form of a header cell. */
    public static String headerKey(@Nullable String header) {
        String key = Text.lookupKey(header).replace("*", "");
        for (String marker : List.of("(必填)", "(required)", "(选填)", "(optional)")) {
            key = key.replace(marker, "");
        }
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnSpec spec && spec.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnSpec[" + id + "]";
    }

    /** Fluent construction of a {@link ColumnSpec}. */
    public static final class Builder {

        private final String id;
        private final String headerZh;
        private final String headerEn;
        private final Kind kind;
        private boolean required;
        private int width;
        private int maxLength;
        private int scale;
        private @Nullable Choices<?> choices;
        private String helpZh = "";
        private String helpEn = "";
        private final List<String> aliases = new ArrayList<>();

        private Builder(String id, String headerZh, String headerEn, Kind kind, int width) {
            this.id = Objects.requireNonNull(id);
            this.headerZh = Objects.requireNonNull(headerZh);
            this.headerEn = Objects.requireNonNull(headerEn);
            this.kind = kind;
            this.width = width;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder width(int characters) {
            this.width = characters;
            return this;
        }

        public Builder maxLength(int characters) {
            this.maxLength = characters;
            return this;
        }

        public Builder scale(int decimals) {
            this.scale = decimals;
            return this;
        }

        public Builder help(String zh, String en) {
            this.helpZh = zh;
            this.helpEn = en;
            return this;
        }

        public Builder aliases(String... names) {
            this.aliases.addAll(Arrays.asList(names));
            return this;
        }

        public ColumnSpec build() {
            return new ColumnSpec(this);
        }
    }
}
