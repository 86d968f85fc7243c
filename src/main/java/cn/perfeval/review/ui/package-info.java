/**
 * The review's components for the step screens: the {@link cn.perfeval.review.ui.CommentThreadPanel}
 * (a report's comments by round, answers, resolving pins, new comments and pins) and the
 * {@link cn.perfeval.review.ui.OpenPinsList} (the pins nobody has resolved yet).
 */
@NamedInterface("ui")
package cn.perfeval.review.ui;

import org.springframework.modulith.NamedInterface;
