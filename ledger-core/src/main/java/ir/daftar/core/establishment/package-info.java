/**
 * The establishment of offices (A3, A14, A22(a); ADR 0920): the GD calls for applicants, receives and vets
 * their applications (vetting fee paid, outcome with reasons), proposes an office from an accepted application,
 * the Center head approves or refuses and appoints the manager; only then is the office registered.
 */
package ir.daftar.core.establishment;
