package com.chainleads.construction;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.StageChangeRequest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Test data: a lead of the user's unit signed 60 days ago, 总投资 20,000 万元, made through the lead register. */
@Component
public class SignedLeads {

    private final SignIn signIn;
    private final LeadService leads;
    private final ChainReferenceService chains;
    private final Clock clock;

    SignedLeads(SignIn signIn, LeadService leads, ChainReferenceService chains, Clock clock) {
        this.signIn = signIn;
        this.leads = leads;
        this.chains = chains;
        this.clock = clock;
    }

    public LeadDetails signedBy(String officer) {
        return signIn.as(officer, () -> {
            LeadDetails lead = leads.create(registered("建设项目"));
            LeadDraft full = lead.draft();
            ChainLinkOption link = chains.allLinks().get(0);
            full.setSectorId(link.sectorId());
            full.setChainLinkId(link.id());
            full.setProjectType(ProjectType.NEW);
            full.setTotalInvestment(new BigDecimal("20000"));
            full.setInvestorType(InvestorType.PRIVATE);
            full.setOriginRegion(OriginRegion.YANGTZE_DELTA);
            full.setCreditCode(creditCode());
            full.setChainPurpose(ChainPurpose.FILL_GAP);
            LeadDetails saved = leads.update(lead.id(), lead.version(), full);
            saved = leads.changeStage(saved.id(), saved.version(), StageChangeRequest.to(LeadStage.NEGOTIATING, null));
            return leads.changeStage(
                    saved.id(),
                    saved.version(),
                    new StageChangeRequest(
                            LeadStage.SIGNED,
                            "签约",
                            LocalDate.now(clock).minusDays(60),
                            new BigDecimal("18000"),
                            null,
                            null,
                            null,
                            null));
        });
    }

    /** A lead just registered (线索登记), before any signing. */
    public LeadDetails registeredBy(String officer) {
        return signIn.as(officer, () -> leads.create(registered("未签约项目")));
    }

    private LeadDraft registered(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(name);
        draft.setInvestorName(name + "投资有限公司");
        draft.setSectorId(chains.sectors().get(0).id());
        draft.setChannel(LeadChannel.EXPO);
        return draft;
    }

    private static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder("91420000");
        Random random = new Random();
        for (int i = 0; i < 8; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCode.complete(body.toString()).value();
    }
}
