package newswatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheControlTest {
    @Test
    void readsMaxAgeAmongOtherDirectives() {
        assertThat(CacheControl.maxAge("public, max-age=600")).isEqualTo(Duration.ofMinutes(10));
        assertThat(CacheControl.maxAge("Max-Age=\"60\", must-revalidate")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void absentOrUnreadableIsNull() {
        assertThat(CacheControl.maxAge(null)).isNull();
        assertThat(CacheControl.maxAge("no-cache")).isNull();
        assertThat(CacheControl.maxAge("max-age=soon")).isNull();
        assertThat(CacheControl.maxAge("max-age=-5")).isNull();
        assertThat(CacheControl.maxAge("max-age=99999999999999999999")).isNull();
    }
}
