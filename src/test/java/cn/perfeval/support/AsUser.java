package cn.perfeval.support;

import cn.perfeval.identity.RunAs;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Runs work signed in as one of the portal's real users, with that user's current rights. */
@Component
public class AsUser {

    private final RunAs runAs;

    AsUser(RunAs runAs) {
        this.runAs = runAs;
    }

    public <T> T call(String username, Supplier<T> work) {
        return runAs.call(username, work);
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
