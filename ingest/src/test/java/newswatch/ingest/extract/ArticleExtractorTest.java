package newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    static byte[] page(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void articleParagraphsKeptAndBoilerplateDropped() throws IOException {
        Extracted x = ArticleExtractor.extract(page("article.html"), "text/html", "https://times.example/world/x?utm_source=a");
        assertThat(x.failureReason()).isNull();
        assertThat(x.text()).contains(
                "Three people who fled North Korea last winter",
                "One of them, a former factory worker",
                "Months of hiding",
                "They spent four months in hiding",
                "\"We did not know if we would live,\" one of the women said.",
                "The Ministry of Unification said");
        assertThat(x.text()).doesNotContain("Cookies", "Accept", "Human rights", "Sanctions", "Home", "Share this",
                "Advertisement", "swims across", "UN report condemns", "Reader comment", "Subscribe", "Copyright",
                "editorial note", "tracking", "color: red");
        assertThat(x.text()).contains("patrols.\n\nMonths of hiding\n\nThey spent");
    }

    @Test
    void articleMetadata() throws IOException {
        Extracted x = ArticleExtractor.extract(page("article.html"), null, "https://times.example/world/x");
        assertThat(x.title()).isEqualTo("Three defectors recount their escape through the mountains");
        assertThat(x.byline()).isEqualTo("Kim Min-ji");
        assertThat(x.published()).isEqualTo(Instant.parse("2024-05-13T23:30:00Z"));
        assertThat(x.language()).isEqualTo("en-GB");
        assertThat(x.canonicalUrl()).isEqualTo("https://times.example/world/2024/05/defectors-escape");
        assertThat(x.siteName()).isEqualTo("Peninsula Times");
    }

    @Test
    void withoutArticleTagTheDenseProseContainerWins() throws IOException {
        Extracted x = ArticleExtractor.extract(page("div-soup.html"), "text/html; charset=utf-8", "https://rights.example.net/p/123?x=1");
        assertThat(x.text()).startsWith("A former prisoner of a political prison camp")
                .contains("daily quotas in a mine", "publish its findings in the autumn")
                .doesNotContain("Defector describes torture", "balloons", "Camps", "Links: more");
        assertThat(x.title()).isEqualTo("Prison camp survivor testifies");
        assertThat(x.canonicalUrl()).isEqualTo("https://rights.example.net/p/123");
        assertThat(x.published()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
    }

    @Test
    void jsonLdArticleBodyIsPreferred() throws IOException {
        Extracted x = ArticleExtractor.extract(page("jsonld.html"), null, "https://wire.example/a");
        assertThat(x.text()).isEqualTo("Human rights groups said on Monday that Chinese authorities had sent dozens of"
                + " North Koreans back across the border.\n\nThe groups said those returned face interrogation and"
                + " detention, and urged Beijing to stop the practice.");
        assertThat(x.title()).isEqualTo("Forced repatriations continue, groups say");
        assertThat(x.byline()).isEqualTo("Choi, Han");
        assertThat(x.published()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(x.siteName()).isEqualTo("Seoul Wire");
        assertThat(x.language()).isEqualTo("ko");
    }

    @Test
    void metaCharsetDecodesLegacyKorean() throws IOException {
        Extracted x = ArticleExtractor.extract(page("korean-euckr.html"), "text/html", "https://kr.example/1");
        assertThat(x.title()).isEqualTo("탈북민 증언");
        assertThat(x.text()).contains("탈북민 세 명이", "통일부는");
    }

    @Test
    void headerCharsetWinsOverMeta() throws IOException {
        Extracted x = ArticleExtractor.extract(page("french-cp1252.html"), "text/html; charset=windows-1252", "https://fr.example/1");
        assertThat(x.title()).isEqualTo("Réfugiés");
        assertThat(x.text()).contains("Les réfugiés nord-coréens");
    }

    @Test
    void bomWinsOverMeta() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Ça</title></head><body><article><p>"
                + "Témoignage ".repeat(30) + "</p></article></body></html>";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Extracted x = ArticleExtractor.extract(withBom, null, "https://fr.example/2");
        assertThat(x.title()).isEqualTo("Ça");
        assertThat(x.text()).startsWith("Témoignage Témoignage");
    }

    @Test
    void pageWithoutArticleFailsWithReason() throws IOException {
        Extracted x = ArticleExtractor.extract(page("front-page.html"), "text/html", "https://front.example/");
        assertThat(x.text()).isEmpty();
        assertThat(x.failureReason()).isNotBlank();
        assertThat(x.title()).isEqualTo("Front page");
    }

    @Test
    void binaryJunkFails() {
        byte[] junk = new byte[5000];
        new Random(42).nextBytes(junk);
        Extracted x = ArticleExtractor.extract(junk, "text/html", "https://junk.example/");
        assertThat(x.text()).isEmpty();
        assertThat(x.failureReason()).contains("binary");
    }

    @Test
    void emptyAndNullInputFail() {
        assertThat(ArticleExtractor.extract(new byte[0], null, "https://e.example/").failureReason()).isNotBlank();
        assertThat(ArticleExtractor.extract(null, null, null).failureReason()).isNotBlank();
    }

    @Test
    void truncatedHtmlStillYieldsWhatArrived() throws IOException {
        byte[] whole = page("article.html");
        String s = new String(whole, StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, s.indexOf("They spent four months"));
        Extracted x = ArticleExtractor.extract(cut, null, "https://times.example/x");
        assertThat(x.text()).contains("Three people who fled North Korea").doesNotContain("Cookies");
    }

    @Test
    void deeplyNestedMarkupDoesNotThrow() {
        String deep = "<div>".repeat(200_000) + "<p>" + "deep text ".repeat(20) + "</p>" + "</div>".repeat(200_000);
        Extracted x = ArticleExtractor.extract(deep.getBytes(StandardCharsets.UTF_8), null, "https://deep.example/");
        assertThat(x).isNotNull();
        assertThat(x.text().isEmpty()).isEqualTo(x.failureReason() != null);
    }

    @Test
    void wrapperWithBoilerplateHintKeepsArticle() {
        String html = "<html><body><div class=\"page-with-sidebar\"><div class=\"content\">"
                + ("<p>" + "Article sentence about the border crossing. ".repeat(4) + "</p>").repeat(3)
                + "</div><div class=\"sidebar\"><p><a href=/x>Other story about the defectors</a></p></div></div></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://w.example/");
        assertThat(x.text()).contains("Article sentence about the border crossing.").doesNotContain("Other story");
    }

    private static String prose(String sentence, int paragraphs) {
        return ("<p>" + (sentence + " ").repeat(4) + "</p>").repeat(paragraphs);
    }

    @Test
    void layoutWrapperNamedForItsSidebarKeepsTheArticle() {
        String html = "<html><body><nav><a href=/>Home</a></nav><div class=\"layout-with-sidebar\"><div>"
                + prose("The ministry confirmed the new figures on Tuesday, officials said.", 4) + "</div>"
                + "<div class=\"sidebar\"><p><a href=/x>Another story entirely</a></p></div></div>"
                + "<footer>" + prose("Copyright notice and legal small print for the site.", 1) + "</footer></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://l.example/");
        assertThat(x.text()).contains("The ministry confirmed").doesNotContain("Another story", "Copyright");
    }

    @Test
    void articleMarkedAsTheParentOfAStickySidebarKeepsItsText() {
        String html = "<html><body><header><a href=/>Home</a></header><article class=\"story sticky-sidebar-parent\">"
                + "<h1>Judge sworn in</h1><div class=\"story-content sticky-sidebar-relative\">"
                + prose("The governor appointed the judge to the court last year, aides said.", 4) + "</div>"
                + "<div class=\"sidebar\"><p><a href=/y>Most read elsewhere today</a></p></div></article>"
                + "<div class=\"newsletter\">" + prose("Sign up to our daily edition and get the news in your inbox, free.", 5)
                + "</div><ul class=\"more\">" + "<li><a href=/z>A headline from the list of other stories on the site</a></li>".repeat(20)
                + "</ul></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://s.example/");
        assertThat(x.text()).contains("The governor appointed the judge").doesNotContain("Most read");
    }

    @Test
    void leadInTheArticleHeaderIsKeptButNotTheSiteHeader() {
        String html = "<html><body><header><a href=/>Home</a><p>The town's own paper since 1887, printed every single"
                + " morning of the week.</p></header><main><header><h1>Bridge approved</h1><p>After two years of debate"
                + " the council has voted for the new bridge, and building starts in spring.</p></header><div>"
                + prose("The vote was close, with nine councillors for and eight against the plan.", 4)
                + "</div></main></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://h.example/");
        assertThat(x.text()).startsWith("After two years of debate").contains("The vote was close")
                .doesNotContain("since 1887");
    }

    @Test
    void truncatedJsonLdBodyLosesToTheFullerPage() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + "Opening sentence of the report about the flood. ".repeat(5) + "\"}</script></head><body><article>"
                + prose("Opening sentence of the report about the flood.", 1)
                + prose("Later paragraphs carry the rest of the account, with quotes.", 5) + "</article></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://f.example/");
        assertThat(x.text()).contains("Later paragraphs carry the rest");
    }

    @Test
    void jsonLdBodyWithItsMarkupEscapedTwiceIsReadAsMarkup() {
        String body = "&lt;p class=\\\"text\\\"&gt;The minister&amp;rsquo;s visit to the border region lasted three days. "
                .repeat(4) + "&lt;/p&gt;&lt;p&gt;Repert&amp;oacute;rio of the talks was wide and covered trade.&lt;/p&gt;";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\"}</script></head><body><p>Short teaser.</p></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://f.example/");
        assertThat(x.text()).startsWith("The minister\u2019s visit").contains("\n\nRepertório of the talks")
                .doesNotContain("<p", "&lt;", "&amp;", "&oacute;");
    }

    @Test
    void articleBodyNamedAmongOtherItempropsIsThePublishersMarker() {
        String html = "<html><body><div class=\"post\"><div itemprop=\"description articleBody\">"
                + "<div class=\"outline-2\"><h2>Introduction</h2><div>" + prose("A short opening, with one point.", 1)
                + "</div></div><br><div class=\"outline-2\"><h2>History</h2><div>"
                + prose("The longer middle section tells the history, with dates, names, and places.", 3)
                + prose("It goes on for a while, with more detail, and then some more detail again.", 3)
                + "</div></div></div></div></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://b.example/");
        assertThat(x.text()).contains("A short opening", "The longer middle section", "It goes on");
    }

    @Test
    void taggedLinkInsideASentenceKeepsItsWords() {
        String html = "<html><body><article>" + prose("The mission planners weighed every option for the crew.", 2)
                + "<p>Radiation is a key hazard of deep <a rel=\"tag\" class=\"textTag\" href=\"/tags/space\">space "
                + "travel</a>, so the pods would be shielded.<span class=\"hidden\"> Skip to the next section</span></p>"
                + "<p><span class=\"tags\">Space, Travel</span></p></article></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://s.example/");
        assertThat(x.text()).contains("a key hazard of deep space travel, so the pods")
                .doesNotContain("Skip to", "Space, Travel");
    }

    @Test
    void forumThreadWhosePostsAreAllCommentsKeepsThePosts() {
        String post = "<div class=\"ForumComment\"><span class=\"CommentAuthor\">mac</span><div class=\"CommentText\">";
        String html = "<html><body><nav><a href=/>Forum</a></nav><main><h2>No App Store over mobile data?</h2>"
                + post + "Since the update none of my phones reach the store when I am out, only at home on wifi.</div></div>"
                + post + "Check the settings of each app under mobile data, the store has its own switch there.</div></div>"
                + post + "That was it, thanks. The switch had been turned off by the update, it seems.</div></div>"
                + "</main></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://f.example/t/1");
        assertThat(x.failureReason()).isNull();
        assertThat(x.text()).contains("Since the update none of my phones", "Check the settings", "That was it");
    }

    @Test
    void onAPageOfSeveralArticlesTheOneTitledLikeThePageIsTheText() {
        String head = "<html><head><meta property=\"og:title\" content=\"We already have the promise\"></head><body>";
        String other = "<article><h2>A different story about the budget</h2>"
                + prose("The budget committee met again, and the figures were argued over for hours.", 1)
                + prose("Another paragraph of the other story, with more figures and more argument.", 1)
                + prose("And a third, longer than anything in the titled story, with yet more figures, names, dates.", 1)
                + "</article>";
        String titled = "<article><h1>„We already have the promise“</h1>"
                + prose("First of all: the politicians involved deny that it happened this way.", 1)
                + prose("Documents seen by the reporters point the other way, and say so in detail.", 1) + "</article>";
        String html = head + other + titled + "</body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://n.example/a");
        assertThat(x.text()).contains("First of all", "Documents seen").doesNotContain("budget committee");

        // A teaser of the same story elsewhere carries the title but not the text: the full article wins.
        String teaser = "<article><h2>We already have the promise</h2><p>Politicians deny it.</p></article>";
        String full = "<article><h1>Politicians and the promise</h1>"
                + prose("First of all: the politicians involved deny that it happened this way.", 1)
                + prose("Documents seen by the reporters point the other way, and say so in detail.", 1) + "</article>";
        Extracted y = ArticleExtractor.extract((head + full + teaser + "</body></html>").getBytes(StandardCharsets.UTF_8),
                null, "https://n.example/a");
        assertThat(y.text()).contains("First of all", "Documents seen");
    }

    @Test
    void shortArticleDoesNotTakeItsReadersCommentsAsText() {
        String html = "<html><body><article><p>The ministry confirmed on Tuesday that two fishermen who drifted south "
                + "last week were returned across the sea border.</p></article><div class=\"comments\">"
                + prose("A reader writes at length about defectors and prison camps, which the brief never mentions.", 3)
                + "</div></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://n.example/b");
        assertThat(x.text()).startsWith("The ministry confirmed").doesNotContain("A reader writes");
    }

    @Test
    void bootstrapHiddenBlocksAreLeftOutButDesktopOnlyOnesStay() {
        String html = "<html><body><article>" + prose("The agency confirmed the figures on Monday, officials said.", 2)
                + "<div class=\"d-none\"><p>" + "Citation: The figures (2019) retrieved from the site, for print. ".repeat(8)
                + "</p></div>"
                + "<div class=\"d-none d-md-block\"><p>Further detail shown on wide screens, with more figures.</p></div>"
                + prose("The report runs to forty pages and covers ten years.", 1) + "</article></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://s.example/");
        assertThat(x.text()).contains("Further detail shown on wide screens").doesNotContain("Citation");
    }

    @Test
    void stepsSplitOverSeparateContainersAreGatheredTogether() {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            steps.append("<li><div class=\"step\"><div class=\"step-text\">Step ").append(i)
                    .append(": stir the mixture, then bake it, until golden, about twenty minutes.</div></div></li>");
        }
        String html = "<html><body><div class=\"recipe\"><ol>" + steps + "</ol></div></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://r.example/");
        assertThat(x.text()).contains("Step 1:", "Step 2:", "Step 3:", "Step 4:");
    }

    @Test
    void readerCommentsAreLeftOutEvenWhenLong() {
        String html = "<html><body><article>" + prose("The council approved the budget after a long debate.", 3)
                + "</article><section class=\"comments\">"
                + prose("I disagree with this decision entirely, and so do my neighbours.", 6) + "</section></body></html>";
        Extracted x = ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://c.example/");
        assertThat(x.text()).contains("The council approved").doesNotContain("I disagree");
    }

    private static Extracted extract(String html) {
        return ArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://t.example/a");
    }

    @Test
    void weakBoilerplateWordBesideAContentWordKeepsTheContainer() {
        String html = "<html><body><div class=\"menu\"><a href=/>Home</a></div><div class=\"entry share\">"
                + prose("The station's director hands over to her successor on Friday.", 3) + "</div>"
                + "<div class=\"links\">" + "<p><a href=/o>Another story on this site</a></p>".repeat(40)
                + "</div></body></html>";
        assertThat(extract(html).text()).contains("The station's director hands over");
    }

    @Test
    void strongBoilerplateWordBesideAContentWordStillGoes() {
        String html = "<html><body><article>" + prose("The harbour reopened after the storm, the port said.", 3)
                + "</article><div class=\"related-content\">" + prose("A different story about another town.", 1)
                + "</div></body></html>";
        assertThat(extract(html).text()).contains("The harbour reopened").doesNotContain("A different story");
    }

    @Test
    void productDescriptionInsideItsOrderFormIsKept() {
        String html = "<html><body><article><h1>Blanket</h1><form class=\"productform\"><input name=q>"
                + prose("A warm double-layered fleece blanket, embroidered with a name of your choice.", 2)
                + "<button>Add to basket</button></form></article>"
                + "<form class=\"search\"><input name=s><p>Search</p></form></body></html>";
        assertThat(extract(html).text()).contains("A warm double-layered fleece blanket").doesNotContain("Search");
    }

    @Test
    void articleHeaderHoldingProseIsKeptButAPageHeaderIsNot() {
        String html = "<html><body><header><p>" + "Welcome to the site of the athletics championships. ".repeat(6)
                + "</p></header><article><header><h1>Top athletes</h1>"
                + prose("The pole vault champion set a world lead of six metres, and he is coming back.", 2)
                + "</header>" + prose("Tickets for the final days are still on sale.", 1) + "</article></body></html>";
        assertThat(extract(html).text()).contains("The pole vault champion", "Tickets for the final days")
                .doesNotContain("Welcome to the site");
    }

    @Test
    void noscriptFallbackIsReadWhenThePageShowsNothingElse() {
        String html = "<html><body><div id=app></div><noscript><div class=\"post\">"
                + prose("Safe browsing now warns about more phishing sites, the team wrote.", 3)
                + "</div></noscript></body></html>";
        assertThat(extract(html).text()).contains("Safe browsing now warns");
    }

    @Test
    void noscriptIsIgnoredWhenThePageHasItsArticle() {
        String html = "<html><body><article>" + prose("The museum reopened its west wing after repairs.", 1)
                + prose("Visitors queued from early morning to see the restored ceiling.", 1) + "</article><noscript><p>" + "Please enable JavaScript to see the comments here. ".repeat(3)
                + "</p></noscript></body></html>";
        assertThat(extract(html).text()).contains("The museum reopened").doesNotContain("enable JavaScript");
    }

    @Test
    void titleOfADroppedLinkListGoesWithIt() {
        String html = "<html><body><article>" + prose("The mayor opened the new bridge on Monday morning.", 3)
                + "<h3>Read more</h3><p><a href=/a>Bridge works delayed again after the winter storms</a></p>"
                + "<ul><li>Ingredients</li><li><a href=/e>Eggs from the farm shop down the road</a></li></ul>"
                + prose("Traffic is expected to ease within weeks, engineers said.", 1) + "</article></body></html>";
        assertThat(extract(html).text()).contains("The mayor opened", "Traffic is expected", "Ingredients")
                .doesNotContain("Read more", "Bridge works delayed");
    }

    @Test
    void textFieldWhoseLabelIsHiddenIsKept() {
        String html = "<html><body><article><div class=\"field field-label-hidden\"><p>Toast the nuts in a dry pan.</p>"
                + "</div>" + prose("Wash the apples and cut them into small pieces, then add them.", 2)
                + "</article></body></html>";
        assertThat(extract(html).text()).contains("Toast the nuts in a dry pan.", "Wash the apples");
    }

    @Test
    void pageSplitIntoSectionsUnderSingleChildWrappersIsGathered() {
        String html = "<html><body><nav><a href=/>Home</a></nav><main><div class=\"grid\">"
                + "<section><div><div>" + prose("Heat pumps need a low flow temperature to work well in old houses.", 3)
                + "</div></div></section><section><div><div>"
                + prose("Radiators can often stay, installers say, if they are large enough.", 2)
                + "</div></div></section></div></main></body></html>";
        assertThat(extract(html).text()).contains("Heat pumps need", "Radiators can often stay");
    }

    @Test
    void headingOfARemovedRelatedBlockGoesWithIt() {
        String html = "<html><body><article>" + prose("The lake froze over for the first time in ten years.", 3)
                + "<h3>You might also like</h3><div class=\"related\"><p>Skating rinks open early this winter across"
                + " the region, with long queues.</p></div></article></body></html>";
        assertThat(extract(html).text()).contains("The lake froze").doesNotContain("You might also like", "Skating");
    }

    @Test
    void leadWrappedInItsOwnBlockBesideTheBodyIsKept() {
        String html = "<html><body><div class=\"news\"><div class=\"teaser-text\"><p>Within its first year the"
                + " government has approved more wind farms than in the three years before, the association says.</p>"
                + "</div><div class=\"body\">" + prose("Approvals rose, but building permits still take too long.", 1)
                + prose("The association asks for faster procedures, and for more staff in the offices.", 1)
                + prose("Several states have already hired planners, the report notes.", 1) + "</div></div></body></html>";
        assertThat(extract(html).text()).contains("Within its first year", "Approvals rose", "Several states");
    }
}
