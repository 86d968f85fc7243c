package cn.perfeval.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findAllByOrderByUsernameAsc();

    long countByRole(Role role);

    List<AppUser> findByRoleAndEnabledTrueOrderByUsernameAsc(Role role);

    List<AppUser> findByRoleAndEnabledTrueOrderByUsername(Role role);

    List<AppUser> findByRoleAndDepartmentIdAndEnabledTrueOrderByUsername(Role role, Long departmentId);

    List<AppUser> findByRoleAndRegionIdAndEnabledTrueOrderByUsername(Role role, Long regionId);

    /** Counts one more failed login; in one statement, so that simultaneous failures all count. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countFailure(@Param("username") String username);

    /** Locks the account once the failures reach the threshold; 1 if this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.lockedUntil = :until, u.failedLogins = 0"
            + " where u.username = :username and u.failedLogins >= :threshold")
    int lockWhenReached(@Param("username") String username, @Param("threshold") int threshold,
            @Param("until") Instant until);

    /** After a successful login: no failures on record, and a lock that has run out is gone. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = 0, u.lockedUntil = null"
            + " where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int forgetFailures(@Param("username") String username, @Param("now") Instant now);
}
