package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserContact;
import cn.perfeval.identity.UserScope;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.workflow.Step;
import cn.perfeval.workflow.StepDeadlines;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The look-ups kept in the caches show a change as soon as it is made on this node. */
@PortalTest
class CachedLookupsTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Directory directory;
    @Autowired
    IdentityAdministration identity;
    @Autowired
    RoundService rounds;
    @Autowired
    java.time.Clock clock;
    @Autowired
    StepDeadlines deadlines;
    @Autowired
    AsUser as;

    @Test
    void a_department_described_anew_is_read_with_its_new_type_at_once() {
        long id = newDepartment("事业单位");
        assertThat(directory.department(id).type()).isEqualTo("事业单位");

        as.call("admin", () -> identity.describeDepartment(id, "行政单位", 12, 10, 1));

        DepartmentInfo read = directory.department(id);
        assertThat(read.type()).isEqualTo("行政单位");
        assertThat(directory.department(id).type()).isEqualTo("行政单位");
    }

    @Test
    void a_new_drafter_of_a_department_is_told_of_its_work_at_once() {
        long department = newDepartment("行政单位");
        assertThat(directory.usersWithRole(Role.DRAFTER, department, null)).isEmpty();
        String username = "cache-drafter-" + System.nanoTime();

        as.call("admin", () -> identity.createUser(username, "缓存填报人", TestAccounts.PASSWORD, Role.DRAFTER,
                department, null));

        assertThat(directory.usersWithRole(Role.DRAFTER, department, null)).extracting(UserContact::username)
                .containsExactly(username);
        assertThat(directory.contact(username)).isPresent();
    }

    @Test
    void a_finance_reviewer_sees_a_department_added_to_the_region_at_once() {
        String suffix = System.nanoTime() + "-" + SEQ.incrementAndGet();
        long region = as.call("admin", () -> identity.createRegion("缓存测试区" + suffix));
        long first = as.call("admin", () -> identity.createDepartment(region, "缓存测试局甲" + suffix, "行政单位"));
        UserScope finance = new UserScope(0L, "cache-finance", "缓存财政", Role.FINANCE_REVIEWER, null, region);
        assertThat(as.call("admin", () -> directory.visibility(finance)).departmentIds()).containsExactly(first);

        long second = as.call("admin", () -> identity.createDepartment(region, "缓存测试局乙" + suffix, "行政单位"));

        assertThat(as.call("admin", () -> directory.visibility(finance)).departmentIds())
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void changed_round_deadlines_give_the_new_due_date_at_once() {
        List<RoundInfo> open = as.call("admin", () -> rounds.list());
        int year = TestDocuments.freshYear(y -> open.stream().noneMatch(r -> r.year() == y));
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        LocalDate t = LocalDate.ofInstant(clock.instant(), Formats.ZONE); // the portal's clock, which tests move
        RoundInfo round = as.call("admin", () -> rounds.open(year, year + "年度缓存测试", new Deadlines(t.plusDays(10),
                t.plusDays(20), null, null), List.of(medical)));
        assertThat(deadlines.due(medical, year, Step.DRAFTING)).contains(t.plusDays(10));

        as.call("admin", () -> rounds.setDeadlines(round.id(), new Deadlines(t.plusDays(12), t.plusDays(20), null,
                null)));
        assertThat(deadlines.due(medical, year, Step.DRAFTING)).contains(t.plusDays(12));

        as.call("admin", () -> rounds.close(round.id()));
        assertThat(deadlines.due(medical, year, Step.DRAFTING)).isEmpty();
    }

    private long newDepartment(String type) {
        String suffix = System.nanoTime() + "-" + SEQ.incrementAndGet();
        long region = as.call("admin", () -> identity.createRegion("缓存区" + suffix));
        return as.call("admin", () -> identity.createDepartment(region, "缓存局" + suffix, type));
    }
}
