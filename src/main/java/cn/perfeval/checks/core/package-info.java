/**
 * The rules engine, in plain Java: no Spring, no JPA. Fed a {@link cn.perfeval.report.ReportDocument},
 * it returns {@link cn.perfeval.checks.core.Finding}s. A value that a document does not state is
 * unknown, not zero: no finding is ever made from it.
 */
@NamedInterface("core")
package cn.perfeval.checks.core;

import org.springframework.modulith.NamedInterface;
