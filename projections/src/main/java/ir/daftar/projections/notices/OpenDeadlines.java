package ir.daftar.projections.notices;

import java.util.List;

/** The ids of the notices with a deadline still running. */
public record OpenDeadlines(List<String> noticeIds) {
}
