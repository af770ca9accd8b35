package com.chainleads.lead.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadNumberFields;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTextFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a lead's fields and stages, without the database. Creating a lead asks only for what 线索登记
 * needs; more becomes required as the stage advances. The form shows the same requirements; the service
 * re-checks them on every save and stage change.
 */
public final class LeadRules {

    /** The longest text each text field keeps (its column's length): the form, the import and the checks here. */
    private static final Map<String, Integer> MAX_LENGTHS = maxLengths();

    private static Map<String, Integer> maxLengths() {
        Map<String, Integer> lengths = new HashMap<>(Map.of(
                "projectName", 200, "investorName", 200, "referrer", 100, "lostReason", 500, "claimReason", 500));
        LeadTextFields.ALL.forEach(field -> lengths.put(field.name(), field.maxLength()));
        return Map.copyOf(lengths);
    }

    private static final Map<LeadStage, Set<String>> REQUIRED = new EnumMap<>(LeadStage.class);

    static {
        Set<String> required = new LinkedHashSet<>(List.of("projectName", "investorName", "sectorId", "channel"));
        REQUIRED.put(LeadStage.REGISTERED, Set.copyOf(required));
        required.addAll(List.of("chainLinkId", "projectType", "totalInvestment"));
        REQUIRED.put(LeadStage.SCREENING, Set.copyOf(required));
        required.addAll(List.of("investorType", "originRegion"));
        REQUIRED.put(LeadStage.CONTACT, Set.copyOf(required));
        required.addAll(List.of("creditCode", "chainPurpose"));
        REQUIRED.put(LeadStage.NEGOTIATING, Set.copyOf(required));
        required.addAll(List.of("signedOn", "signedAmount"));
        REQUIRED.put(LeadStage.SIGNED, Set.copyOf(required));
        required.add("plannedStartOn");
        REQUIRED.put(LeadStage.INCORPORATED, Set.copyOf(required));
        required.add("actualStartOn");
        REQUIRED.put(LeadStage.CONSTRUCTION, Set.copyOf(required));
        required.add("actualProductionOn");
        REQUIRED.put(LeadStage.PRODUCTION, Set.copyOf(required));
        REQUIRED.put(LeadStage.FULL_CAPACITY, Set.copyOf(required));
        REQUIRED.put(LeadStage.ON_HOLD, REQUIRED.get(LeadStage.REGISTERED));
        Set<String> lost = new LinkedHashSet<>(REQUIRED.get(LeadStage.REGISTERED));
        lost.add("lostReason");
        REQUIRED.put(LeadStage.LOST, Set.copyOf(lost));
    }

    private LeadRules() {}

    /** The fields a lead in {@code stage} must have (names of {@link LeadDraft} properties). */
    public static Set<String> requiredFields(LeadStage stage) {
        return Collections.unmodifiableSet(REQUIRED.get(stage));
    }

    /** Every problem of the draft for a lead in {@code stage}, checked against {@code today}. */
    public static List<FieldProblem> validate(LeadDraft draft, LeadStage stage, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> required = requiredFields(stage);
        for (String field : required) {
            if (isMissing(draft, field)) {
                problems.add(new FieldProblem(field, "lead.error.required"));
            }
        }
        if (referrerMissing(draft.getChannel(), draft.getReferrer())) {
            problems.add(new FieldProblem("referrer", "lead.error.referrerRequired"));
        }
        maxLength(problems, "projectName", draft.getProjectName());
        maxLength(problems, "investorName", draft.getInvestorName());
        maxLength(problems, "referrer", draft.getReferrer());
        LeadTextFields.ALL.forEach(field -> maxLength(problems, field.name(), draft.text(field)));
        maxLength(problems, "lostReason", draft.getLostReason());
        maxLength(problems, "claimReason", draft.getClaimReason());
        if (!draft.getCreditCode().isBlank()) {
            CreditCode.Problem problem = CreditCode.check(draft.getCreditCode());
            if (problem != null) {
                problems.add(new FieldProblem("creditCode", problem.translationKey()));
            }
        }
        amount(problems, "totalInvestment", draft.getTotalInvestment());
        amount(problems, "signedAmount", draft.getSignedAmount());
        amount(problems, "fundsReceived", draft.getFundsReceived());
        for (LeadNumberField field : LeadNumberFields.ALL) {
            String problem = numberProblem(field, draft.number(field));
            if (problem != null) {
                problems.add(new FieldProblem(field.name(), problem));
            }
        }
        BigDecimal fixedAssets = draft.number(Economics.FIXED_ASSET_INVESTMENT);
        if (fixedAssets != null
                && draft.getTotalInvestment() != null
                && fixedAssets.compareTo(draft.getTotalInvestment()) > 0) {
            problems.add(new FieldProblem(Economics.FIXED_ASSET_INVESTMENT.name(), "lead.error.fixedAboveTotal"));
        }
        notInFuture(problems, "signedOn", draft.getSignedOn(), today);
        notInFuture(problems, "actualStartOn", draft.getActualStartOn(), today);
        notInFuture(problems, "actualProductionOn", draft.getActualProductionOn(), today);
        notBefore(problems, "actualStartOn", draft.getActualStartOn(), "signedOn", draft.getSignedOn());
        notBefore(problems, "plannedStartOn", draft.getPlannedStartOn(), "signedOn", draft.getSignedOn());
        notBefore(
                problems,
                "actualProductionOn",
                draft.getActualProductionOn(),
                "actualStartOn",
                draft.getActualStartOn());
        notBefore(
                problems,
                "plannedProductionOn",
                draft.getPlannedProductionOn(),
                "plannedStartOn",
                draft.getPlannedStartOn());
        return problems;
    }

    /** Whether a lead may move from {@code from} to {@code to}; problems name the comment or reason field. */
    public static List<FieldProblem> checkTransition(
            LeadStage from, LeadStage to, @Nullable String comment, @Nullable String lostReason) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean hasComment = comment != null && !comment.isBlank();
        if (from == to) {
            problems.add(new FieldProblem("target", "lead.stage.error.same"));
        } else if (from == LeadStage.FULL_CAPACITY) {
            problems.add(new FieldProblem("target", "lead.stage.error.final"));
        } else if (to == LeadStage.LOST) {
            if ((lostReason == null || lostReason.isBlank()) && !hasComment) {
                problems.add(new FieldProblem("lostReason", "lead.stage.error.reasonRequired"));
            }
        } else if (from == LeadStage.LOST) {
            if (!LeadStage.BEFORE_SIGNING.contains(to)) {
                problems.add(new FieldProblem("target", "lead.stage.error.reopenBeforeSigning"));
            } else if (!hasComment) {
                problems.add(new FieldProblem("comment", "lead.stage.error.commentRequired"));
            }
        } else if (to.isMainLine() && from.isMainLine() && to.rank() < from.rank()) {
            if (from.reached(LeadStage.SIGNED) && !to.reached(LeadStage.SIGNED)) {
                problems.add(new FieldProblem("target", "lead.stage.error.backAfterSigning"));
            } else if (!hasComment) {
                problems.add(new FieldProblem("comment", "lead.stage.error.commentRequired"));
            }
        }
        return problems;
    }

    private static boolean isMissing(LeadDraft draft, String field) {
        Object value = switch (field) {
            case "projectName" -> draft.getProjectName();
            case "investorName" -> draft.getInvestorName();
            case "creditCode" -> draft.getCreditCode();
            case "investorType" -> draft.getInvestorType();
            case "sectorId" -> draft.getSectorId();
            case "chainLinkId" -> draft.getChainLinkId();
            case "chainPurpose" -> draft.getChainPurpose();
            case "projectType" -> draft.getProjectType();
            case "totalInvestment" -> draft.getTotalInvestment();
            case "channel" -> draft.getChannel();
            case "originRegion" -> draft.getOriginRegion();
            case "signedOn" -> draft.getSignedOn();
            case "signedAmount" -> draft.getSignedAmount();
            case "plannedStartOn" -> draft.getPlannedStartOn();
            case "actualStartOn" -> draft.getActualStartOn();
            case "actualProductionOn" -> draft.getActualProductionOn();
            case "lostReason" -> draft.getLostReason();
            default -> throw new IllegalArgumentException("Unknown field " + field);
        };
        return value == null || (value instanceof String text && text.isBlank());
    }

    // ---- the rules of single fields: the form checks them as the user types, validate() on every save ------

    /** The longest text the field keeps. */
    public static int maxLength(String field) {
        Integer max = MAX_LENGTHS.get(field);
        if (max == null) {
            throw new IllegalArgumentException("No length rule for " + field);
        }
        return max;
    }

    /**
     * What is wrong with an amount in 万元 of one of the lead's own money fields (总投资, 签约金额, 到位资金), as a
     * translation key, or {@code null}: negative, larger than its column holds, more than two decimals.
     */
    public static @Nullable String amountProblem(@Nullable BigDecimal value) {
        return LeadNumberField.Measure.MONEY.problem(value);
    }

    /** What is wrong with the value of a group's plain number field, by its measure, or {@code null}. */
    public static @Nullable String numberProblem(LeadNumberField field, @Nullable BigDecimal value) {
        return field.measure().problem(value);
    }

    /** A lead brought by a referrer (引荐人) names them. */
    public static boolean referrerMissing(@Nullable LeadChannel channel, String referrer) {
        return channel == LeadChannel.REFERRER && referrer.isBlank();
    }

    private static void maxLength(List<FieldProblem> problems, String field, String value) {
        int max = maxLength(field);
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "lead.error.tooLong", max));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, @Nullable BigDecimal value) {
        String problem = amountProblem(value);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }

    private static void notInFuture(
            List<FieldProblem> problems, String field, @Nullable LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "lead.error.future"));
        }
    }

    private static void notBefore(
            List<FieldProblem> problems,
            String field,
            @Nullable LocalDate date,
            String earlierField,
            @Nullable LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            problems.add(new FieldProblem(field, "lead.error.before." + earlierField));
        }
    }
}
