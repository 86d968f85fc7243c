/**
 * Who is who: regions, departments and users with their single role, password hashing, the
 * security configuration, and the scope that says which departments' reports a user may see.
 */
@ApplicationModule(displayName = "Identity")
package cn.perfeval.identity;

import org.springframework.modulith.ApplicationModule;
