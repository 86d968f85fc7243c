package cn.perfeval.audit;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals the audit log on the first start with a key, before the portal or a command runs, and
 * refuses to start with a key other than the one that sealed it (decision 0046).
 */
@Component
class AuditSealing {

    private final AuditLog log;

    AuditSealing(AuditLog log) {
        this.log = log;
    }

    @EventListener(ApplicationStartedEvent.class)
    void sealOnStart() {
        log.sealIfNeeded();
    }
}
