package org.gongjian.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void offersTheNameInUtf8WithAPlainFallback() {
        assertEquals("attachment; filename=\"____.png\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png",
                Downloads.disposition("现场照片.png"));
        assertEquals("attachment; filename=\"plan v2.pdf\"; filename*=UTF-8''plan%20v2.pdf", Downloads.disposition("plan v2.pdf"));
    }

    @Test
    void keepsQuotesAndLineBreaksOutOfTheHeader() {
        assertEquals("attachment; filename=\"a_b__c_.pdf\"; filename*=UTF-8''a%22b%0D%0Ac%25.pdf",
                Downloads.disposition("a\"b\r\nc%.pdf"));
    }
}
