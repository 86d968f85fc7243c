package cn.perfeval.identity;

import cn.perfeval.base.LookupCaches;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates regions, departments and users. The system administrator keeps the organisation and
 * the users of the business roles; the users of the three administrator roles are the security
 * administrator's to create.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class IdentityAdministration {

    private final LookupCaches caches;
    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    IdentityAdministration(RegionRepository regions, DepartmentRepository departments, AppUserRepository users,
            Passwords passwords, ApplicationEventPublisher events, CurrentUser currentUser, java.time.Clock clock,
            LookupCaches caches) {
        this.caches = caches;
        this.clock = clock;
        this.regions = regions;
        this.departments = departments;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** A region or department needs a name that says something. */
    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new cn.perfeval.base.InvalidInputException(java.util.List.of(
                    cn.perfeval.base.FieldProblem.of("name", "error.organisation.name-required")));
        }
    }

    private String actor() {
        return currentUser.find().map(UserScope::username).orElse("system");
    }

    public long createRegion(String name) {
        requireName(name);
        caches.changed(Directory.DEPARTMENTS, Directory.VISIBILITY, Directory.USERS);
        if (regions.findByName(name).isPresent()) {
            throw new ActionRefusedException("error.region.exists", name);
        }
        long id = regions.save(new Region(name)).getId();
        events.publishEvent(new AccountEvents.OrganisationChanged("region", name, actor()));
        return id;
    }

    public long createDepartment(long regionId, String name, String type) {
        requireName(name);
        caches.changed(Directory.DEPARTMENTS, Directory.VISIBILITY, Directory.USERS);
        if (departments.findByName(name).isPresent()) {
            throw new ActionRefusedException("error.department.exists", name);
        }
        Region region = regions.findById(regionId)
                .orElseThrow(() -> new NotFoundException("error.region.not-found", regionId));
        long id = departments.save(new Department(region, name, type)).getId();
        events.publishEvent(new AccountEvents.OrganisationChanged("department", name, actor()));
        return id;
    }

    /** The regions, by name. */
    @Transactional(readOnly = true)
    public List<RegionInfo> regions() {
        return regions.findAll().stream().map(r -> new RegionInfo(r.getId(), r.getName()))
                .sorted(java.util.Comparator.comparing(RegionInfo::name)).toList();
    }

    /** Records a department's type and staffing (counts may be unknown, never negative). */
    public DepartmentInfo describeDepartment(long id, String type, Integer authorized, Integer actual,
            Integer retired) {
        caches.changed(Directory.DEPARTMENTS, Directory.VISIBILITY, Directory.USERS);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        for (var count : java.util.Map.of("authorized", java.util.Optional.ofNullable(authorized), "actual",
                java.util.Optional.ofNullable(actual), "retired", java.util.Optional.ofNullable(retired)).entrySet()) {
            if (count.getValue().filter(n -> n < 0).isPresent()) {
                problems.add(FieldProblem.of(count.getKey(), "doc.count.negative", count.getValue().get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Department department = departments.findById(id)
                .orElseThrow(() -> new NotFoundException("error.department.not-found", id));
        department.describe(type == null || type.isBlank() ? null : type.strip(), authorized, actual, retired);
        events.publishEvent(new AccountEvents.OrganisationChanged("department", department.getName(), actor()));
        return departments.saveAndFlush(department).info();
    }

    /** The users of the business roles (the administrators are the security administrator's). */
    @Transactional(readOnly = true)
    public List<Account> businessUsers() {
        java.time.Instant now = clock.instant();
        return users.findAllByOrderByUsernameAsc().stream().filter(u -> !u.getRole().isAdministrator())
                .map(u -> Account.of(u, now)).toList();
    }

    /**
     * Creates a user with an initial password that follows the password policy. Drafters and
     * bureau reviewers belong to a department, finance reviewers to a region; the three
     * administrators to neither. The system administrator creates users of the business roles,
     * the security administrator those of the administrator roles.
     */
    @PreAuthorize("#role != null and ((hasRole('ADMIN') and !#role.administrator)"
            + " or (hasRole('SECURITY_ADMIN') and #role.administrator))")
    public long createUser(String username, String displayName, String rawPassword, Role role, Long departmentId,
            Long regionId) {
        caches.changed(Directory.DEPARTMENTS, Directory.VISIBILITY, Directory.USERS);
        if (users.findByUsername(username).isPresent()) {
            throw new ActionRefusedException("error.user.exists", username);
        }
        Department department = departmentId == null ? null : departments.findById(departmentId)
                .orElseThrow(() -> new NotFoundException("error.department.not-found", departmentId));
        Region region = regionId == null ? null : regions.findById(regionId)
                .orElseThrow(() -> new NotFoundException("error.region.not-found", regionId));
        boolean needsDepartment = role == Role.DRAFTER || role == Role.BUREAU_REVIEWER;
        if (needsDepartment != (department != null) || (role == Role.FINANCE_REVIEWER) != (region != null)) {
            throw new ActionRefusedException("error.user.scope-mismatch", new LocalizedMessage("role." + role.name()));
        }
        AppUser user = new AppUser(username, displayName, "", role, department, region);
        List<FieldProblem> problems = passwords.problems("password", user, rawPassword, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user = users.save(new AppUser(username, displayName, passwords.encode(rawPassword), role, department, region));
        passwords.remember(user);
        events.publishEvent(new AccountEvents.UserCreated(username, role, actor()));
        return user.getId();
    }

    /**
     * Sets the e-mail address notifications are mailed to, or removes it (blank). The system
     * administrator keeps those of the business users, the security administrator those of the
     * administrators.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECURITY_ADMIN')")
    public void setEmail(String username, String email) {
        caches.changed(Directory.DEPARTMENTS, Directory.VISIBILITY, Directory.USERS);
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("error.user.not-found", username));
        UserScope caller = currentUser.require();
        if (user.getRole().isAdministrator() != caller.has(Role.SECURITY_ADMIN)) {
            throw new ActionRefusedException("error.user.email-not-yours");
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInputException(List.of(FieldProblem.of("email", "error.user.email-invalid", address)));
        }
        user.setEmail(address);
        users.save(user);
        events.publishEvent(new AccountEvents.EmailChanged(username, address, actor()));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }
}
