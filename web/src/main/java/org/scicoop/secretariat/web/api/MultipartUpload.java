package org.scicoop.secretariat.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.ReceivedFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The body of an API upload ({@code multipart/form-data}), read once as it arrives and parsed by Jetty's multipart
 * parser ({@code jetty-http}'s {@link MultiPart.Parser}, a parser of its own that needs no Jetty server): the file
 * part goes from the request straight into a {@link ReceivedFile} (counted, checksummed and refused past its limit
 * while it streams), the text fields into a map, in any order. Jetty's parser finds the boundary with
 * Boyer-Moore-Horspool's search, which looks at about one byte in the boundary's length; Apache Commons FileUpload's,
 * used before, looked at every byte, and was the largest cost of the deadline surge (docs/benchmarks.md "Deadline
 * surge"). The resource receives it in a try-with-resources: {@link #close()} deletes the file.
 */
final class MultipartUpload implements AutoCloseable {

    /** The name of the file's part in every upload of the API. */
    static final String FILE = "file";
    /** The headers of one part, together: a browser's are a few hundred bytes. */
    static final int MAX_PART_HEADERS = 10 * 1024;
    /** More parts than any upload of the API has (a file and at most three fields). */
    static final int MAX_PARTS = 32;
    private static final int BUFFER = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(MultipartUpload.class.getName());

    private final Map<String, String> fields;
    private final ReceivedFile file;
    private final String fileName;

    private MultipartUpload(Map<String, String> fields, ReceivedFile file, String fileName) {
        this.fields = fields;
        this.file = file;
        this.fileName = fileName;
    }

    /** The request's body ({@link #read(String, InputStream, long, Runnable)}). */
    static MultipartUpload read(HttpServletRequest request, long maxBytes) throws IOException {
        return read(request.getContentType(), request.getInputStream(), maxBytes,
                () -> request.setAttribute(UploadGate.BODY_LEFT_UNREAD, Boolean.TRUE));
    }

    /**
     * Reads a body of type {@code contentType}: the part {@value #FILE} with a file name (the first one; a file over
     * {@code maxBytes} is refused with {@code rule.document.tooLarge} as it streams), the text fields (each at most
     * {@link UploadGate#FRAMING} bytes, the first of a name counting). A body longer than the file's limit and
     * {@link UploadGate#FRAMING} is refused as too large; one without the file part with {@code problem.input.part},
     * one that is no multipart body with {@code problem.input.multipart}. Refused before the body's end, the rest is
     * left unread and {@code leftUnread} is run: the answer closes the connection instead of draining it.
     */
    static MultipartUpload read(String contentType, InputStream body, long maxBytes, Runnable leftUnread)
            throws IOException {
        String boundary = contentType == null ? null : MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new BadInput("problem.input.multipart");
        }
        Parts parts = new Parts(maxBytes);
        MultiPart.Parser parser = new MultiPart.Parser(boundary, parts);
        parser.setPartHeadersMaxLength(MAX_PART_HEADERS);
        parser.setMaxParts(MAX_PARTS);
        long read = 0;
        boolean ended = false;
        try {
            byte[] buffer = new byte[BUFFER];
            while (!ended && parts.failure == null) {
                int n = body.read(buffer);
                if (n < 0) {
                    ended = true;
                    parser.parse(Content.Chunk.EOF);
                } else {
                    read += n;
                    if (read > maxBytes + UploadGate.FRAMING) {
                        // the whole body: the file and what a body holds beside it
                        throw PdfContent.tooLarge(maxBytes);
                    }
                    parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
                }
            }
            parts.failed();
            if (!parts.complete) {
                throw new BadInput("problem.input.multipart");
            }
            if (parts.file == null) {
                throw new BadInput("problem.input.part", FILE);
            }
            return new MultipartUpload(parts.fields, parts.file, parts.fileName);
        } catch (IOException | RuntimeException refused) {
            parts.discard(refused);
            if (!ended) {
                leftUnread.run();
            }
            throw refused;
        }
    }

    /**
     * What the parser hands over, part by part. The parser catches what its listener throws (and only logs it), so a
     * refusal is kept in {@link #failure}; the reader stops at it and throws it.
     */
    private static final class Parts extends MultiPart.AbstractPartsListener {
        private final long maxBytes;
        private final Map<String, String> fields = new HashMap<>();
        private ReceivedFile.Writer writer;
        private ReceivedFile file;
        private String fileName;
        private ByteArrayOutputStream field;
        private boolean complete;
        private Exception failure;

        Parts(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void onPartHeaders() {
            if (failure != null) {
                return;
            }
            if (getFileName() == null) {
                field = getName() == null ? null : new ByteArrayOutputStream();
            } else if (FILE.equals(getName()) && file == null && writer == null) {
                try {
                    writer = ReceivedFile.writer(maxBytes);
                    fileName = getFileName();
                } catch (IOException | RuntimeException failed) {
                    failure = failed;
                }
            }
        }

        /** A piece of the part's content, written or kept at once: the parser releases the chunk when this returns. */
        @Override
        public void onPartContent(Content.Chunk chunk) {
            try {
                if (failure != null) {
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                if (writer != null) {
                    writer.write(bytes);
                } else if (field != null) {
                    if (field.size() + bytes.remaining() > UploadGate.FRAMING) {
                        throw new BadInput("problem.input.multipart");
                    }
                    byte[] part = new byte[bytes.remaining()];
                    bytes.get(part);
                    field.writeBytes(part);
                }
            } catch (IOException | RuntimeException failed) {
                failure = failed;
            }
        }

        @Override
        public void onPartEnd() {
            try {
                if (failure != null) {
                    return;
                }
                if (writer != null) {
                    file = writer.finish();
                    writer = null;
                } else if (field != null) {
                    fields.putIfAbsent(getName(), field.toString(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException failed) {
                failure = failed;
            } finally {
                field = null;
                super.onPartEnd();
            }
        }

        @Override
        public void onPart(String name, String fileName, HttpFields headers) {
            // each part is handled as it streams (above), not at its end
        }

        @Override
        public void onComplete() {
            complete = failure == null;
        }

        @Override
        public void onFailure(Throwable malformed) {
            if (failure == null) {
                failure = new BadInput("problem.input.multipart");
            }
        }

        /** Throws the refusal the body met, if it met one. */
        void failed() throws IOException {
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
        }

        /**
         * Deletes what the body left: the file being written, or the one already written. The refusal stays what the
         * caller gets: a file that cannot be deleted (a disk fault) is logged and added to it as suppressed, so that a
         * body refused as too large is still answered as too large.
         */
        void discard(Exception refusal) {
            try {
                if (writer != null) {
                    writer.close();
                }
                if (file != null) {
                    file.close();
                }
            } catch (IOException | RuntimeException undeleted) {
                LOG.log(Level.WARNING, "an upload's temporary file was left behind", undeleted);
                refusal.addSuppressed(undeleted);
            }
        }
    }

    /** A text field as sent, or null when the body has none of that name. */
    String field(String name) {
        return fields.get(name);
    }

    ReceivedFile file() {
        return file;
    }

    /** The file's name as the client gave it, if it gave one. */
    Optional<String> fileName() {
        return Optional.ofNullable(fileName).filter(name -> !name.isBlank());
    }

    @Override
    public void close() {
        file.close();
    }
}
