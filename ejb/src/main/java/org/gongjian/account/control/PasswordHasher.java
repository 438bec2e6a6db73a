package org.gongjian.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import org.gongjian.platform.BusinessException;

/**
 * Password hashes (PBKDF2-HMAC-SHA256, 210,000 iterations, 32-byte salt), the password rule, and
 * random first passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash hash;

    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(randomPassword().toCharArray());
    }

    /** Hashes a password the user chose, after checking it against the rule. */
    public String hashChosen(String password) {
        requireStrong(password);
        return hash.generate(password.toCharArray());
    }

    public String hashIssued(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, so a missing account cannot be told from a wrong password. */
    public void verifyAgainstDecoy(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    public static void requireStrong(String password) {
        if (password != null && password.length() > MAX_LENGTH) {
            throw new BusinessException("password.tooLong", MAX_LENGTH);
        }
        if (password == null || password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessException("password.weak", MIN_LENGTH);
        }
    }

    /** Twelve characters with letters and digits, without look-alikes such as 0/O and 1/l. */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder();
        while (password.length() < 12) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        password.setCharAt(RANDOM.nextInt(6), (char) ('2' + RANDOM.nextInt(8)));
        password.setCharAt(6 + RANDOM.nextInt(6), (char) ('a' + RANDOM.nextInt(8)));
        return password.toString();
    }
}
