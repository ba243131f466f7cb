package newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Which charset a page's bytes are read with, when the header, a BOM or a meta tag name one, and when none does. */
class HtmlDecoderTest {
    private static final String KOREAN = "북한 외교관 가족과 함께 망명, 정부는 신변 보호 조치에 들어갔다고 밝혔다. "
            + "통일부 당국자는 이번 입국이 올해 들어 세 번째 고위급 탈북이라고 설명했다.";

    private static byte[] page(String meta, String body, Charset charset) {
        return ("<html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>").getBytes(charset);
    }

    @Test
    void theHeadersCharsetWins() {
        byte[] html = page("<meta charset=\"utf-8\">", KOREAN, Charset.forName("EUC-KR"));

        assertThat(HtmlDecoder.decode(html, "text/html; charset=EUC-KR")).contains(KOREAN);
    }

    @Test
    void aMetaCharsetIsUsedWithoutAHeader() {
        byte[] html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">", KOREAN,
                Charset.forName("EUC-KR"));

        assertThat(HtmlDecoder.decode(html, "text/html")).contains(KOREAN);
    }

    @Test
    void anUndeclaredKoreanPageIsGuessedNotReadAsWindows1252() {
        byte[] html = page("", KOREAN, Charset.forName("EUC-KR"));

        assertThat(HtmlDecoder.decode(html, null)).contains(KOREAN);
    }

    @Test
    void anUndeclaredJapanesePageIsGuessed() {
        String japanese = "北朝鮮の元外交官が韓国で記者会見を開き、亡命に至った経緯を語った。"
                + "政府関係者によると、家族とともに第三国を経由して入国したという。";
        byte[] html = page("", japanese, Charset.forName("Shift_JIS"));

        assertThat(HtmlDecoder.decode(html, null)).contains(japanese);
    }

    @Test
    void undeclaredWesternBytesStillReadAsWindows1252() {
        String text = "The envoy\u2019s \u201cquiet\u201d exit \u2014 and what it means for Pyongyang.";
        byte[] html = page("", text, Charset.forName("windows-1252"));

        assertThat(HtmlDecoder.decode(html, null)).contains(text);
    }
}
