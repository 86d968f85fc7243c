/**
 * Review comments on a report: a thread per report, by round; comments pinned by the reviewers to
 * a part of the report, a row and a column (an {@link cn.perfeval.review.PinAnchor}); answers; and
 * the resolution of pins by the drafter or the pin's author. A comment keeps the round it was
 * written in and is frozen once that round has closed.
 */
@ApplicationModule(displayName = "Review")
package cn.perfeval.review;

import org.springframework.modulith.ApplicationModule;
