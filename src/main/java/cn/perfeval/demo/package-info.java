/**
 * Demo data for the embedded default: region 米易县 with 米易县医疗保障局 and 米易县财政局, one
 * user per role, and the 米易 2022 reports at several steps of their route, moved there through
 * the real services as the demo users.
 */
@ApplicationModule(displayName = "Demo data")
package cn.perfeval.demo;

import org.springframework.modulith.ApplicationModule;
