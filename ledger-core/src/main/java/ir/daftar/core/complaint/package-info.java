/**
 * Complaints about offices (A28(e), ADR 1320): anyone signed in lodges a {@link ir.daftar.core.complaint.Complaint}
 * about an office; the board of the Kanoon covering the office reviews it with reasons, reports it to the GD and may
 * open one disciplinary case from it.
 */
package ir.daftar.core.complaint;
