package com.chainleads.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The descriptors of the value groups' plain number and date fields agree with their columns and labels. */
class LeadNumberAndDateFieldsTest {

    private static final List<Class<?>> GROUPS = List.of(Economics.class, SiteNeeds.class, Milestones.class);

    @Test
    void eachPlainFieldHasItsOwnNameAndColumnAmongAllPlainFields() {
        List<String> names = Stream.of(
                        LeadTextFields.ALL.stream().map(LeadTextField::name),
                        LeadNumberFields.ALL.stream().map(LeadNumberField::name),
                        LeadDateFields.ALL.stream().map(LeadDateField::name))
                .flatMap(s -> s)
                .toList();
        List<String> columns = Stream.of(
                        LeadTextFields.ALL.stream().map(LeadTextField::column),
                        LeadNumberFields.ALL.stream().map(LeadNumberField::column),
                        LeadDateFields.ALL.stream().map(LeadDateField::column))
                .flatMap(s -> s)
                .toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(columns).doesNotHaveDuplicates();
    }

    @Test
    void eachNumberDescriptorNamesAColumnOfItsGroupThatHoldsItsMeasure() {
        for (LeadNumberField field : LeadNumberFields.ALL) {
            Column column = column(field.column()).orElseThrow(() -> new AssertionError(field + "'s column"));
            if (field.isCount()) {
                assertThat(column.precision()).as(field.name()).isZero();
            } else {
                assertThat(column.scale())
                        .as(field.name())
                        .isEqualTo(field.measure().scale());
                // the largest value the measure allows fits the column's digits
                assertThat(field.measure().max().precision()).as(field.name()).isLessThanOrEqualTo(column.precision());
            }
        }
    }

    @Test
    void eachDateDescriptorNamesAColumnOfItsGroup() {
        for (LeadDateField field : LeadDateFields.ALL) {
            assertThat(column(field.column())).as(field.name() + "'s column").isPresent();
        }
    }

    @Test
    void eachPlainNumberAndDateIsReadAndWrittenThroughItsGroup() throws Exception {
        var constructor = Lead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        for (LeadNumberField field : LeadNumberFields.ALL) {
            Lead lead = constructor.newInstance();
            field.write(lead, new BigDecimal("42"));
            assertThat(field.read(lead)).as(field.name()).isEqualByComparingTo("42");
            field.write(lead, null);
            assertThat(field.read(lead)).as(field.name()).isNull();
        }
        for (LeadDateField field : LeadDateFields.ALL) {
            Lead lead = constructor.newInstance();
            field.write(lead, LocalDate.of(2027, 1, 2));
            assertThat(field.read(lead)).as(field.name()).isEqualTo(LocalDate.of(2027, 1, 2));
        }
    }

    @Test
    void eachMeasureRefusesNegativesTooManyDecimalsAndTooLargeValues() {
        for (LeadNumberField.Measure measure : LeadNumberField.Measure.values()) {
            assertThat(measure.problem(BigDecimal.ONE.negate()))
                    .as(measure.name())
                    .isNotNull();
            assertThat(measure.problem(measure.max())).as(measure.name()).isNull();
            assertThat(measure.problem(measure.max().add(BigDecimal.ONE)))
                    .as(measure.name())
                    .isNotNull();
            assertThat(measure.problem(new BigDecimal("1.5").movePointLeft(measure.scale())))
                    .as(measure.name())
                    .isNotNull();
        }
    }

    @Test
    void eachPlainFieldIsLabelledInChineseAndEnglishAndEachUnitToo() throws IOException {
        for (String file : List.of("i18n/lead_zh_CN.properties", "i18n/lead_en.properties")) {
            Properties labels = load(file);
            Stream.concat(
                            LeadNumberFields.ALL.stream().map(LeadNumberField::labelKey),
                            LeadDateFields.ALL.stream().map(LeadDateField::labelKey))
                    .forEach(key -> assertThat(labels.getProperty(key))
                            .as(file + " " + key)
                            .isNotBlank());
            Arrays.stream(LeadNumberField.Measure.values())
                    .map(LeadNumberField.Measure::unitKey)
                    .filter(key -> key != null)
                    .forEach(key -> assertThat(labels.getProperty(key))
                            .as(file + " " + key)
                            .isNotBlank());
        }
    }

    private static Optional<Column> column(String name) {
        return GROUPS.stream()
                .flatMap(group -> Arrays.stream(group.getDeclaredFields()))
                .map(f -> f.getAnnotation(Column.class))
                .filter(c -> c != null && c.name().equals(name))
                .findFirst();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LeadNumberAndDateFieldsTest.class.getClassLoader().getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
