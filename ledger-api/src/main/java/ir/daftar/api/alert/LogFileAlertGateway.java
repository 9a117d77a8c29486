package ir.daftar.api.alert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import ir.daftar.core.calendar.TehranTime;

/**
 * The default gateway: each alert becomes one line of a file a person can read (time in Tehran,
 * attempt id, notice, the masked number, the text). Nothing leaves the machine.
 */
class LogFileAlertGateway implements AlertGateway {

    private final Path file;

    LogFileAlertGateway(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public synchronized void send(OutboundAlert alert) throws AlertGatewayException {
        String line = String.format("%s  attempt=%s  notice=%s  to=%s  %s%n",
                ZonedDateTime.now(TehranTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                alert.attemptId(), alert.noticeId(), alert.maskedMobile(), alert.text().replace('\n', ' '));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AlertGatewayException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
