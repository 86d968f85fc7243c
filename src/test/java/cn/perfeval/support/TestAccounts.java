package cn.perfeval.support;

import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Accounts of their own for tests that lock, reset or change them, so that the demo users stay as they are. */
@Component
public class TestAccounts {

    /** The password every test account starts with. */
    public static final String PASSWORD = "Perfeval#2026";

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final IdentityAdministration identity;
    private final Directory directory;
    private final AsUser as;

    TestAccounts(IdentityAdministration identity, Directory directory, AsUser as) {
        this.identity = identity;
        this.directory = directory;
        this.as = as;
    }

    /** A new drafter of 米易县医疗保障局 whose name starts with the given prefix. */
    public String drafter(String prefix) {
        return drafterNamed(prefix + NEXT.getAndIncrement());
    }

    /** A new drafter of 米易县医疗保障局 with the given name. */
    public String drafterNamed(String username) {
        long department = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> identity.createUser(username, "测试用户 " + username, PASSWORD, Role.DRAFTER, department,
                null));
        return username;
    }

    /** A new user of one of the three administrator roles, created by the security administrator. */
    public String administrator(String prefix, Role role) {
        String username = prefix + NEXT.getAndIncrement();
        as.run("security", () -> identity.createUser(username, "测试管理员 " + username, PASSWORD, role, null, null));
        return username;
    }
}
