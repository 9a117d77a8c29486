/**
 * The Kanoon (A25-A30): Kanoons formed for province centres and the offices each covers (A25), the board's seven
 * seats (A26), inspections it orders (A28, A33); and the Advisory Council (A23), whose members may not sit on a
 * Kanoon board at the same time (ADR 1300).
 */
package ir.daftar.core.kanoon;
