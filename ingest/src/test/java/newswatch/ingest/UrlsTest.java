package newswatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://News.Example.ORG:443/World/Story?id=7#comments | https://news.example.org/World/Story?id=7",
        "http://example.org:80 | http://example.org/",
        "http://example.org:8080/a | http://example.org:8080/a",
        "https://example.org/a?utm_source=tw&id=1&UTM_Medium=x&fbclid=abc&b=2 | https://example.org/a?id=1&b=2",
        "https://example.org/a?gclid=1&utm_campaign=z | https://example.org/a",
        "https://example.org/a?b=2&a=1 | https://example.org/a?b=2&a=1",
        "https://example.org/a?q=%E5%8C%97&&x | https://example.org/a?q=%E5%8C%97&x",
        "https://example.org./a | https://example.org/a",
        "https://user@example.org/a | https://user@example.org/a",
        "https://example.org/utm_source/page | https://example.org/utm_source/page",
    })
    void canonicalises(String in, String expected) {
        assertThat(Urls.canonical(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not a url", "http://exa mple.org/", "/relative/path", "mailto:x@example.org"})
    void unparsableIsReturnedUnchanged(String in) {
        assertThat(Urls.canonical(in)).isEqualTo(in);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.org/a#x | https://EXAMPLE.org:443/a?utm_term=k",
        "https://example.org/a?id=5 | https://example.org/a?id=5&mc_cid=1#top",
    })
    void sameArticleSameKey(String a, String b) {
        assertThat(Urls.canonical(a)).isEqualTo(Urls.canonical(b));
    }
}
