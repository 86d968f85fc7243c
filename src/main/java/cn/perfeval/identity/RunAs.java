package cn.perfeval.identity;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Carries out work that a user asked for earlier on that user's behalf, with exactly the user's
 * current authorities and scope (e.g. a publication the user scheduled, run by the process's
 * timer). A user who is disabled or locked by then cannot be acted for.
 */
@Component
public class RunAs {

    private final PortalUserDetailsService users;
    private final SecurityContextHolderStrategy contexts;

    RunAs(PortalUserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.users = users;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T call(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new IllegalStateException("Cannot act for " + username + ": the account is disabled or locked");
        }
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
