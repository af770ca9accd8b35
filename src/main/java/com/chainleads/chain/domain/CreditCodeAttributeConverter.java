package com.chainleads.chain.domain;

import com.chainleads.base.domain.CreditCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a {@link CreditCode} as its 18 characters; a stored code that is no longer valid fails loudly. */
@Converter
public class CreditCodeAttributeConverter implements AttributeConverter<CreditCode, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable CreditCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public @Nullable CreditCode convertToEntityAttribute(@Nullable String value) {
        return value == null ? null : new CreditCode(value);
    }
}
