/**
 * Screens of the report module, and the {@link cn.perfeval.report.ui.ReportSheet} component that
 * shows a report's parts (editable while drafting) on every step's screen.
 */
@NamedInterface("ui")
package cn.perfeval.report.ui;

import org.springframework.modulith.NamedInterface;
