package com.chainleads.claim.service;

import com.chainleads.lead.service.LeadEdited;
import com.chainleads.lead.service.LeadHandedOver;
import com.chainleads.lead.service.LeadRegistered;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the rules of practice do when the lead register changes something, inside the register's transaction
 * (so a failure here undoes the change there): keep the investor-name keys, file 撞单 claims, tell the new owner
 * of a handover.
 */
@Component
class PracticeLeadEvents {

    private final InvestorNameIndex index;
    private final ClaimService claims;
    private final NotificationService notifications;
    private final AppUserRepository users;

    PracticeLeadEvents(
            InvestorNameIndex index, ClaimService claims, NotificationService notifications, AppUserRepository users) {
        this.index = index;
        this.claims = claims;
        this.notifications = notifications;
        this.users = users;
    }

    @EventListener
    void registered(LeadRegistered event) {
        index.store(event.leadId());
        if (event.claimReason() != null) {
            claims.file(event.leadId(), event.claimReason());
        }
    }

    @EventListener
    void edited(LeadEdited event) {
        if (event.investorChanged()) {
            index.store(event.leadId());
        }
        if (event.claimReason() != null) {
            claims.file(event.leadId(), event.claimReason());
        }
    }

    @EventListener
    void handedOver(LeadHandedOver event) {
        if (event.toOwnerId() == event.byUserId()) {
            return; // nobody needs telling what they did themselves
        }
        String by =
                users.findById(event.byUserId()).map(AppUser::getDisplayName).orElse("?");
        notifications.notify(
                event.toOwnerId(),
                NoticeMessage.of(
                                NoticeType.LEAD_HANDED_OVER,
                                "practice.notice.handedOver",
                                by,
                                event.leadNo(),
                                event.projectName())
                        .linkingTo("leads/" + event.leadId()));
    }
}
