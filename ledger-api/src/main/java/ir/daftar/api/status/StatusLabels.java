package ir.daftar.api.status;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.projections.casestatus.CaseStatus;
import ir.daftar.projections.casestatus.CaseStep;
import ir.daftar.projections.casestatus.CaseStatusView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Persian and English names of a filing's statuses and steps (A4: the applicant reads them in
 * Persian), from {@code messages_fa} and {@code messages_en} ({@code status.*}, {@code step.*}), both at
 * once whatever language was asked, so a page can show either without asking again.
 */
@Component
public class StatusLabels {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final MessageSource messages;

    StatusLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A stable code with its Persian and English names. */
    @Schema(description = "A stable code with its Persian and English names")
    public record Label(@Schema(example = "SUBMITTED") String code,
                        @Schema(example = "ارسال‌شده به مرجع صالح") String fa,
                        @Schema(example = "Submitted to the competent authority") String en) {

        /** The name in a page's language ({@code fa} or {@code en}). */
        public String in(String language) {
            return "en".equals(language) ? en : fa;
        }
    }

    /** One step of a filing with its names, and when it was recorded. */
    @Schema(description = "One step of the filing: its stable code (`step`), its names (`label`) and when it was recorded")
    public record LabelledStep(@Schema(example = "SUBMITTED") CaseStep step, Label label, Instant occurredAt) {
    }

    public Label status(CaseStatus status) {
        return status == null ? null : label("status.", status.name());
    }

    public Label step(CaseStep step) {
        return step == null ? null : label("step.", step.name());
    }

    public List<LabelledStep> steps(List<CaseStatusView.Step> steps) {
        return steps.stream().map(s -> new LabelledStep(s.step(), step(s.step()), s.occurredAt())).toList();
    }

    private Label label(String prefix, String code) {
        String key = prefix + code;
        return new Label(code, messages.getMessage(key, null, code, PERSIAN),
                messages.getMessage(key, null, code, Locale.ENGLISH));
    }
}
