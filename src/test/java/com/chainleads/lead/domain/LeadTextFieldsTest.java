package com.chainleads.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The descriptors of the value groups' plain text fields agree with their columns and their labels. */
class LeadTextFieldsTest {

    private static final List<Class<?>> GROUPS = List.of(Investor.class, SiteNeeds.class);

    @Test
    void eachPlainFieldHasItsOwnNameAndColumn() {
        assertThat(LeadTextFields.ALL).extracting(LeadTextField::name).doesNotHaveDuplicates();
        assertThat(LeadTextFields.ALL).extracting(LeadTextField::column).doesNotHaveDuplicates();
    }

    @Test
    void eachDescriptorNamesAColumnOfItsGroupWithTheSameLength() {
        for (LeadTextField field : LeadTextFields.ALL) {
            Optional<Column> column = GROUPS.stream()
                    .flatMap(group -> Arrays.stream(group.getDeclaredFields()))
                    .map(f -> f.getAnnotation(Column.class))
                    .filter(c -> c != null && c.name().equals(field.column()))
                    .findFirst();
            assertThat(column).as(field.name() + "'s column " + field.column()).isPresent();
            assertThat(column.orElseThrow().length()).as(field.name()).isEqualTo(field.maxLength());
        }
    }

    @Test
    void eachPlainFieldIsReadAndWrittenThroughItsGroupBlankAsNothing() throws Exception {
        var constructor = Lead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        for (LeadTextField field : LeadTextFields.ALL) {
            Lead lead = constructor.newInstance();
            field.write(lead, "  某值 ");
            assertThat(field.read(lead)).as(field.name()).isEqualTo("某值");
            field.write(lead, "   ");
            assertThat(field.read(lead)).as(field.name()).isNull();
        }
    }

    @Test
    void eachPlainFieldIsLabelledInChineseAndEnglish() throws IOException {
        for (String file : List.of("i18n/lead_zh_CN.properties", "i18n/lead_en.properties")) {
            Properties labels = load(file);
            assertThat(LeadTextFields.ALL)
                    .as(file)
                    .allSatisfy(field -> assertThat(labels.getProperty(field.labelKey()))
                            .as(field.labelKey())
                            .isNotBlank());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LeadTextFieldsTest.class.getClassLoader().getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
