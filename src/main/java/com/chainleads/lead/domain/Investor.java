package com.chainleads.lead.domain;

import com.chainleads.base.domain.CreditCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 投资主体: the enterprise that invests — its name, its unified social credit code and its kind. Shown in the
 * form's basic section; the name and the code are what 撞单 detection compares.
 *
 * <p>To add a plain text field: a column here with its accessors, its descriptor in {@link #TEXT_FIELDS}, a
 * Liquibase change and the two {@code lead.field.<name>} lines; see README "Adding a lead field".
 */
@Embeddable
public class Investor {

    /** 对接领导: the district leader who handles this investor. */
    public static final LeadTextField CONTACT_LEADER = LeadTextField.text(
            "contactLeader",
            "contact_leader",
            50,
            12,
            Lead::getInvestor,
            Investor::getContactLeader,
            Investor::setContactLeader);

    /** The group's plain text fields, in the order of the form, the spreadsheet and the history. */
    public static final List<LeadTextField> TEXT_FIELDS = List.of(CONTACT_LEADER);

    @Column(name = "investor_name", nullable = false, length = 200)
    private String name = "";

    /**
     * Kept as its 18 characters so queries compare it as text; the service stores only checked codes, so
     * {@link #getCreditCode} fails loudly on a code that is no longer valid, as {@code LocalEnterprise}'s does.
     */
    @Column(name = "credit_code", length = 18)
    private @Nullable String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "investor_type", length = 20)
    private @Nullable InvestorType type;

    @Column(name = "contact_leader", length = 50)
    private @Nullable String contactLeader;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable CreditCode getCreditCode() {
        return creditCode == null ? null : new CreditCode(creditCode);
    }

    public void setCreditCode(@Nullable CreditCode creditCode) {
        this.creditCode = creditCode == null ? null : creditCode.value();
    }

    public @Nullable InvestorType getType() {
        return type;
    }

    public void setType(@Nullable InvestorType type) {
        this.type = type;
    }

    public @Nullable String getContactLeader() {
        return contactLeader;
    }

    public void setContactLeader(@Nullable String contactLeader) {
        this.contactLeader = contactLeader;
    }
}
