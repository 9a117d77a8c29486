package ir.daftar.api.config.http;

import ir.daftar.api.problem.BodyTooLarge;
import ir.daftar.api.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hostile input stops at the door (A12): a request body above {@code daftar.http.max-body-size} is
 * refused with {@code 413} (declared length) or stops being read at the limit (streamed body), before
 * anything parses it; a JSON body must be well-formed UTF-8. What the text inside may carry is
 * {@link ir.daftar.api.config.json.PlainText}'s business.
 */
@Configuration(proxyBeanMethods = false)
public class InputLimits {

    private static final Pattern JSON_TYPE = Pattern.compile("application/([a-z.+-]*\\+)?json.*");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    OncePerRequestFilter bodySizeLimit(@Value("${daftar.http.max-body-size:16MB}") DataSize limit, ProblemWriter problems,
                                       @Value("${daftar.documents.max-size:250MB}") DataSize documentLimit) {
        long max = limit.toBytes();
        // issue 16: a document upload (multipart, to a filing's documents) may be as large as a document, plus its
        // form fields; the multipart parser streams it to disk and the document intake checks its size exactly
        long documentMax = documentLimit.toBytes() + 1024 * 1024;
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isDocumentUpload(request)) {
                    if (request.getContentLengthLong() > documentMax) {
                        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
                        return;
                    }
                    chain.doFilter(request, response);
                    return;
                }
                if (request.getContentLengthLong() > max) {
                    problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
                    return;
                }
                String type = request.getContentType();
                boolean json = type != null && JSON_TYPE.matcher(type.toLowerCase(java.util.Locale.ROOT)).matches();
                chain.doFilter(new LimitedRequest(request, max, json), response);
            }
        };
    }

    private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/(api/v1|office)/filings/[A-Za-z0-9\\-]{1,64}/documents");

    /** Issue 16: a multipart POST of a document's file, to the API or the office counter's page (which streams it on). */
    static boolean isDocumentUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                && DOCUMENT_UPLOAD.matcher(request.getRequestURI()).matches();
    }

    /** Thrown when a JSON body is not well-formed UTF-8; answered 400. */
    public static final class NotUtf8 extends IOException {
        NotUtf8() {
            super("request body is not well-formed UTF-8");
        }
    }

    /**
     * Strict UTF-8 (RFC 3629): no overlong forms (the classic {@code C0 AF} for '/'), no encoded
     * surrogates, nothing above U+10FFFF, no sequence cut short. Jackson's own decoder lets some through.
     */
    static final class Utf8Validator {
        private int need;
        private int codePoint;
        private int min;

        void accept(int b) throws NotUtf8 {
            if (need == 0) {
                if (b < 0x80) {
                    return;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    codePoint = b & 0x1F;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    codePoint = b & 0x0F;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    codePoint = b & 0x07;
                    min = 0x10000;
                } else {
                    throw new NotUtf8();
                }
                return;
            }
            if ((b & 0xC0) != 0x80) {
                throw new NotUtf8();
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (--need == 0 && (codePoint < min || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)) {
                throw new NotUtf8();
            }
        }

        void end() throws NotUtf8 {
            if (need != 0) {
                throw new NotUtf8();
            }
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private final Utf8Validator utf8;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max, boolean json) {
            super(request);
            this.max = max;
            this.utf8 = json ? new Utf8Validator() : null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new BodyTooLarge("request body too large");
                        }
                        check(b);
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > max) {
                            throw new BodyTooLarge("request body too large");
                        }
                        if (n < 0) {
                            check(-1);
                        }
                        for (int i = 0; i < n; i++) {
                            check(buf[off + i] & 0xFF);
                        }
                        return n;
                    }

                    private void check(int b) throws NotUtf8 {
                        if (utf8 == null) {
                            return;
                        }
                        if (b < 0) {
                            utf8.end();
                        } else {
                            utf8.accept(b);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
