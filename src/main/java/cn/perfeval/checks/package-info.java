/**
 * Checks on a report's figures (勾稽关系), parsing of indicator targets and actuals, scoring by the
 * national rules and the report's scoring framework, and sentences generated from the figures.
 * The rules live in {@code checks.core}, plain Java fed the report document; this package wires
 * them to the stored reports, the settings and the scoring frameworks kept as data.
 */
@ApplicationModule(displayName = "Checks")
package cn.perfeval.checks;

import org.springframework.modulith.ApplicationModule;
