package cn.perfeval.identity.ui;

import cn.perfeval.identity.AccountSecurity;
import cn.perfeval.identity.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user who signed in with a temporary password goes to the change-password screen, whichever
 * screen they asked for, until they have chosen their own password. Logging out stays possible.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountSecurity accounts;

    PasswordChangeGuard(CurrentUser currentUser, AccountSecurity accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (currentUser.find().isPresent() && accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
