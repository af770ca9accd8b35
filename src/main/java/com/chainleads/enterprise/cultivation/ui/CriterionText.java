package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.enterprise.cultivation.domain.CriterionKind;
import com.chainleads.enterprise.cultivation.domain.TierCriteria;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Says one criterion's result: "研发投入占比 3.2%，要求 ≥ 4%，差 0.8 个百分点". */
final class CriterionText {

    private CriterionText() {}

    static String of(TierCriteria.Result result, BiFunction<String, Object[], String> t) {
        CriterionKind.Unit unit = result.kind().unit();
        String name = t.apply(result.kind().translationKey(), new Object[0]);
        String unitText = t.apply("cultivation.unit." + unit.name(), new Object[0]);
        String value = result.value() == null
                ? t.apply("cultivation.result.unreported", new Object[0])
                : plain(result.value()) + unitText;
        String required = result.threshold().signum() == 0
                ? t.apply("cultivation.result.positive", new Object[0])
                : t.apply("cultivation.result.atLeast", new Object[] {plain(result.threshold()) + unitText});
        if (result.met()) {
            return t.apply("cultivation.result.met", new Object[] {name, value, required});
        }
        String gapUnit = t.apply("cultivation.gapUnit." + unit.name(), new Object[0]);
        return t.apply(
                "cultivation.result.missing", new Object[] {name, value, required, plain(result.gap()) + gapUnit});
    }

    static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
