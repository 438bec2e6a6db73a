package org.gongjian.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.gongjian.platform.BusinessException;
import org.junit.jupiter.api.Test;

class BallotCodeTextTest {

    @Test
    void aCodeIsReadWithOrWithoutItsDashInEitherCase() {
        assertEquals("ABCD2345", BallotCodeText.parse("ABCD-2345").value());
        assertEquals("ABCD2345", BallotCodeText.parse("abcd2345").value());
        assertEquals("ABCD2345", BallotCodeText.parse("aBcD-2345").value());
        assertEquals("ABCD-2345", BallotCodeText.parse("abcd2345").shown());
    }

    @Test
    void anythingElseIsRefusedNotCleanedUp() {
        for (String typed : new String[] {" ABCD-2345", "ABCD-2345 ", "ABCD 2345", "ABC-D2345", "ABCD--2345", "ABCD-234",
                "ABCD-23456", "ABCD_2345", "ＡＢＣＤ-2345", "ABCD-2345\n"}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> BallotCodeText.parse(typed), typed);
            assertEquals("ballot.code.format", refused.key(), typed);
        }
        assertEquals("ballot.code.required", assertThrows(BusinessException.class, () -> BallotCodeText.parse("")).key());
        assertEquals("ballot.code.required", assertThrows(BusinessException.class, () -> BallotCodeText.parse(null)).key());
    }

    @Test
    void lookAlikesAreNamedAsSuch() {
        for (String typed : new String[] {"ABCD-2340", "ABCD-234O", "ABCD-2341", "ABCD-234I", "abcd-234l", "ABCD234o"}) {
            assertEquals("ballot.code.lookAlike", assertThrows(BusinessException.class, () -> BallotCodeText.parse(typed)).key(), typed);
        }
    }

    @Test
    void newCodesUseOnlyTheAlphabetAndReadBackAsThemselves() {
        SecureRandom random = new SecureRandom();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            BallotCodeText code = BallotCodeText.random(random);
            assertEquals(8, code.value().length());
            assertTrue(code.value().matches("[2-9A-HJKMNP-Z]{8}"), code.value());
            assertEquals(code, BallotCodeText.parse(code.shown()));
            assertEquals(code, BallotCodeText.parse(code.value().toLowerCase()));
            code.value().chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(31, seen.size(), "every character of the alphabet turns up");
    }

    @Test
    void theAlphabetHasNoLookAlikes() {
        assertEquals(31, BallotCodeText.ALPHABET.length());
        for (char c : "01ILO".toCharArray()) {
            assertEquals(-1, BallotCodeText.ALPHABET.indexOf(c), String.valueOf(c));
        }
        assertThrows(IllegalArgumentException.class, () -> new BallotCodeText("ABCD234O"));
    }
}
