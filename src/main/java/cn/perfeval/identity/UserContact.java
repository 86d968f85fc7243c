package cn.perfeval.identity;

/** Whom to tell something: a user's name, display name and e-mail address (null when none is known). */
public record UserContact(String username, String displayName, String email) {

    static UserContact of(AppUser user) {
        return new UserContact(user.getUsername(), user.getDisplayName(), user.getEmail());
    }
}
