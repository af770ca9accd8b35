package com.chainleads.construction.ui;

import com.chainleads.construction.service.EvidenceRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;

/**
 * Links to evidence files: served by {@link EvidenceController} (which checks the lead's visibility on every
 * request), never from a static folder. A photo shows as its thumbnail and opens full size in a new tab; a PDF
 * as an icon with its name.
 */
final class EvidenceLinks {

    private EvidenceLinks() {}

    static String url(long evidenceId, boolean thumbnail) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String context = request == null ? "" : request.getContextPath();
        return context + EvidenceController.PATH + "/" + evidenceId + (thumbnail ? "/thumbnail" : "");
    }

    static Anchor link(EvidenceRow file) {
        Anchor anchor = new Anchor(url(file.id(), false), "");
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener");
        anchor.addClassName("cl-evidence");
        anchor.getElement().setAttribute("title", file.fileName());
        if (file.isImage()) {
            Image image = new Image(url(file.id(), true), file.fileName());
            image.addClassName("cl-evidence-thumb");
            anchor.add(image);
        } else {
            Span name = new Span(file.fileName());
            name.addClassName("cl-evidence-name");
            anchor.add(VaadinIcon.FILE_TEXT_O.create(), name);
            anchor.addClassName("cl-evidence-pdf");
        }
        return anchor;
    }
}
