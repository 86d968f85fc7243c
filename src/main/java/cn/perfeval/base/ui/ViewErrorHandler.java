package cn.perfeval.base.ui;

import cn.perfeval.base.PerfevalException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The safety net behind every screen: a refusal a view did not handle becomes a clear message in
 * the user's language instead of a stack trace; anything unexpected is logged.
 */
@Component
class ViewErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ViewErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Error outside a UI", error.getThrowable());
                return;
            }
            Throwable cause = rootOfInterest(error.getThrowable());
            ui.access(() -> {
                if (cause instanceof PerfevalException refusal) {
                    Notifications.error(refusal);
                } else if (cause instanceof AccessDeniedException) {
                    Notifications.error(ui.getTranslation("error.forbidden"));
                } else if (cn.perfeval.base.DatabaseFaults.unavailable(error.getThrowable())) {
                    // Nothing on the screen is cleared: the user saves again once the database is back.
                    log.warn("A view's request failed: the database is unavailable ({})", error.getThrowable().toString());
                    Notifications.error(ui.getTranslation("error.database-unavailable"));
                } else if (cause instanceof OptimisticLockingFailureException) {
                    Notifications.error(ui.getTranslation("error.concurrent-change"));
                } else {
                    log.error("Unexpected error in a view", error.getThrowable());
                    Notifications.error(ui.getTranslation("error.unexpected"));
                }
            });
        }));
    }

    private static Throwable rootOfInterest(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof PerfevalException || current instanceof AccessDeniedException
                    || current instanceof OptimisticLockingFailureException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
