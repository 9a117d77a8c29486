/** Calendar facts the rules rely on: Jalali dates, Tehran days, official holidays. */
package ir.daftar.core.calendar;
