package org.scicoop.secretariat.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.ReceivedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The body of an API upload ({@code multipart/form-data}), read once as it arrives with Apache Commons FileUpload's
 * streaming iterator: the file part goes from the request straight into a {@link ReceivedFile} (counted, checksummed
 * and refused past its limit while it streams), the text fields into a map, in any order. Before, RESTEasy's
 * {@code EntityPart} first copied the whole body into a temporary file of its own and parsed it with mime4j: two more
 * passes over every byte of every upload, the largest cost of the deadline surge after the PDF check
 * (docs/benchmarks.md "Deadline surge"). The resource receives it in a try-with-resources: {@link #close()} deletes the
 * file.
 */
final class MultipartUpload implements AutoCloseable {

    /** The name of the file's part in every upload of the API. */
    static final String FILE = "file";

    private final Map<String, String> fields;
    private final ReceivedFile file;
    private final String fileName;

    private MultipartUpload(Map<String, String> fields, ReceivedFile file, String fileName) {
        this.fields = fields;
        this.file = file;
        this.fileName = fileName;
    }

    /**
     * Reads the request's body: the part {@value #FILE} (the first one; a file over {@code maxBytes} is refused with
     * {@code rule.document.tooLarge} as it streams), the text fields (each at most {@link UploadGate#FRAMING} bytes,
     * the first of a name counting). A body without the file part is refused ({@code problem.input.part}), one that is
     * no multipart body a parser can read with {@code problem.input.multipart}.
     */
    static MultipartUpload read(HttpServletRequest request, long maxBytes) throws IOException {
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        // the whole body: the file and what a body holds beside it (UploadGate refused a longer declared length)
        upload.setSizeMax(maxBytes + UploadGate.FRAMING);
        Map<String, String> fields = new HashMap<>();
        ReceivedFile file = null;
        String fileName = null;
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                if (!item.isFormField() && FILE.equals(item.getFieldName()) && file == null) {
                    file = receive(request, item.getInputStream(), maxBytes);
                    fileName = item.getName();
                    continue;
                }
                try (InputStream in = item.getInputStream()) {
                    if (item.isFormField() && item.getFieldName() != null) {
                        byte[] value = in.readNBytes((int) UploadGate.FRAMING + 1);
                        if (value.length > UploadGate.FRAMING) {
                            throw new BadInput("problem.input.multipart");
                        }
                        fields.putIfAbsent(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (FileUploadSizeException tooLong) {
            // FileUpload stopped reading at the body's limit: the rest is left unread, as for a file refused in receive
            request.setAttribute(UploadGate.BODY_LEFT_UNREAD, Boolean.TRUE);
            close(file);
            throw PdfContent.tooLarge(maxBytes);
        } catch (FileUploadException unreadable) {
            close(file);
            throw new BadInput("problem.input.multipart");
        } catch (IOException | RuntimeException failed) {
            close(file);
            throw failed;
        }
        if (file == null) {
            throw new BadInput("problem.input.part", FILE);
        }
        return new MultipartUpload(fields, file, fileName);
    }

    /**
     * The file part into its temporary file. Refused (too large, or the body broken off), the part's stream is left
     * as it is: closing it would read the rest of the body, which a client may still be sending, before the answer;
     * the answer closes the connection instead ({@link UploadGate#BODY_LEFT_UNREAD}).
     */
    private static ReceivedFile receive(HttpServletRequest request, InputStream part, long maxBytes)
            throws IOException {
        ReceivedFile received;
        try {
            received = ReceivedFile.receive(part, maxBytes);
        } catch (IOException | RuntimeException refused) {
            request.setAttribute(UploadGate.BODY_LEFT_UNREAD, Boolean.TRUE);
            throw refused;
        }
        part.close();
        return received;
    }

    private static void close(ReceivedFile file) {
        if (file != null) {
            file.close();
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
