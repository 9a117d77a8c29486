package ir.daftar.ops.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One client's HTTP/1.1 connection for the lookup load: a blocking socket kept alive across requests, a GET written
 * in one piece and the answer read to its end (Content-Length or chunked). The JDK's {@code HttpClient} spends
 * about as much of the shared cores per request as the application does on a lookup (measured 2026-12-03: 0.4 of a
 * core at 232 lookups/s), which the benchmark would otherwise count against the application; this one spends a
 * fraction of that. It sends only what the lookups need and reconnects when the server closes.
 */
final class KeepAliveConnection implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** An answer: its status, and (when asked for) its body and the cookies it set ({@code name=value}). */
    record Answer(int status, String body, List<String> cookies) {
    }

    /** Sends a GET of {@code pathAndQuery} with the given extra header lines and returns the status code. */
    int get(String pathAndQuery, String headerLines) throws IOException {
        return send("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
                + headerLines + "\r\n", null, false).status();
    }

    /** A page: GET of {@code path} as a browser asks for it; the body and the cookies set are kept. */
    Answer page(String path, String headerLines) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/html\r\n"
                + headerLines + "\r\n", null, true);
    }

    /** A form sent as a browser sends it ({@code application/x-www-form-urlencoded}); the body is read but not kept. */
    int postForm(String path, String headerLines, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/html\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
                + headerLines + "\r\n", body, false).status();
    }

    private Answer send(String head, byte[] body, boolean keep) throws IOException {
        for (int attempt = 0; ; attempt++) {
            boolean fresh = socket == null;
            if (fresh) {
                connect();
            }
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                return readResponse(keep);
            } catch (IOException e) {
                close();
                if (fresh || attempt > 0) { // a kept-alive connection the server has closed is opened again, once
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private Answer readResponse(boolean keep) throws IOException {
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream(8 * 1024) : null;
        List<String> cookies = new ArrayList<>();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                closes = true;
            } else if (keep && h.startsWith("set-cookie:")) {
                cookies.add(header.substring(11).trim().split(";", 2)[0]);
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size, kept);
                line();
            }
            while (!line().isEmpty()) { // trailers
            }
        } else if (length >= 0) {
            skip(length, kept);
        } else {
            closes = true; // the body runs to the end of the connection
            while (in.read() >= 0) {
            }
        }
        if (closes) {
            close();
        }
        return new Answer(code, kept == null ? null : kept.toString(StandardCharsets.UTF_8), cookies);
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private void skip(long n, ByteArrayOutputStream kept) throws IOException {
        if (kept != null) {
            kept.write(in.readNBytes((int) n));
            return;
        }
        for (long left = n; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is gone already
            }
        }
        socket = null;
    }
}
