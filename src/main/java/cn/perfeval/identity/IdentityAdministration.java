package cn.perfeval.identity;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates regions, departments and users. Administrators only. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class IdentityAdministration {

    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;

    IdentityAdministration(RegionRepository regions, DepartmentRepository departments, AppUserRepository users,
            PasswordEncoder passwords) {
        this.regions = regions;
        this.departments = departments;
        this.users = users;
        this.passwords = passwords;
    }

    public long createRegion(String name) {
        if (regions.findByName(name).isPresent()) {
            throw new ActionRefusedException("error.region.exists", name);
        }
        return regions.save(new Region(name)).getId();
    }

    public long createDepartment(long regionId, String name, String type) {
        if (departments.findByName(name).isPresent()) {
            throw new ActionRefusedException("error.department.exists", name);
        }
        Region region = regions.findById(regionId)
                .orElseThrow(() -> new NotFoundException("error.region.not-found", regionId));
        return departments.save(new Department(region, name, type)).getId();
    }

    /**
     * Creates a user. Drafters and bureau reviewers belong to a department, finance reviewers to
     * a region; administrators and auditors to neither.
     */
    public long createUser(String username, String displayName, String rawPassword, Role role, Long departmentId,
            Long regionId) {
        if (users.findByUsername(username).isPresent()) {
            throw new ActionRefusedException("error.user.exists", username);
        }
        Department department = departmentId == null ? null : departments.findById(departmentId)
                .orElseThrow(() -> new NotFoundException("error.department.not-found", departmentId));
        Region region = regionId == null ? null : regions.findById(regionId)
                .orElseThrow(() -> new NotFoundException("error.region.not-found", regionId));
        boolean needsDepartment = role == Role.DRAFTER || role == Role.BUREAU_REVIEWER;
        if (needsDepartment != (department != null) || (role == Role.FINANCE_REVIEWER) != (region != null)) {
            throw new ActionRefusedException("error.user.scope-mismatch", role);
        }
        return users.save(new AppUser(username, displayName, passwords.encode(rawPassword), role, department, region))
                .getId();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }
}
