/**
 * The public side of the portal: published reports by year, region and department, readable
 * without login. Unpublished reports do not exist here.
 */
@ApplicationModule(displayName = "Publication")
package cn.perfeval.publication;

import org.springframework.modulith.ApplicationModule;
