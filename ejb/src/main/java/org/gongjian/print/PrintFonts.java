package org.gongjian.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongjian.platform.BusinessException;

/**
 * The two bundled fonts: which characters each can draw (read once from their character maps) and,
 * per document, the embedded subsets. Text is split into runs of one font each; a character
 * neither font has refuses the whole document.
 */
final class PrintFonts {

    private static final Face LATIN = Face.load("DejaVuSans.ttf");
    private static final Face CJK = Face.load("DroidSansFallbackFull.ttf");
    private static final int CJK_FROM = 0x2E80;
    private static final int CONTEXT = 12;

    private final PDType0Font latin;
    private final PDType0Font cjk;

    private PrintFonts(PDType0Font latin, PDType0Font cjk) {
        this.latin = latin;
        this.cjk = cjk;
    }

    /** Both fonts, embedded as subsets of what the document draws. */
    static PrintFonts embeddedIn(PDDocument document) {
        try {
            return new PrintFonts(LATIN.embedIn(document), CJK.embedIn(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One piece of text drawn in one font. */
    record Run(PDType0Font font, String text) {
    }

    /** The text in runs of one font each; refuses a character neither font has. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font font = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            PDType0Font chosen = fontFor(c, text, i);
            if (font != null && chosen != font) {
                runs.add(new Run(font, current.toString()));
                current.setLength(0);
            }
            font = chosen;
            current.appendCodePoint(c);
            i += Character.charCount(c);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(font, current.toString()));
        }
        return runs;
    }

    /** Refuses the text if a character of it cannot be printed; the layout checks every text it draws. */
    static void requirePrintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!LATIN.has(c) && !CJK.has(c)) {
                throw unprintable(c, text, i);
            }
            i += Character.charCount(c);
        }
    }

    private PDType0Font fontFor(int c, String text, int at) {
        boolean inLatin = LATIN.has(c);
        boolean inCjk = CJK.has(c);
        if (inCjk && (c >= CJK_FROM || !inLatin)) {
            return cjk;
        }
        if (inLatin) {
            return latin;
        }
        throw unprintable(c, text, at);
    }

    private static BusinessException unprintable(int c, String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + Character.charCount(c) + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String context = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        return new BusinessException("pdf.unprintable", new String(Character.toChars(c)),
                String.format("U+%04X", c), context);
    }

    /** A bundled font file: its bytes and the characters it maps to a glyph. */
    private record Face(String file, byte[] bytes, BitSet characters) {

        static Face load(String file) {
            try (InputStream in = PrintFonts.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the jar");
                }
                byte[] bytes = in.readAllBytes();
                BitSet characters = new BitSet();
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    CmapLookup map = font.getUnicodeCmapLookup();
                    for (int c = 0x20; c <= Character.MAX_CODE_POINT; c++) {
                        if (map.getGlyphId(c) > 0) {
                            characters.set(c);
                        }
                    }
                }
                return new Face(file, bytes, characters);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file, e);
            }
        }

        boolean has(int c) {
            return characters.get(c);
        }

        PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
        }
    }
}
