package ir.daftar.api.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A5: what a file is, from its own bytes, never from the client's word: its media type by its magic
 * bytes (PDF, JPEG, PNG, TIFF; anything else is not a scanned document) and its page count read from
 * the file (a PDF's page tree; a TIFF's images; one for JPEG and PNG).
 */
public final class ContentInspection {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String TIFF = "image/tiff";

    private ContentInspection() {
    }

    /** The media type by the file's first bytes, or null when it is none of the allowed ones. */
    public static String sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        return sniff(head);
    }

    static String sniff(byte[] h) {
        if (startsWith(h, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return PDF;
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(h, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(h, 0x49, 0x49, 0x2A, 0x00) || startsWith(h, 0x4D, 0x4D, 0x00, 0x2A)) { // II*\0, MM\0*
            return TIFF;
        }
        return null;
    }

    /** The pages of a file of an allowed type; an IOException when the file cannot be read as its type. */
    public static int pages(Path file, String mediaType) throws IOException {
        switch (mediaType) {
            case PDF:
                // parsed from the file on disk, with any cache it needs on disk too: a large PDF stays out of the heap
                try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                    return pdf.getNumberOfPages();
                }
            case TIFF:
                return tiffPages(file);
            default:
                return 1;
        }
    }

    private static int tiffPages(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no TIFF reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

}
