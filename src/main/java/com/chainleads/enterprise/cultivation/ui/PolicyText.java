package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.enterprise.cultivation.service.PolicyLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Says a reward policy's rule: "积分前 50 名，研发投入 ≥ 500 万元". */
final class PolicyText {

    private PolicyText() {}

    static String rule(PolicyLine policy, BiFunction<String, Object[], String> t) {
        List<String> parts = new ArrayList<>();
        if (policy.topN() != null) {
            parts.add(t.apply("cultivation.rule.topN", new Object[] {policy.topN()}));
        }
        if (policy.minPoints() != null) {
            parts.add(t.apply("cultivation.rule.minPoints", new Object[] {CriterionText.plain(policy.minPoints())}));
        }
        if (policy.minRdExpenseWan() != null) {
            parts.add(t.apply("cultivation.rule.minRd", new Object[] {CriterionText.plain(policy.minRdExpenseWan())}));
        }
        if (policy.requiredTier() != null) {
            parts.add(t.apply(
                    "cultivation.rule.tier",
                    new Object[] {t.apply(policy.requiredTier().translationKey(), new Object[0])}));
        }
        return parts.isEmpty()
                ? t.apply("cultivation.rule.all", new Object[0])
                : String.join(t.apply("cultivation.rule.and", new Object[0]), parts);
    }
}
