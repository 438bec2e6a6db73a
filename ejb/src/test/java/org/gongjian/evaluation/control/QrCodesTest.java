package org.gongjian.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String ADDRESS = "https://gongjian.example.org/opinion/xinqiao/42?code=ABCD-2345";
    private final QrCodes codes = new QrCodes();

    @Test
    void theDrawnCodeReadsBackAsTheAddress() throws Exception {
        String svg = codes.svg(ADDRESS, "票码 ABCD-2345");
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        BitMatrix drawn = new BitMatrix(size);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            drawn.set(Integer.parseInt(module.group(1)), Integer.parseInt(module.group(2)));
        }
        assertEquals(codes.matrix(ADDRESS), drawn, "every dark module is one square of the path");
        assertFalse(drawn.get(QrCodes.QUIET_ZONE - 1, QrCodes.QUIET_ZONE - 1), "the quiet zone is white");
        assertEquals(ADDRESS, read(drawn, 8));
    }

    @Test
    void theLabelCannotBreakOutOfItsAttribute() {
        String svg = codes.svg(ADDRESS, "\"><script>x</script>");
        assertTrue(svg.contains("aria-label=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), svg);
        assertFalse(svg.contains("<script>"));
    }

    /** Reads the code as a camera would see it, each module this many pixels wide. */
    private static String read(BitMatrix matrix, int scale) throws Exception {
        int size = matrix.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)))).getText();
    }
}
