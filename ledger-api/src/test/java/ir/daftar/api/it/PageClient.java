package ir.daftar.api.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser for tests that need no rendering: a cookie jar (the session and the CSRF cookie), form posts
 * carrying the page's CSRF token, and redirects not followed, so a test sees where it is sent.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String forwardedFor;

    public record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {
        boolean toSignIn() {
            return status == 302 && location != null && location.contains("/login");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public PageClient(int port) {
        this(port, null);
    }

    /** A browser behind the tests' trusted proxy at {@code forwardedFor}: its own client for the status page's limit. */
    public PageClient(int port, String forwardedFor) {
        this.forwardedFor = forwardedFor;
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in with the form, as a person does; the session is kept for the following requests. */
    public PageClient signIn(String username, String password) {
        Page after = post("/login", Map.of("username", username, "password", password));
        if (after.status() != 302 || after.location() == null || after.location().contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + after.status() + " " + after.location());
        }
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET with extra headers, e.g. a cookie this browser does not hold. */
    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A form sent without the CSRF token, as a forged cross-site form would be. */
    public Page postWithoutToken(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** Posts a form with the CSRF token of a freshly loaded sign-in page (one token per browser). */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrfToken());
        String body = encode(fields);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String csrfToken() {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return m.group(1);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept-Language", "en");
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            HttpResponse<String> r = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
