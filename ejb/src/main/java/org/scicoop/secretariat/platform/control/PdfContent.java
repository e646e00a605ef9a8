package org.scicoop.secretariat.platform.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check of every uploaded PDF (call documents, proposal attachments, later reports), by its content: the
 * name and the browser's content type prove nothing. In this order, each step bounded in time and memory:
 * <ol>
 *     <li>size: not empty, at most the caller's limit, starting with {@code %PDF-};</li>
 *     <li>decompression: every filtered stream is decoded, before any parser touches it, into a sink that only
 *     counts ({@link #decodedBudget}): a deflate bomb (1 MB inflating to 1 GB) is refused once its output passes
 *     the budget, in a fraction of a second and without holding what it inflates. The object and cross-reference
 *     streams, which the parser itself holds in memory, may each decode to {@link #MAX_STRUCTURE_BYTES} only;</li>
 *     <li>structure (Apache PDFBox): it parses, is not encrypted (readers could not open it), has between one and
 *     {@link #MAX_PAGES} pages (a page tree declaring 999,999,999 is refused, whatever its real leaves);</li>
 *     <li>active content: no JavaScript ({@code /JS}, {@code /JavaScript}, actions of type JavaScript, also in
 *     {@code /OpenAction}), no additional actions ({@code /AA}: run on events), no launch actions, no XFA forms,
 *     and no embedded files ({@code /EmbeddedFiles}, {@code /EF}, {@code /EmbeddedFile}). Such a file is refused,
 *     not stripped: the applicant's file is kept exactly as uploaded (its checksum names it in receipts), and a
 *     clean export from their word processor is one click for them.</li>
 * </ol>
 */
public final class PdfContent {

    /** More pages than any call text, guide or proposal description of the programme has. */
    public static final int MAX_PAGES = 2000;
    /** What one object or cross-reference stream may decode to: the parser holds it in memory. */
    static final long MAX_STRUCTURE_BYTES = 16L * 1024 * 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final long MEGABYTE = 1024 * 1024;
    /** The keyword that ends a stream's dictionary: {@code >>}, white space, {@code stream}, an end of line. */
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    /** Bytes of the file copied at once into the heap for the scan for streams. */
    private static final int WINDOW = 64 * 1024;
    private static final Pattern FILTER = Pattern.compile("/Filter\\s*(\\[[^\\]]*\\]|/[A-Za-z0-9#]+)");
    private static final Pattern NAME = Pattern.compile("/([A-Za-z0-9#]+)");
    /** A direct length; an indirect one ({@code /Length 12 0 R}) is not read, endstream bounds that stream. */
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d{1,10})(?!\\s+\\d+\\s+R)");
    private static final Pattern STRUCTURE = Pattern.compile("/Type\\s*/(ObjStm|XRef)\\b");
    /** The filters decoded before parsing; image filters (DCT, JPX, JBIG2, CCITT) are left alone. */
    private static final Set<String> DECODED = Set.of("FlateDecode", "Fl", "LZWDecode", "LZW", "ASCIIHexDecode", "AHx",
            "ASCII85Decode", "A85", "RunLengthDecode", "RL");
    private static final Set<String> SCRIPT_KEYS = Set.of("JS", "JavaScript", "AA", "XFA");
    private static final Set<String> SCRIPT_ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "RichMediaExecute");
    private static final Set<String> FILE_KEYS = Set.of("EmbeddedFiles", "EF");
    private static final int MAX_NESTING = 64;

    private PdfContent() {
    }

    /**
     * What all streams of a file of {@code size} bytes may decode to: 64 MB, and 16 bytes for each byte of the file
     * (text and drawings compress about four to one; images are not decoded here).
     */
    static long decodedBudget(long size) {
        return 64 * MEGABYTE + 16 * size;
    }

    /** Refuses a file of {@code size} bytes over {@code maxBytes}: before its bytes are read, where the size is known. */
    public static void checkSize(long size, long maxBytes) {
        if (size > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    /** The refusal of a file over {@code maxBytes}, for a reader that learns it otherwise than by counting. */
    public static RuleViolation tooLarge(long maxBytes) {
        return new RuleViolation("rule.document.tooLarge", Math.max(1, maxBytes / MEGABYTE));
    }

    /**
     * Refuses with a {@link RuleViolation} that says why unless the received file is a PDF anyone may safely open.
     * Reads the temporary file, never a copy of it in the heap: the scan of its streams through a read-only mapping
     * of it, PDFBox from the file with a stream cache in temporary files only.
     */
    public static void check(ReceivedFile file, long maxBytes) {
        RuleViolation.require(file.size() > 0, "rule.document.empty");
        checkSize(file.size(), maxBytes);
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            RuleViolation.require(startsWithMagic(bytes), "rule.document.notPdf");
            boundedStreams(bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read the upload's temporary file", unreadable);
        }
        try (PDDocument document = Loader.loadPDF(file.path().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            RuleViolation.require(!document.isEncrypted(), "rule.document.encrypted");
            int declared = document.getNumberOfPages();
            RuleViolation.require(declared <= MAX_PAGES, "rule.document.tooManyPages", MAX_PAGES);
            int pages = 0;
            for (PDPage ignored : document.getPages()) {
                RuleViolation.require(++pages <= MAX_PAGES, "rule.document.tooManyPages", MAX_PAGES);
            }
            RuleViolation.require(pages > 0 && declared > 0, "rule.document.unreadable");
            noActiveContent(document.getDocument());
        } catch (InvalidPasswordException encrypted) {
            throw new RuleViolation("rule.document.encrypted");
        } catch (IOException | RuntimeException | StackOverflowError broken) {
            // StackOverflowError: a parser meeting arrays nested thousands deep; the file is broken, not the server
            if (broken instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("rule.document.unreadable");
        }
    }

    private static boolean startsWithMagic(ByteBuffer bytes) {
        if (bytes.limit() < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- decompression, before parsing

    /** Decodes every filtered stream into a counting sink; refuses the file once the budget is spent. */
    private static void boundedStreams(ByteBuffer bytes) {
        CharSequence text = new Latin1(bytes);
        long[] left = {decodedBudget(bytes.limit())};
        // each byte is looked at a bounded number of times, however many streams a hostile file declares: a
        // dictionary is looked for back to the previous stream's data at most, an endstream once past each point
        int floor = 0;
        int[] endstream = {-2};
        Forward forward = new Forward(bytes, STREAM);
        Forward endstreams = new Forward(bytes, ENDSTREAM);
        for (int[] stream = nextStream(bytes, 0, forward); stream != null;
             stream = nextStream(bytes, stream[1], forward)) {
            String dictionary = dictionaryBefore(text, stream[0], floor);
            floor = stream[1];
            Matcher filter = dictionary == null ? null : FILTER.matcher(dictionary);
            if (filter == null || !filter.find()) {
                continue;
            }
            List<String> filters = new ArrayList<>();
            Matcher name = NAME.matcher(filter.group(1));
            while (name.find() && DECODED.contains(name.group(1))) {
                filters.add(name.group(1));
            }
            int start = stream[1];
            int length = Math.max(0, Math.min(bytes.limit() - start,
                    length(endstreams, dictionary, start, endstream)));
            left[0] -= decoded(new BufferStream(bytes.slice(start, length)), filters,
                    STRUCTURE.matcher(dictionary).find() ? Math.min(MAX_STRUCTURE_BYTES, left[0]) : left[0]);
        }
    }

    /**
     * The next stream from {@code from} on, as the pattern {@code >>\\s*stream\\r?\\n} would find it: {where its
     * {@code >>} is, where its data starts}, or null. A scan of the bytes for the keyword: a regular expression over
     * the whole file (a character at a time, through {@link Latin1}) cost more than everything else an upload does.
     */
    private static int[] nextStream(ByteBuffer bytes, int from, Forward forward) {
        for (int i = Math.max(0, from), last = bytes.limit() - STREAM.length; i <= last; i++) {
            i = forward.indexOf(i, last);
            if (i < 0) {
                return null;
            }
            int data = i + STREAM.length;
            if (data < bytes.limit() && bytes.get(data) == '\r') {
                data++;
            }
            if (data >= bytes.limit() || bytes.get(data) != '\n') {
                continue;
            }
            int white = i;
            while (white > from && isWhite(bytes.get(white - 1))) {
                white--;
            }
            if (white - 2 >= from && bytes.get(white - 1) == '>' && bytes.get(white - 2) == '>') {
                return new int[] {white - 2, data + 1};
            }
        }
        return null;
    }

    /**
     * The search for a keyword ({@code stream}, {@code endstream}), forward through the mapping a window at a time
     * copied into the heap (one bulk copy each; each byte copied once). Horspool's search: it looks at the byte under
     * the keyword's last letter and moves on by the keyword's length when that byte is not in it, so that in a file's
     * compressed data it looks at about one byte in five. That matters when the loop runs interpreted: in the
     * deadline surge the busy cores left the compiler no time to compile the scan (docs/benchmarks.md "Deadline
     * surge"), and a loop that looked at every byte, first through {@link ByteBuffer#get(int)}, then in an array, was
     * most of the server's samples.
     */
    private static final class Forward {
        private final ByteBuffer bytes;
        private final byte[] word;
        /** How far the search moves on when the byte under the keyword's last letter is {@code b}: shift[b & 0xff]. */
        private final int[] shift = new int[256];
        private final byte[] window = new byte[WINDOW];
        private int start;
        private int length;

        Forward(ByteBuffer bytes, byte[] word) {
            this.bytes = bytes;
            this.word = word;
            Arrays.fill(shift, word.length);
            for (int k = 0; k < word.length - 1; k++) {
                shift[word[k] & 0xff] = word.length - 1 - k;
            }
        }

        /** Where the keyword starts next, from {@code from} to {@code last} included, or -1. */
        int indexOf(int from, int last) {
            int n = word.length;
            for (int i = Math.max(0, from); i <= last; ) {
                if (i < start || i + n > start + length) {
                    start = i;
                    length = Math.min(window.length, last + n - i);
                    bytes.get(start, window, 0, length);
                }
                for (int end = Math.min(start + length - n, last); i <= end; ) {
                    byte lastLetter = window[i - start + n - 1];
                    if (lastLetter == word[n - 1] && matches(i - start)) {
                        return i;
                    }
                    i += shift[lastLetter & 0xff];
                }
            }
            return -1;
        }

        private boolean matches(int at) {
            for (int k = 0; k < word.length - 1; k++) {
                if (window[at + k] != word[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** White space as {@code \\s} means it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    /**
     * The stream's dictionary: from its {@code <<} to the {@code >>} at {@code end}, nested ones included, not
     * before {@code floor}.
     */
    private static String dictionaryBefore(CharSequence text, int end, int floor) {
        int depth = 0;
        for (int i = end, from = Math.max(floor, end - 65_536); i >= from; ) {
            if (at(text, i, ">>")) {
                depth++;
                i -= 2;
            } else if (at(text, i, "<<")) {
                if (--depth == 0) {
                    return text.subSequence(i, end + 2).toString();
                }
                i -= 2;
            } else {
                i--;
            }
        }
        return null;
    }

    /**
     * The stream's length: its {@code /Length} when the dictionary holds the number, else up to the next endstream
     * ({@code endstream[0]}: where the last search found it, -1 for nowhere, -2 before the first search).
     */
    private static int length(Forward endstreams, String dictionary, int start, int[] endstream) {
        Matcher length = LENGTH.matcher(dictionary);
        if (length.find()) {
            return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(length.group(1)));
        }
        if (endstream[0] == -2 || (endstream[0] >= 0 && endstream[0] < start)) {
            endstream[0] = endstreams.indexOf(start, endstreams.bytes.limit() - ENDSTREAM.length);
        }
        return endstream[0] < 0 ? endstreams.bytes.limit() - start : endstream[0] - start;
    }

    private static boolean at(CharSequence text, int i, String word) {
        if (i < 0 || i + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The file's bytes read as ISO-8859-1 characters (one per byte) for the scan, without copying them. */
    private record Latin1(ByteBuffer bytes) implements CharSequence {
        @Override
        public int length() {
            return bytes.limit();
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes.get(index) & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Latin1(bytes.slice(start, end - start));
        }

        @Override
        public String toString() {
            byte[] copy = new byte[bytes.limit()];
            bytes.get(0, copy);
            return new String(copy, StandardCharsets.ISO_8859_1);
        }
    }

    /** A stream over a part of the file's mapping. */
    private static final class BufferStream extends InputStream {
        private final ByteBuffer bytes;

        BufferStream(ByteBuffer bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.hasRemaining() ? bytes.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (!bytes.hasRemaining()) {
                return -1;
            }
            int n = Math.min(length, bytes.remaining());
            bytes.get(buffer, offset, n);
            return n;
        }
    }

    /**
     * What the stream decodes to through its general filters (PDFBox's own decoders; images are not decoded), at
     * most {@code limit} bytes: the last filter writes into a counter, earlier ones (a chain, rare) into a buffer
     * bounded as well. Data a decoder cannot read counts for nothing here: the parser judges it.
     */
    private static long decoded(InputStream encoded, List<String> filters, long limit) {
        InputStream input = encoded;
        long count = 0;
        for (int i = 0; i < filters.size(); i++) {
            boolean last = i == filters.size() - 1;
            Counter counter = new Counter(last ? limit : Math.min(MAX_STRUCTURE_BYTES, limit));
            ByteArrayOutputStream kept = last ? null : new ByteArrayOutputStream();
            try (InputStream in = input) {
                FilterFactory.INSTANCE.getFilter(COSName.getPDFName(filters.get(i)))
                        .decode(in, kept == null ? counter : new Tee(kept, counter), new COSDictionary(), 0);
            } catch (Counter.Exceeded exceeded) {
                throw new RuleViolation("rule.document.expands", Math.max(1, exceeded.limit / MEGABYTE));
            } catch (IOException | RuntimeException unreadable) {
                return count;
            }
            count = counter.count;
            if (kept != null) {
                input = new ByteArrayInputStream(kept.toByteArray());
            }
        }
        return count;
    }

    /** An output stream that only counts, and gives up past its limit. */
    private static final class Counter extends OutputStream {
        private final long limit;
        private long count;

        Counter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(null, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                throw new Exceeded(limit);
            }
        }

        static final class Exceeded extends IOException {
            final long limit;

            Exceeded(long limit) {
                super("decoded stream over " + limit + " bytes", null);
                this.limit = limit;
            }
        }
    }

    /** Writes to a buffer and a counter at once. */
    private static final class Tee extends OutputStream {
        private final OutputStream kept;
        private final Counter counter;

        Tee(OutputStream kept, Counter counter) {
            this.kept = kept;
            this.counter = counter;
        }

        @Override
        public void write(int b) throws IOException {
            counter.write(b);
            kept.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            counter.write(b, off, len);
            kept.write(b, off, len);
        }
    }

    // ---------------------------------------------------------------- active content, after parsing

    /** Looks at every object of the file, not only those the page tree reaches: readers find the others too. */
    private static void noActiveContent(COSDocument document) throws IOException {
        for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            inspect(object == null ? null : object.getObject(), 0);
        }
        inspect(document.getTrailer(), 0);
    }

    private static void inspect(COSBase base, int depth) {
        if (base == null || depth > MAX_NESTING) {
            return;
        }
        if (base instanceof COSDictionary dictionary) {
            for (COSName key : dictionary.keySet()) {
                String name = key.getName();
                RuleViolation.require(!SCRIPT_KEYS.contains(name), "rule.document.script");
                RuleViolation.require(!FILE_KEYS.contains(name), "rule.document.embeddedFile");
            }
            COSBase type = dictionary.getDictionaryObject(COSName.TYPE);
            RuleViolation.require(!(type instanceof COSName t && t.getName().equals("EmbeddedFile")),
                    "rule.document.embeddedFile");
            COSBase action = dictionary.getItem(COSName.S);
            RuleViolation.require(!(action instanceof COSName s && SCRIPT_ACTIONS.contains(s.getName())),
                    "rule.document.script");
            for (COSBase value : dictionary.getValues()) {
                inspect(value, depth + 1);
            }
        } else if (base instanceof COSArray array) {
            for (COSBase value : array) {
                inspect(value, depth + 1);
            }
        }
    }
}
