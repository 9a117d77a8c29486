package ir.daftar.api.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Posts each alert as JSON ({@code attemptId}, {@code to}, {@code text}) to an SMS gateway, with the
 * attempt id also in the {@code Idempotency-Key} header so the gateway sends one SMS per attempt
 * however often it is asked. Any 2xx is acceptance; anything else, or no answer, is a failure.
 */
class HttpSmsAlertGateway implements AlertGateway {

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    HttpSmsAlertGateway(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void send(OutboundAlert alert) throws AlertGatewayException {
        String body;
        try {
            body = json.writeValueAsString(Map.of("attemptId", alert.attemptId(), "to", alert.mobile(), "text", alert.text()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", alert.attemptId())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new AlertGatewayException("HTTP " + response.statusCode(), null);
            }
        } catch (IOException e) {
            throw new AlertGatewayException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertGatewayException("interrupted", e);
        }
    }
}
