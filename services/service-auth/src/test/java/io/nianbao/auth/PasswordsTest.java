package io.nianbao.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    @Test
    void generatedSecretsAreLongAndDifferent() {
        String a = Passwords.generate("nbk_");
        String b = Passwords.generate("nbk_");
        assertTrue(a.matches("nbk_[0-9a-f]{32}"), a);
        assertNotEquals(a, b);
    }

    @Test
    void emptyOrMissingSecretsNeverMatch() {
        assertFalse(Passwords.same("", ""));
        assertFalse(Passwords.same(null, null));
        assertFalse(Passwords.same("x", null));
        assertTrue(Passwords.same("s3cret", "s3cret"));
        assertFalse(Passwords.same("s3cret", "s3creT"));
    }

    @Test
    void hashIsHexSha256() {
        assertEquals("2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b", Passwords.sha256("secret"));
    }
}
