package cn.perfeval.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The user on whose behalf the current request runs. */
@Component
public class CurrentUser {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(AppUserRepository users, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.users = users;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public UserScope require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    public Optional<UserScope> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user.scope());
        }
        // Principals made elsewhere (e.g. test support) are looked up by name.
        return users.findByUsername(auth.getName()).map(AppUser::scope);
    }
}
