package newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureTest {
    private static final byte[] BODY = "payload".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheRightHmacOnly() {
        String header = Signature.sign("s3cret", BODY);
        assertThat(Signature.valid(header, "s3cret", BODY)).isTrue();
        assertThat(Signature.valid(header.toUpperCase(java.util.Locale.ROOT), "s3cret", BODY)).isTrue();
        assertThat(Signature.valid(header, "other", BODY)).isFalse();
        assertThat(Signature.valid(header, "s3cret", "payload!".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void rejectsMalformedMissingAndWeakSignatures() {
        assertThat(Signature.valid(null, "s", BODY)).isFalse();
        assertThat(Signature.valid("sha256", "s", BODY)).isFalse();
        assertThat(Signature.valid("sha256=zz", "s", BODY)).isFalse();
        assertThat(Signature.valid("md5=00", "s", BODY)).isFalse();
        // sha1 is refused even when correct: see Signature's comment.
        assertThat(Signature.valid("sha1=" + "0".repeat(40), "s", BODY)).isFalse();
        assertThat(Signature.valid(Signature.sign("s", BODY), null, BODY)).isFalse();
    }
}
