package com.chainleads.transfer.service;

import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The import definitions registered as beans, found by name; a real definition wins over a fallback (demo). */
@Service
@PermitAll
public class ImportDefinitions {

    private final List<ImportDefinition<?>> definitions;

    ImportDefinitions(List<ImportDefinition<?>> definitions) {
        this.definitions = definitions.stream()
                .sorted(Comparator.comparing(ImportDefinition::fallback))
                .toList();
    }

    public Optional<ImportDefinition<?>> find(String name) {
        return definitions.stream()
                .filter(definition -> definition.name().equals(name))
                .findFirst();
    }

    public ImportDefinition<?> require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("No import definition named " + name));
    }
}
