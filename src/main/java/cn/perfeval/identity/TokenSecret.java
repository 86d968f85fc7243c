package cn.perfeval.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal access token: {@code pe_} + a selector of 16 hex digits (8 random bytes, stored as is
 * to find the row) + {@code _} + a secret of 32 random bytes (base64url). Only the SHA-256 of the
 * whole token is stored: the secret's 256 bits make a slow hash unnecessary, so checking a token
 * costs a hash of microseconds where a password costs bcrypt's tens of milliseconds.
 */
record TokenSecret(String token, String selector, String hash) {

    static final String PREFIX = "pe_";
    private static final int SELECTOR_BYTES = 8;
    private static final int SECRET_BYTES = 32;
    private static final int SELECTOR_LENGTH = SELECTOR_BYTES * 2;
    private static final int SECRET_LENGTH = 43;
    static final int LENGTH = PREFIX.length() + SELECTOR_LENGTH + 1 + SECRET_LENGTH;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    static TokenSecret generate() {
        byte[] selector = new byte[SELECTOR_BYTES];
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(selector);
        RANDOM.nextBytes(secret);
        String token = PREFIX + HEX.formatHex(selector) + "_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(secret);
        return new TokenSecret(token, HEX.formatHex(selector), HEX.formatHex(sha256(token)));
    }

    /** The selector of a token of the right shape; null for anything else. */
    static String selectorOf(String token) {
        if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)
                || token.charAt(PREFIX.length() + SELECTOR_LENGTH) != '_') {
            return null;
        }
        String selector = token.substring(PREFIX.length(), PREFIX.length() + SELECTOR_LENGTH);
        for (int i = 0; i < selector.length(); i++) {
            if (Character.digit(selector.charAt(i), 16) < 0 || Character.isUpperCase(selector.charAt(i))) {
                return null;
            }
        }
        return selector;
    }

    /** Whether the token hashes to the stored hash, compared in constant time. */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(sha256(token), HEX.parseHex(storedHash));
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
