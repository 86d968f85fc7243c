package cn.perfeval.workflow;

import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration waiting for the current user: which one, at which status (its step), since when,
 * due when (null: no due date, as in drafting).
 */
public record DeclarationTask(DeclarationSummary declaration, DeclarationStatus status, Instant since,
        LocalDate due) {
}
