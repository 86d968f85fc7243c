package cn.perfeval.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user on whose behalf the current request runs. */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public UserScope require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    public Optional<UserScope> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
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
