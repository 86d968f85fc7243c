/**
 * Screens of the checks module (scoring frameworks for administrators) and the
 * {@link cn.perfeval.checks.ui.FindingsPanel} every step's screen shows beside the report.
 */
@NamedInterface("ui")
package cn.perfeval.checks.ui;

import org.springframework.modulith.NamedInterface;
