/**
 * The {@link cn.perfeval.evidence.ui.EvidencePanel} that the step screens and the report page
 * show below the report: the list of evidence files with their download links, and, while the
 * report is being drafted, the upload and delete.
 */
@NamedInterface("ui")
package cn.perfeval.evidence.ui;

import org.springframework.modulith.NamedInterface;
