package com.chainleads.construction.summary;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which summary rows a figure adds up: some sectors and one unit by code (none = all; an unknown code matches
 * nothing), and what the caller may see — all units, or only {@code visibleUnit} (none when null).
 */
public record FigureScope(
        Set<String> sectors,
        @Nullable String unit,
        boolean allUnitsVisible,
        @Nullable Long visibleUnit) {

    public FigureScope {
        sectors = Set.copyOf(sectors);
    }

    void appendTo(StringBuilder sql, List<Object> arguments, String alias) {
        if (!sectors.isEmpty()) {
            sql.append(" AND ")
                    .append(alias)
                    .append("sector_id IN (SELECT id FROM sector WHERE code IN (")
                    .append(String.join(", ", Collections.nCopies(sectors.size(), "?")))
                    .append("))");
            arguments.addAll(sectors.stream().sorted().toList());
        }
        if (unit != null) {
            sql.append(" AND ").append(alias).append("unit_id IN (SELECT id FROM org_unit WHERE code = ?)");
            arguments.add(unit);
        }
        if (!allUnitsVisible) {
            if (visibleUnit == null) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND ").append(alias).append("unit_id = ?");
                arguments.add(visibleUnit);
            }
        }
    }
}
