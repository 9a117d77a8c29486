package ir.daftar.api.document;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A5/A6: a malware scan of an upload by ClamAV's daemon, over its INSTREAM protocol on TCP: the command
 * {@code zINSTREAM\0}, then the file in chunks each preceded by its length (4 bytes, network order), then a
 * zero length; clamd answers {@code stream: OK}, {@code stream: NAME FOUND} or an error, ended by a NUL.
 * The file is read from disk as it is sent: never held in memory.
 */
public class ClamdScanner {

    /** The answer of a scan. */
    public sealed interface Verdict {
        record Clean() implements Verdict {
        }

        record Infected(String signature) implements Verdict {
        }
    }

    /** clamd could not be reached, or did not answer as expected. */
    public static final class Unavailable extends IOException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    public Verdict scan(Path file) throws Unavailable {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in);
        } catch (Unavailable e) {
            throw e;
        } catch (IOException e) {
            throw new Unavailable("cannot read the file to scan", e);
        }
    }

    public Verdict scan(InputStream in) throws Unavailable {
        String reply;
        try (Socket socket = connect()) {
            OutputStream raw = socket.getOutputStream();
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, CHUNK + 4));
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[CHUNK];
            for (int n; (n = in.readNBytes(buf, 0, CHUNK)) > 0; ) {
                out.writeInt(n);
                out.write(buf, 0, n);
            }
            out.writeInt(0);
            out.flush();
            reply = readReply(socket.getInputStream());
        } catch (IOException e) {
            throw new Unavailable("clamd at " + host + ":" + port + " did not scan: " + e.getMessage(), e);
        }
        if (reply.endsWith("OK")) {
            return new Verdict.Clean();
        }
        if (reply.endsWith("FOUND")) {
            String name = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).strip();
            return new Verdict.Infected(name);
        }
        // e.g. "INSTREAM size limit exceeded. ERROR": not a verdict
        throw new Unavailable("clamd answered: " + reply, null);
    }

    /** The daemon answers PING with PONG. */
    public boolean ping() {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return "PONG".equals(readReply(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    public String address() {
        return host + ":" + port;
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), (int) Math.min(timeout.toMillis(), 5_000));
        socket.setSoTimeout((int) timeout.toMillis());
        return socket;
    }

    private static String readReply(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b; (b = in.read()) > 0; ) {
            if (s.length() > 1024) {
                break;
            }
            s.append((char) b);
        }
        return s.toString().strip();
    }
}
