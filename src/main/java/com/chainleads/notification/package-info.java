/**
 * In-app notifications (站内通知): other features tell a user about a 撞单 claim or ruling, a handover or an
 * overdue follow-up; the user sees them behind the bell in the header and on the notifications view.
 * Features send through {@link com.chainleads.notification.service.NotificationService} from their own
 * transactions; a notification exists (and the bell rings) only when that transaction commits.
 */
@NullMarked
package com.chainleads.notification;

import org.jspecify.annotations.NullMarked;
