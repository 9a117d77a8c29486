/**
 * A Kanoon's budget (A22(c), A29, A30; ADR 1320): its annual membership dues, approved through the same chain as the
 * office service fees ({@link ir.daftar.core.common.ApprovalChain}); the dues invoiced to each office it covers and the
 * payments received; the spending its board approves under the GD's supervision; its ledger as of any instant; and the
 * executive duties the GD delegates to its board, with their dates.
 */
package ir.daftar.core.budget;
