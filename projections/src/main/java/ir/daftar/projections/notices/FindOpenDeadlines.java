package ir.daftar.projections.notices;

import java.time.LocalDate;

/** ADR 0800: the notices whose deadline is still running on {@code today} (due today or later, not withdrawn). */
public record FindOpenDeadlines(LocalDate today) {
}
