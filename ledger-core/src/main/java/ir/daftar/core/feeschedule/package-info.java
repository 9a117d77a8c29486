/**
 * Office service fee schedules (A22(c), A24; ADR 0921): versioned schedules (service -> amount in rials, effective
 * date), each proposed by the Advisory Council, given the GD's opinion, approved by the Center head and confirmed by
 * the Head of the Judiciary; the schedule in force at a time is the last confirmed version effective by then.
 */
package ir.daftar.core.feeschedule;
