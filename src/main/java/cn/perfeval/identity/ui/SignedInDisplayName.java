package cn.perfeval.identity.ui;

import cn.perfeval.base.ui.SignedInName;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.UserScope;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user's display name, from the scope the login loaded. */
@Component
class SignedInDisplayName implements SignedInName {

    private final CurrentUser current;

    SignedInDisplayName(CurrentUser current) {
        this.current = current;
    }

    @Override
    public Optional<String> displayName() {
        return current.find().map(UserScope::displayName).filter(name -> !name.isBlank());
    }
}
