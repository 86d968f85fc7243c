package cn.perfeval.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the steps' deadlines ({@code perfeval.deadlines.*}).
 *
 * @param reminderDays how many days before a step's due date its candidates are reminded; 0 or
 *     less: no reminders (the overdue notice still comes)
 */
@ConfigurationProperties("perfeval.deadlines")
record DeadlineProperties(Integer reminderDays) {

    DeadlineProperties {
        reminderDays = reminderDays == null ? 3 : reminderDays;
    }
}
