/**
 * The {@link cn.perfeval.snapshot.ui.ChangesPanel} that the review screens show: what changed
 * since the round the reviewer last saw, or since any earlier round.
 */
@NamedInterface("ui")
package cn.perfeval.snapshot.ui;

import org.springframework.modulith.NamedInterface;
