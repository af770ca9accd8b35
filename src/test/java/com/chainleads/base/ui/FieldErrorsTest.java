package com.chainleads.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private final TextField name = new TextField();

    @Test
    void theNamedFieldShowsTheMessage() {
        assertThat(FieldErrors.show(Map.of("name", name), "name", "已有同名企业")).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("已有同名企业");
    }

    @Test
    void anUnknownOrMissingFieldIsLeftToTheCallerAndNothingIsMarked() {
        assertThat(FieldErrors.show(Map.of("name", name), "creditCode", "校验位不正确"))
                .isFalse();
        assertThat(FieldErrors.show(Map.of("name", name), null, "校验位不正确")).isFalse();
        assertThat(name.isInvalid()).isFalse();
    }
}
