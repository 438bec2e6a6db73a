package org.gongjian.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gongjian.platform.BusinessException;

/**
 * Writes a PDF on A4 from the top down: a cover, headings, paragraphs wrapped to the width (Chinese
 * may break between any two characters, except before closing or after opening punctuation; Latin
 * words break at spaces), tables whose rows never split across pages and whose header repeats,
 * images scaled to the width, horizontal bars, and page numbers on every page after the cover.
 * Every text is checked against the fonts first, so a refused document has written nothing.
 */
public final class PdfLayout implements AutoCloseable {

    static final float BODY = 10.5f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.55f;
    private static final float PAD = 4;
    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’,.;:?!)]}%…—·";
    private static final String OPENING = "（《「『【〔〈“‘([{¥$";

    private final PDDocument document = new PDDocument();
    private final PrintFonts fonts;
    private final Wording words;
    private final List<PDPage> numbered = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    PdfLayout(Wording words, String title) {
        this.words = words;
        this.fonts = PrintFonts.embeddedIn(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(words.languageTag());
    }

    /** A page of its own with the title in large type a third down, then the lines below it. */
    void cover(String title, String subtitle, List<String> lines) {
        startPage(false);
        y = PAGE.getHeight() * 0.68f;
        centred(title, 24);
        y -= 16;
        if (subtitle != null && !subtitle.isBlank()) {
            centred(subtitle, 15);
        }
        y -= 40;
        for (String line : lines) {
            centred(line, 12);
        }
        page = null;
    }

    /** A title in large type centred, on the current page. */
    void title(String text) {
        centred(text, 18);
        y -= 8;
    }

    void heading(String text) {
        space(10);
        float size = 14;
        List<String> lines = wrap(text, size, WIDTH);
        need(lines.size() * size * LEADING + BODY * LEADING * 2);
        for (String line : lines) {
            write(line, MARGIN, size);
        }
        y -= 2;
    }

    /** A paragraph wrapped to the page; line breaks in the text start new lines. */
    void paragraph(String text) {
        paragraph(text, BODY);
    }

    void paragraph(String text, float size) {
        for (String line : wrap(text == null ? "" : text, size, WIDTH)) {
            need(size * LEADING);
            write(line, MARGIN, size);
        }
        y -= size * 0.4f;
    }

    /** An empty box of the given height to write in by hand. */
    void box(float height) {
        need(height + 4);
        rectangle(MARGIN, y - height, WIDTH, height);
        y -= height + 6;
    }

    void space(float points) {
        if (page != null) {
            y -= points;
        }
    }

    void newPage() {
        page = null;
    }

    /**
     * A table with the given column headers and relative widths; {@code numeric} columns are
     * right-aligned. A row moves to the next page whole, and the header is repeated there.
     */
    void table(List<String> headers, float[] widths, boolean[] numeric, List<List<String>> rows) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = WIDTH * widths[i] / total;
        }
        float size = BODY - 1;
        List<List<String>> header = cells(headers, columns, size);
        need(height(header, size) + height(rows.isEmpty() ? header : cells(rows.get(0), columns, size), size));
        row(header, columns, numeric, size, true);
        for (List<String> values : rows) {
            List<List<String>> cells = cells(values, columns, size);
            float height = height(cells, size);
            if (y - height < MARGIN + BODY * 2) {
                startPage(true);
                row(header, columns, numeric, size, true);
            }
            row(cells, columns, numeric, size, false);
        }
        y -= BODY * 0.8f;
    }

    /** Label–value pairs as a two-column table without a header. */
    void facts(List<String[]> pairs) {
        float[] columns = {WIDTH * 0.24f, WIDTH * 0.76f};
        boolean[] numeric = {false, false};
        for (String[] pair : pairs) {
            List<List<String>> cells = cells(Arrays.asList(pair), columns, BODY);
            need(height(cells, BODY));
            row(cells, columns, numeric, BODY, false);
        }
        y -= BODY * 0.8f;
    }

    /** Horizontal bars, one per label, scaled to the largest value (values are non-negative). */
    void bars(List<String> labels, List<BigDecimal> values, List<String> shown) {
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        float labelWidth = WIDTH * 0.3f;
        float valueWidth = WIDTH * 0.2f;
        float barRoom = WIDTH - labelWidth - valueWidth - 2 * PAD;
        float size = BODY - 1;
        float rowHeight = size * 2;
        for (int i = 0; i < labels.size(); i++) {
            List<String> label = wrap(labels.get(i), size, labelWidth - PAD);
            String first = label.isEmpty() ? "" : label.get(0) + (label.size() > 1 ? "…" : "");
            need(rowHeight);
            float top = y;
            y -= size * 1.3f;
            text(first, MARGIN, y, size);
            float length = max.signum() == 0 ? 0 : values.get(i).multiply(BigDecimal.valueOf(barRoom))
                    .divide(max, 2, java.math.RoundingMode.HALF_UP).floatValue();
            draw(() -> {
                stream.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                stream.addRect(MARGIN + labelWidth, top - rowHeight + size * 0.5f, Math.max(length, 0.5f), size);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            });
            text(shown.get(i), MARGIN + labelWidth + length + PAD, y, size);
            y = top - rowHeight;
        }
        y -= BODY * 0.8f;
    }

    /** A JPEG or PNG image scaled to the page's width, and down further to at most {@code maxHeight}. */
    void image(byte[] bytes, float maxHeight) {
        if (!isJpeg(bytes) && !isPng(bytes)) {
            throw new BusinessException("pdf.image.unsupported");
        }
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(document, bytes, null);
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("pdf.image.unreadable");
        }
        float scale = Math.min(WIDTH / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        need(h + 6);
        float left = MARGIN + (WIDTH - w) / 2;
        float bottom = y - h;
        draw(() -> stream.drawImage(image, left, bottom, w, h));
        y -= h + 8;
    }

    /** The finished PDF, page numbers added to every page after the cover. */
    byte[] finish() {
        try {
            closeStream();
            int count = numbered.size();
            for (int i = 0; i < count; i++) {
                String label = words.text("page", i + 1, count);
                try (PDPageContentStream footer = new PDPageContentStream(document, numbered.get(i), AppendMode.APPEND, true, true)) {
                    stream = footer;
                    float size = BODY - 2;
                    text(label, (PAGE.getWidth() - width(label, size)) / 2, MARGIN / 2, size);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    /** Releases the document; a layout refused half-way is closed without writing anything. */
    @Override
    public void close() {
        stream = null;
        try {
            document.close();
        } catch (IOException ignored) {
            // the document lives in memory: nothing is left to release
        }
    }

    /** The lines the text breaks into at the given size and width. */
    List<String> wrap(String text, float size, float width) {
        PrintFonts.requirePrintable(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            boolean spaced = false;
            for (String token : tokens(paragraph)) {
                if (token.isBlank() && !token.equals("\u3000")) {
                    spaced = !line.isEmpty();
                    continue;
                }
                float room = spaced ? width(" ", size) : 0;
                float w = width(token, size);
                if (!line.isEmpty() && used + room + w > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                    room = 0;
                }
                spaced = false;
                if (line.isEmpty() && w > width) {
                    for (int i = 0; i < token.length(); ) {
                        String c = new String(Character.toChars(token.codePointAt(i)));
                        float cw = width(c, size);
                        if (!line.isEmpty() && used + cw > width) {
                            lines.add(line.toString());
                            line.setLength(0);
                            used = 0;
                        }
                        line.append(c);
                        used += cw;
                        i += c.length();
                    }
                    continue;
                }
                if (room > 0) {
                    line.append(' ');
                }
                line.append(token);
                used += room + w;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Pieces no line may break inside: a CJK character, a Latin word, a space; closing punctuation
     * sticks to the piece before it, opening punctuation to the piece after it.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String opening = "";
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String s = new String(Character.toChars(c));
            if (CLOSING.contains(s) && (!word.isEmpty() || !tokens.isEmpty()) && opening.isEmpty()) {
                if (!word.isEmpty()) {
                    word.append(s);
                } else if (!tokens.get(tokens.size() - 1).isBlank()) {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + s);
                } else {
                    tokens.add(s);
                }
            } else if (OPENING.contains(s)) {
                flush(tokens, word);
                opening += s;
            } else if (Character.isWhitespace(c) && c != 0x3000) {
                flush(tokens, word);
                tokens.add(opening.isEmpty() ? " " : opening);
                opening = "";
            } else if (c >= 0x2E80) {
                flush(tokens, word);
                tokens.add(opening + s);
                opening = "";
            } else {
                word.append(opening).append(s);
                opening = "";
            }
        }
        word.append(opening);
        flush(tokens, word);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder word) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    float width(String text, float size) {
        float w = 0;
        try {
            for (PrintFonts.Run run : fonts.runs(text)) {
                w += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w;
    }

    private List<List<String>> cells(List<String> values, float[] columns, float size) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String value = i < values.size() && values.get(i) != null ? values.get(i) : "";
            cells.add(wrap(value, size, columns[i] - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(lines, 1) * size * LEADING + 2 * PAD;
    }

    private void row(List<List<String>> cells, float[] columns, boolean[] numeric, float size, boolean header) {
        float height = height(cells, size);
        float top = y;
        float x = MARGIN;
        if (header) {
            float left = x;
            draw(() -> {
                stream.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                stream.addRect(left, top - height, WIDTH, height);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            });
        }
        for (int i = 0; i < columns.length; i++) {
            rectangle(x, top - height, columns[i], height);
            float baseline = top - PAD - size * 1.1f;
            for (String line : cells.get(i)) {
                float left = numeric[i] && !header ? x + columns[i] - PAD - width(line, size) : x + PAD;
                text(line, left, baseline, size);
                baseline -= size * LEADING;
            }
            x += columns[i];
        }
        y = top - height;
    }

    private void centred(String text, float size) {
        for (String line : wrap(text, size, WIDTH)) {
            need(size * LEADING);
            y -= size * LEADING;
            text(line, (PAGE.getWidth() - width(line, size)) / 2, y + size * 0.35f, size);
        }
    }

    private void write(String line, float x, float size) {
        y -= size * LEADING;
        text(line, x, y + size * 0.35f, size);
    }

    private void text(String line, float x, float baseline, float size) {
        if (line.isEmpty()) {
            return;
        }
        draw(() -> {
            stream.beginText();
            stream.newLineAtOffset(x, baseline);
            for (PrintFonts.Run run : fonts.runs(line)) {
                stream.setFont(run.font(), size);
                stream.showText(run.text());
            }
            stream.endText();
        });
    }

    private void rectangle(float x, float bottom, float w, float h) {
        draw(() -> {
            stream.setLineWidth(0.5f);
            stream.addRect(x, bottom, w, h);
            stream.stroke();
        });
    }

    private void need(float height) {
        if (page == null || y - height < MARGIN) {
            startPage(true);
        }
    }

    private void startPage(boolean withNumber) {
        try {
            closeStream();
            page = new PDPage(PAGE);
            document.addPage(page);
            if (withNumber) {
                numbered.add(page);
            }
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJpeg(byte[] b) {
        return b != null && b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return b != null && b.length > signature.length && Arrays.equals(Arrays.copyOf(b, signature.length), signature);
    }

    @FunctionalInterface
    private interface Drawing {
        void run() throws IOException;
    }
}
