package cn.perfeval.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password policy and lockout settings a new database starts with ({@code perfeval.security.*});
 * from then on the security administrator edits them on the portal.
 */
@ConfigurationProperties("perfeval.security")
record AccountSecurityProperties(@DefaultValue Password password, @DefaultValue Lockout lockout) {

    record Password(@DefaultValue("8") int minLength, @DefaultValue("3") int minClasses,
            @DefaultValue("5") int history) {
    }

    record Lockout(@DefaultValue("5") int threshold, @DefaultValue("15") int minutes) {
    }

    PasswordRules rules() {
        return new PasswordRules(password.minLength(), password.minClasses(), password.history(), lockout.threshold(),
                lockout.minutes());
    }
}
