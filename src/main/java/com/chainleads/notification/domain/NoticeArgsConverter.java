package com.chainleads.notification.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stores a notification's arguments as a small JSON array: a string is {@link NoticeArg.Text}, a number
 * {@link NoticeArg.Number}, {@code {"zh":…,"en":…}} {@link NoticeArg.Localized} and {@code {"key":…}}
 * {@link NoticeArg.Translated}. Readable in the database, and old rows stay readable when arguments change.
 */
@Converter
public class NoticeArgsConverter implements AttributeConverter<List<NoticeArg>, String> {

    // exact decimals both ways: 12.50 万元 stays 12.50, not 12.5
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    @Override
    public String convertToDatabaseColumn(@Nullable List<NoticeArg> args) {
        ArrayNode array = NODES.arrayNode();
        if (args != null) {
            for (NoticeArg arg : args) {
                if (arg instanceof NoticeArg.Text text) {
                    array.add(text.text());
                } else if (arg instanceof NoticeArg.Number number) {
                    array.add(number.number());
                } else if (arg instanceof NoticeArg.Localized localized) {
                    ObjectNode node = array.addObject();
                    node.put("zh", localized.zh());
                    node.put("en", localized.en());
                } else if (arg instanceof NoticeArg.Translated translated) {
                    array.addObject().put("key", translated.key());
                }
            }
        }
        return array.toString();
    }

    @Override
    public List<NoticeArg> convertToEntityAttribute(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            JsonNode root = JSON.readTree(json);
            List<NoticeArg> args = new ArrayList<>();
            for (JsonNode node : root) {
                args.add(toArg(node));
            }
            return List.copyOf(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable notification arguments: " + json, e);
        }
    }

    private static NoticeArg toArg(JsonNode node) {
        if (node.isNumber()) {
            return new NoticeArg.Number(node.decimalValue());
        }
        if (node.isObject() && node.has("key")) {
            return new NoticeArg.Translated(node.get("key").asText());
        }
        if (node.isObject()) {
            return new NoticeArg.Localized(
                    node.path("zh").asText(""), node.path("en").asText(""));
        }
        return new NoticeArg.Text(node.asText());
    }
}
