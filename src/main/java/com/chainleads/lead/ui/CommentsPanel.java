package com.chainleads.lead.ui;

import com.chainleads.base.domain.ValidationException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Notifications;
import com.chainleads.lead.service.CommentRow;
import com.chainleads.lead.service.FollowUpRules;
import com.chainleads.lead.service.LeadActivity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Leaders' comments (领导批示) on a lead; leaders and administrators write, everyone who sees the lead reads. */
class CommentsPanel extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button post = new Button();
    private final Div list = new Div();

    CommentsPanel(LeadActivity leads, long leadId, boolean canComment, Runnable onChange) {
        setPadding(false);
        text.setPlaceholder(getTranslation("lead.comment.placeholder"));
        text.setMaxLength(FollowUpRules.MAX_CONTENT);
        text.setWidthFull();
        post.setText(getTranslation("lead.comment.add"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> {
            try {
                leads.addComment(leadId, text.getValue());
                text.clear();
                text.setInvalid(false);
                Notifications.success(getTranslation("lead.comment.saved"));
                show(leads, leadId);
                onChange.run();
            } catch (ValidationException invalid) {
                text.setErrorMessage(getTranslation(invalid.messageKey(), invalid.args()));
                text.setInvalid(true);
            }
        });
        text.setVisible(canComment);
        post.setVisible(canComment);
        list.addClassName("cl-comments");
        add(text, post, list);
        show(leads, leadId);
    }

    private void show(LeadActivity leads, long leadId) {
        list.removeAll();
        var comments = leads.comments(leadId);
        if (comments.isEmpty()) {
            list.add(FollowUpsPanel.empty(getTranslation("lead.comment.empty")));
        }
        for (CommentRow comment : comments) {
            Span meta = new Span(comment.authorName() + " · " + Formats.dateTime(comment.createdAt()));
            meta.addClassName("cl-comment-meta");
            Paragraph body = new Paragraph(comment.content());
            body.addClassName("cl-comment-body");
            Div entry = new Div(meta, body);
            entry.addClassName("cl-comment");
            list.add(entry);
        }
    }
}
