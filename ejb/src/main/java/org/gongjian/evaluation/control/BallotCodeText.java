package org.gongjian.evaluation.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gongjian.platform.BusinessException;

/**
 * A ballot code as people read, type and print it: eight characters from an alphabet without the
 * look-alikes 0/O, 1/I/L, stored as eight capitals ({@link #value()}) and shown as {@code XXXX-XXXX}.
 * What a voter types is read case-insensitively, with or without the dash; anything else is
 * refused with a message saying what a code looks like, never cleaned up.
 */
public record BallotCodeText(String value) {

    /** 31 characters: 2–9 and the capitals but I, L and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;
    private static final Pattern TYPED = Pattern.compile("[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}");
    private static final Pattern LOOK_ALIKES = Pattern.compile("[01ILOilo]");

    public BallotCodeText {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("not a ballot code: " + value);
        }
    }

    /** A new code, each character drawn from the alphabet by this random source. */
    public static BallotCodeText random(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new BallotCodeText(new String(code));
    }

    /**
     * The code a voter typed: {@code ABCD-EFGH}, {@code abcdefgh} and the like.
     *
     * @throws BusinessException {@code ballot.code.required}, {@code ballot.code.format} or
     *                           {@code ballot.code.lookAlike} (a 0, 1, I, L or O, which no code has)
     */
    public static BallotCodeText parse(String typed) {
        if (typed == null || typed.isEmpty()) {
            throw new BusinessException("ballot.code.required");
        }
        if (!TYPED.matcher(typed).matches()) {
            throw new BusinessException("ballot.code.format");
        }
        if (LOOK_ALIKES.matcher(typed).find()) {
            throw new BusinessException("ballot.code.lookAlike");
        }
        return new BallotCodeText(typed.replace("-", "").toUpperCase(Locale.ROOT));
    }

    /** As printed on the sheet: {@code ABCD-EFGH}. */
    public String shown() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    @Override
    public String toString() {
        return shown();
    }
}
