package org.gongjian.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF read back as a reader would: its text, page by page, and its fonts. */
record PrintedPdf(List<String> pages, List<PDFont> fonts, int images) {

    static PrintedPdf read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            int images = 0;
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
                PDPage page = document.getPage(i - 1);
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                for (COSName name : page.getResources().getXObjectNames()) {
                    images++;
                }
            }
            return new PrintedPdf(pages, fonts, images);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text without white space, so words broken across lines read whole again. */
    String text() {
        return squeezed(String.join("", pages));
    }

    static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    /** A small picture in the given format ("png" or "jpg"). */
    static byte[] picture(String format) {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.RED);
        g.fillOval(60, 40, 200, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
