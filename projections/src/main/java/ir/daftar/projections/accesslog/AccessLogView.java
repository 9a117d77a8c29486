package ir.daftar.projections.accesslog;

import java.time.Instant;
import java.util.List;

/** Who read a filing, as the applicant sees it: the office or authority and role, what and when. */
public record AccessLogView(String filingId, List<Read> reads) {

    public AccessLogView {
        reads = List.copyOf(reads);
    }

    public record Read(String role, String officeId, String authorityId, String view, String purpose, Instant at) {
    }
}
