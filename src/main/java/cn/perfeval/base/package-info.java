/**
 * Shared foundations: the localized exceptions every module throws, the REST problem-detail
 * mapping, and the UI shell (main layout, error handler, small shared components).
 * Depends on no other module.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package cn.perfeval.base;

import org.springframework.modulith.ApplicationModule;
