/**
 * Performance target declarations (绩效目标申报表): a department's overall or a project's targets of
 * a year (overall target, funds, indicator tree) as a JSON document, its versions (each approved
 * one kept, adjustments included), the checks a declaration must pass before it is submitted, the
 * record of its route and the approved targets in force for the checks of a self-evaluation. Every
 * read and write is scoped to the departments the caller may see.
 */
@ApplicationModule(displayName = "Declaration")
package cn.perfeval.declaration;

import org.springframework.modulith.ApplicationModule;
