package ir.daftar.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Issue 12: every error is a problem document (RFC 9457) with a stable code, in the language asked for and
 * Persian by default, whoever answers it: a controller, a security filter, a throttle, the firewall, the
 * error page or Tomcat itself. Each request is written byte for byte on a socket, as a client would send
 * it: HTTP client libraries refuse or normalise the malformed paths these tests need.
 */
class ErrorAnswersIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @LocalServerPort
    private int port;
    @Autowired
    private MessageSource messages;

    @Test
    void an_encoded_nul_in_the_path_was_tomcats_html_page() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/status/%00?nationalCode=1"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void an_encoded_semicolon_in_the_path_was_springs_json_without_a_code() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/status/a%3Bb?nationalCode=1"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void a_double_slash_in_the_path_was_springs_json_without_a_code() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/inspections//replay"), 400, "MALFORMED_REQUEST");
    }

    /** Tomcat stops at the request line, before the headers: even {@code Accept-Language: en} is never read. */
    @Test
    void a_request_line_that_is_not_http_was_tomcats_html_page() throws IOException {
        Raw request = get("/api/v1/status/a\"b?nationalCode=1");
        for (Raw asked : List.of(request, request.header("Accept-Language", "en"))) {
            Answer answer = send(asked);
            assertProblem(answer, 400, "MALFORMED_REQUEST");
            assertThat(answer.body().path("title").asText())
                    .isEqualTo(messages.getMessage("problem.MALFORMED_REQUEST", null, PERSIAN));
        }
    }

    @Test
    void connect_was_tomcats_html_page() throws IOException {
        assertProblemInBothLanguages(new Raw("CONNECT", "127.0.0.1:1"), 501, "NOT_IMPLEMENTED");
    }

    @Test
    void a_method_the_firewall_refuses_was_a_400_without_a_body() throws IOException {
        assertProblemInBothLanguages(new Raw("TRACE", "/api/v1/me"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void the_error_page_was_springs_json_or_its_white_label_html() throws IOException {
        assertProblemInBothLanguages(get("/error"), 404, "NOT_FOUND");
        assertProblemInBothLanguages(get("/api/v1/offices/OFF-1001").as("admin").header("Accept", "text/html"), 406,
                "NOT_ACCEPTABLE");
    }

    @Test
    void no_credentials_were_answered_in_english_by_default() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/me"), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_wrong_password_was_answered_in_english_by_default() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/me").header("Authorization", basic("clerk1001", "not-the-password"))
                .header("X-Forwarded-For", "198.18.120.1"), 401, "UNAUTHENTICATED");
    }

    @Test
    void access_denied_was_answered_in_english_by_default() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/admin/projections").as("clerk1001"), 403, "FORBIDDEN");
    }

    @Test
    void sign_in_throttling_was_answered_in_english_by_default() throws IOException {
        Raw wrong = get("/api/v1/me").header("Authorization", basic("edges-nobody", "guess"))
                .header("X-Forwarded-For", "198.18.121.1");
        Answer answer = send(wrong);
        for (int i = 0; i < 20 && answer.status() != 429; i++) {
            answer = send(wrong);
        }
        assertThat(answer.status()).as("paused after repeated wrong passwords").isEqualTo(429);
        assertProblemInBothLanguages(wrong, 429, "LOGIN_THROTTLED");
    }

    @Test
    void the_status_lookup_limit_is_answered_in_persian_by_default() throws IOException {
        Raw lookup = get("/api/v1/status/12345678901?nationalCode=0089123451").header("X-Forwarded-For", "198.18.122.1");
        Answer answer = send(lookup);
        for (int i = 0; i < 200 && answer.status() != 429; i++) {
            answer = send(lookup);
        }
        assertThat(answer.status()).as("the per-client limit of the public lookup").isEqualTo(429);
        assertProblemInBothLanguages(lookup, 429, "TOO_MANY_REQUESTS");
    }

    @Test
    void an_unknown_id_is_answered_in_persian_by_default() throws IOException {
        assertProblemInBothLanguages(get("/api/v1/offices/OFF-9999").as("admin"), 404, "NOT_FOUND");
    }

    @Test
    void a_method_not_mapped_is_answered_in_persian_by_default() throws IOException {
        assertProblemInBothLanguages(new Raw("POST", "/api/v1/offices/OFF-1001").as("admin")
                .body("application/json", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_body_over_the_limit_is_answered_in_persian_by_default() throws IOException {
        // the declared length alone is refused: the body is never sent
        assertProblemInBothLanguages(new Raw("POST", "/api/v1/filings").as("clerk1001")
                .header("Content-Type", "application/json").header("Content-Length", "20000000"), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_body_that_is_not_json_is_answered_in_persian_by_default() throws IOException {
        assertProblemInBothLanguages(new Raw("POST", "/api/v1/filings").as("clerk1001").body("text/plain", "x"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    /** The same request without {@code Accept-Language} (Persian) and with {@code Accept-Language: en} (English). */
    private void assertProblemInBothLanguages(Raw request, int status, String code) throws IOException {
        Answer persian = send(request);
        assertProblem(persian, status, code);
        String persianTitle = persian.body().path("title").asText();
        assertThat(persianTitle).as("Persian by default").isEqualTo(messages.getMessage("problem." + code, null, PERSIAN))
                .containsPattern("\\p{IsArabic}");

        Answer english = send(request.header("Accept-Language", "en"));
        assertProblem(english, status, code);
        assertThat(english.body().path("title").asText()).as("English when asked")
                .isEqualTo(messages.getMessage("problem." + code, null, Locale.ENGLISH))
                .doesNotContainPattern("\\p{IsArabic}");
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body().path("code").asText()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.body().path("status").asInt()).isEqualTo(status);
    }

    private static Raw get(String target) {
        return new Raw("GET", target);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request as written on the wire: the target exactly as given, nothing encoded or normalised. */
    private record Raw(String method, String target, Map<String, String> headers, String body) {

        Raw(String method, String target) {
            this(method, target, Map.of(), null);
        }

        Raw header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Raw(method, target, more, body);
        }

        Raw as(String user) {
            return header("Authorization", basic(user, ApiClient.PASSWORD));
        }

        Raw body(String contentType, String content) {
            Raw typed = header("Content-Type", contentType)
                    .header("Content-Length", Integer.toString(content.getBytes(StandardCharsets.UTF_8).length));
            return new Raw(method, target, typed.headers, content);
        }

        byte[] bytes(int port) {
            StringBuilder out = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
            headers.forEach((name, value) -> out.append(name).append(": ").append(value).append("\r\n"));
            out.append("\r\n");
            if (body != null) {
                out.append(body);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private record Answer(int status, String contentType, JsonNode body, String raw) {
        @Override
        public String toString() {
            return raw;
        }
    }

    /** Writes the request and reads one answer: its head, then a body of the declared length or in chunks. */
    private Answer send(Raw request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.bytes(port));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = readChunks(in);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else {
                body = in.readAllBytes();
            }
            String text = new String(body, StandardCharsets.UTF_8);
            JsonNode json;
            try {
                json = text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
            } catch (IOException notJson) {
                json = JSON.nullNode();
            }
            return new Answer(status, headers.getOrDefault("content-type", ""), json,
                    request.method() + " " + request.target() + " -> " + head + "\n" + text);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed inside the answer's head: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(in);
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
