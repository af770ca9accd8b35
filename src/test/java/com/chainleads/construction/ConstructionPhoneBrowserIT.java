package com.chainleads.construction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.evidence.TestImages;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: an officer on a 390 px phone opens a signed lead's 项目建设 tab, records a milestone's actual date with a
 * photo from the camera (the upload's file input), and sees the thumbnail the server made; the full photo is
 * served without its GPS tag, and an officer of another unit gets 404 for it.
 */
@BrowserTest
class ConstructionPhoneBrowserIT extends BrowserJourney {

    @Autowired
    SignedLeads signedLeads;

    @Autowired
    Clock clock;

    @Test
    void anOfficerOnAPhoneRecordsAMilestoneWithAPhotoAndSeesItsThumbnail() {
        LeadDetails lead = signedLeads.signedBy("officer1");
        page.setViewportSize(390, 844);
        login("officer1", "demo123");
        page.navigate(url("leads/" + lead.id()));

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("项目建设")).click();
        Locator land = page.locator(".cl-milestone", new Page.LocatorOptions().setHasText("供地/拿地"));
        assertThat(land).isVisible();
        assertThat(land.boundingBox().width)
                .as("a milestone card fits the phone")
                .isLessThanOrEqualTo(390);
        land.locator("vaadin-button").click();

        String reached = LocalDate.now(clock).minusDays(2).toString();
        Locator actual =
                page.locator("vaadin-dialog-overlay vaadin-date-picker").nth(1);
        actual.locator("input").fill(reached);
        actual.locator("input").press("Enter");
        Locator upload = page.locator("vaadin-dialog-overlay vaadin-upload");
        assertThat(upload.locator("input[type=file]")).hasAttribute("accept", "image/*,application/pdf");
        upload.locator("input[type=file]")
                .setInputFiles(new FilePayload("site.jpg", "image/jpeg", TestImages.jpegWithGps(400, 300)));
        assertThat(page.locator("vaadin-dialog-overlay .cl-evidence-chip")).containsText("site.jpg");
        screenshot("construction-phone-record");
        page.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("保存"))
                .first()
                .click();

        Locator thumbnail = land.locator("img.cl-evidence-thumb");
        assertThat(thumbnail).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
        assertThat(land).hasAttribute("data-status", "DONE_ON_TIME");
        assertThat(land).containsText(reached);
        assertThat(land).containsText("李明");
        screenshot("construction-phone-tab");

        String src = thumbnail.getAttribute("src");
        String full = src.replace("/thumbnail", "");
        APIResponse photo = page.request().get(url(full));
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.headers().get("content-type")).isEqualTo("image/jpeg");
        assertThat(com.chainleads.construction.evidence.JpegExif.hasExif(photo.body()))
                .isFalse();

        browserContext.clearCookies();
        login("officer2", "demo123");
        assertThat(page.request().get(url(full)).status()).isEqualTo(404);
        assertThat(page.request().get(url(src)).status()).isEqualTo(404);
    }
}
