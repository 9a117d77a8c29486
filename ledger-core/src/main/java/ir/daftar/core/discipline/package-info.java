/**
 * Discipline (A34-A38, ADR 1200): a {@link ir.daftar.core.discipline.DisciplinaryCase} opened from a complaint,
 * an accepted inspection finding or a reported violation, heard by a Primary and, where appealable, an Appeal
 * {@link ir.daftar.core.discipline.DisciplinaryBoard}; its final ruling is executed on the office's licence by
 * {@link ir.daftar.core.discipline.RulingExecution}.
 */
package ir.daftar.core.discipline;
