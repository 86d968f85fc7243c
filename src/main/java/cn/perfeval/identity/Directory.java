package cn.perfeval.identity;

import cn.perfeval.base.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisation tree and tells which departments a user may see. */
@Service
@Transactional(readOnly = true)
public class Directory {

    /** Caches of the look-ups read on every request; evicted by the changes (see base.CacheConfiguration). */
    static final String DEPARTMENTS = "departments";
    static final String VISIBILITY = "visibility";
    static final String USERS = "users";

    private final DepartmentRepository departments;
    private final AppUserRepository users;

    Directory(DepartmentRepository departments, AppUserRepository users) {
        this.departments = departments;
        this.users = users;
    }

    /**
     * The enabled users who hold the role in the department (drafters, bureau reviewers), in the
     * region (finance reviewers) or, with neither given, anywhere (the administrators): whom to tell
     * that a report's step waits on them. Open to background work, which runs as nobody.
     */
    @PreAuthorize("permitAll()")
    @Cacheable(cacheNames = USERS, key = "'role:' + #role + ':' + #departmentId + ':' + #regionId")
    public List<UserContact> usersWithRole(Role role, Long departmentId, Long regionId) {
        List<AppUser> found = departmentId != null
                ? users.findByRoleAndDepartmentIdAndEnabledTrueOrderByUsername(role, departmentId)
                : regionId != null ? users.findByRoleAndRegionIdAndEnabledTrueOrderByUsername(role, regionId)
                : users.findByRoleAndEnabledTrueOrderByUsername(role);
        return found.stream().map(UserContact::of).toList();
    }

    /** A user's contact, if the user exists. */
    @PreAuthorize("permitAll()")
    @Cacheable(cacheNames = USERS, key = "'contact:' + #username")
    public Optional<UserContact> contact(String username) {
        return users.findByUsername(username).map(UserContact::of);
    }

    @PreAuthorize("permitAll()")
    @Cacheable(DEPARTMENTS)
    public DepartmentInfo department(long id) {
        return departments.findById(id).map(Department::info)
                .orElseThrow(() -> new NotFoundException("error.department.not-found", id));
    }

    /** The named departments in one query, by id (for lists of reports). */
    @PreAuthorize("permitAll()")
    public java.util.Map<Long, DepartmentInfo> departmentsById(java.util.Collection<Long> ids) {
        return departments.findAllById(Set.copyOf(ids)).stream().map(Department::info)
                .collect(Collectors.toUnmodifiableMap(DepartmentInfo::id, d -> d));
    }

    @PreAuthorize("permitAll()")
    public Optional<DepartmentInfo> departmentNamed(String name) {
        return departments.findByName(name).map(Department::info);
    }

    @PreAuthorize("isAuthenticated()")
    public List<DepartmentInfo> departments() {
        return departments.findAll().stream().map(Department::info)
                .sorted(Comparator.comparing(DepartmentInfo::name)).toList();
    }

    /**
     * The departments whose reports the user may see; empty for a user who sees none, and
     * {@link Visibility#everything()} for an administrator.
     */
    @PreAuthorize("isAuthenticated()")
    @Cacheable(cacheNames = VISIBILITY, key = "#user.role() + ':' + #user.departmentId() + ':' + #user.regionId()")
    public Visibility visibility(UserScope user) {
        return switch (user.role()) {
            case ADMIN -> Visibility.everything();
            case DRAFTER, BUREAU_REVIEWER -> user.departmentId() == null
                    ? Visibility.nothing() : new Visibility(false, Set.of(user.departmentId()));
            case FINANCE_REVIEWER -> user.regionId() == null ? Visibility.nothing()
                    : new Visibility(false, departments.findByRegionId(user.regionId()).stream()
                            .map(Department::getId).collect(Collectors.toUnmodifiableSet()));
            case AUDITOR, SECURITY_ADMIN -> Visibility.nothing();
        };
    }

    /**
     * The user's colleagues: the other enabled users of the same role and the same department
     * (drafters and bureau reviewers) or region (finance reviewers), by username. None for the
     * three administrators, who share no work.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Colleague> colleagues(UserScope user) {
        if (user.role().isAdministrator()) {
            return List.of();
        }
        return users.findByRoleAndEnabledTrueOrderByUsernameAsc(user.role()).stream()
                .filter(u -> !u.getUsername().equals(user.username()))
                .filter(u -> sameScope(u.scope(), user))
                .map(u -> new Colleague(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    private static boolean sameScope(UserScope other, UserScope user) {
        return user.role() == Role.FINANCE_REVIEWER
                ? user.regionId() != null && user.regionId().equals(other.regionId())
                : user.departmentId() != null && user.departmentId().equals(other.departmentId());
    }

    /** A set of departments, or all of them. */
    public record Visibility(boolean all, Set<Long> departmentIds) {

        public static Visibility everything() {
            return new Visibility(true, Set.of());
        }

        public static Visibility nothing() {
            return new Visibility(false, Set.of());
        }

        public boolean includes(long departmentId) {
            return all || departmentIds.contains(departmentId);
        }
    }
}
