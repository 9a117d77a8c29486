package ir.daftar.ops.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A valid PDF of a given size for the document checks (issue 16), written straight to disk: {@code pages} blank
 * pages and one stream of random (incompressible) bytes that pads the file, never held in memory.
 * <pre>java -cp ... ir.daftar.ops.bench.LargePdf FILE MEGABYTES [PAGES]</pre>
 */
public final class LargePdf {

    private LargePdf() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        write(file, bytes, pages);
        System.out.println(file + ": " + Files.size(file) + " bytes, " + pages + " pages");
    }

    public static void write(Path file, long padding, int pages) throws IOException {
        try (CountingOutput out = new CountingOutput(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            List<Long> offsets = new ArrayList<>();
            out.ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            // 1: catalog, 2: pages, 3: padding stream, 4..: pages
            offsets.add(out.count);
            out.ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R /DaftarPadding 3 0 R >>\nendobj\n");
            offsets.add(out.count);
            StringBuilder kids = new StringBuilder();
            for (int i = 0; i < pages; i++) {
                kids.append(4 + i).append(" 0 R ");
            }
            out.ascii("2 0 obj\n<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>\nendobj\n");
            offsets.add(out.count);
            out.ascii("3 0 obj\n<< /Length " + padding + " >>\nstream\n");
            Random random = new Random(16);
            byte[] buf = new byte[1 << 16];
            for (long left = padding; left > 0; left -= buf.length) {
                random.nextBytes(buf);
                out.write(buf, 0, (int) Math.min(buf.length, left));
            }
            out.ascii("\nendstream\nendobj\n");
            for (int i = 0; i < pages; i++) {
                offsets.add(out.count);
                out.ascii((4 + i) + " 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
            }
            long xref = out.count;
            out.ascii("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (long o : offsets) {
                out.ascii(String.format("%010d 00000 n \n", o));
            }
            out.ascii("trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        }
    }

    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        void ascii(String s) throws IOException {
            write(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
