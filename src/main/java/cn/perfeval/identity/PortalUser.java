package cn.perfeval.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: Spring Security's user plus the portal's scope. */
class PortalUser extends User {

    private final UserScope scope;

    PortalUser(AppUser user) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(user.scope().role().authority())));
        this.scope = user.scope();
    }

    UserScope scope() {
        return scope;
    }
}
