package com.chainleads.base.summary;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which summary rows a figure adds up: some sectors and one unit by code (none = all; an unknown code matches
 * nothing), and what the caller may see — all units, or only {@code visibleUnit} (an officer's; none at all when
 * an officer has no unit).
 */
public record SummaryScope(
        Set<String> sectors,
        @Nullable String unit,
        boolean allUnitsVisible,
        @Nullable Long visibleUnit) {

    public SummaryScope {
        sectors = Set.copyOf(sectors);
    }

    /** Everything the caller may see, in every sector and unit. */
    public static SummaryScope visibleTo(boolean allUnitsVisible, @Nullable Long visibleUnit) {
        return new SummaryScope(Set.of(), null, allUnitsVisible, visibleUnit);
    }

    /** Appends {@code AND …} conditions on the row's {@code sector_id} and {@code unit_id} (columns of {@code alias}). */
    public void appendTo(StringBuilder sql, List<Object> arguments, String alias) {
        if (!sectors.isEmpty()) {
            sql.append(" AND ")
                    .append(alias)
                    .append("sector_id IN (SELECT id FROM sector WHERE code IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(sectors.size(), "?")))
                    .append("))");
            arguments.addAll(sectors.stream().sorted().toList());
        }
        appendUnitsTo(sql, arguments, alias);
    }

    /** Only the unit conditions (filter and visibility). */
    public void appendUnitsTo(StringBuilder sql, List<Object> arguments, String alias) {
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
