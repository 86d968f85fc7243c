package cn.perfeval.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the steps' deadlines ({@code perfeval.deadlines.*}).
 *
 * @param reminderDays how many days before a step's due date its candidates are reminded; 0 or
 *     less: no reminders (the overdue notice still comes)
 * @param declarationReviewDays how many days a declaration's bureau review and finance approval each
 *     have from the day they begin (a declaration has no round); 0 or less: no due date
 */
@ConfigurationProperties("perfeval.deadlines")
record DeadlineProperties(Integer reminderDays, Integer declarationReviewDays) {

    DeadlineProperties {
        reminderDays = reminderDays == null ? 3 : reminderDays;
        declarationReviewDays = declarationReviewDays == null ? 10 : declarationReviewDays;
    }
}
