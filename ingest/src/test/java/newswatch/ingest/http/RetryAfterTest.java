package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void seconds() {
        assertThat(RetryAfter.parse("30", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void httpDate() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:30:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void pastDateMeansNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void garbageIsIgnored() {
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isNull();
    }
}
