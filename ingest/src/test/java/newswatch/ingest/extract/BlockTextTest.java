package newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockTextTest {
    private static String render(String html) {
        return BlockText.render(List.of(Jsoup.parseBodyFragment(html).body()));
    }

    @Test
    void lineBreaksAndBlocksEndParagraphs() {
        assertThat(render("<div>First line of text.<br>Second line of text.<p>Third.</p></div>"))
                .isEqualTo("First line of text.\n\nSecond line of text.\n\nThird.");
    }

    @Test
    void linkListsAreLeftOut() {
        assertThat(render("<p>A paragraph that is plain prose, long enough.</p><p><a href=/a>Home</a> <a href=/b>World</a></p>"
                + "<p>Another paragraph of prose follows it.</p>"))
                .isEqualTo("A paragraph that is plain prose, long enough.\n\nAnother paragraph of prose follows it.");
    }

    @Test
    void shortUnpunctuatedLinesAtTheEdgesAreTrimmed() {
        assertThat(render("<p>Share this</p><p>The body of the story, as a sentence.</p><h3>Subhead</h3>"
                + "<p>More of the story.</p><p>More on this topic</p>"))
                .isEqualTo("The body of the story, as a sentence.\n\nSubhead\n\nMore of the story.");
    }

    @Test
    void closingCallsToFollowSubscribeOrDonateAreTrimmed() {
        String story = "<p>The council approved the new bridge on Monday, after a long debate.</p>";
        assertThat(render(story + "<p>Follow the Courier on Twitter and Facebook for more updates.</p>"
                + "<p>Subscribe now to our print edition for the full story.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.");
        assertThat(render(story + "<p>Get our news on your phone with the app for iOS and Android.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.");
    }

    @Test
    void shortCallsToSubscribeOrDonateInsideTheTextAreLeftOut() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<div><p>Every small donation helps: support our reporting.</p></div>"
                + "<p>Building starts in spring and should take two years, officials said.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Building starts in spring and should take two years, officials said.");
    }

    @Test
    void shortNewsSentencesNamingAppsOrSigningUpStayInsideTheText() {
        String text = "<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>Forty countries are expected to sign up to the joint statement.</p>"
                + "<p>The tablet runs a modified version of Android, researchers said.</p>"
                + "<p>Building starts in spring and should take two years, officials said.</p>";
        assertThat(render(text)).contains("sign up to the joint statement", "modified version of Android");
    }

    @Test
    void readAlsoLinesWithTheirLinkedHeadlineAreLeftOut() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>Lesen Sie auch: <a href=/x>Wie die alte Brücke gebaut wurde und warum sie nun fällt</a></p>"
                + "<p>Read also: the minutes, which say the vote was close.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Read also: the minutes, which say the vote was close.");
    }

    @Test
    void standInsForEmbedsNotLoadedAreLeftOut() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p><p>External content</p>"
                + "<p>We respect your privacy and will not connect to Twitter without your consent.</p>"
                + "<p>Building starts in spring, officials said.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Building starts in spring, officials said.");
        assertThat(render("<p>The mayor said on Twitter that the vote was a victory for privacy campaigners in town.</p>"))
                .startsWith("The mayor said on Twitter");
    }

    @Test
    void linesThatDeclareThemselvesAdvertisementsAreLeftOut() {
        assertThat(render("<p>ANZEIGE - Heute schon bestellt? Wie wäre es mit:</p>"
                + "<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>*Advertisement. This post contains paid placement for a shoe brand.</p>"
                + "<p>Advertisements for the bridge tolls will run on local radio, officials said.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Advertisements for the bridge tolls will run on local radio, officials said.");
    }

    @Test
    void promptsToCommentAreLeftOut() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>You must be logged in to write a comment.</p>"
                + "<p>Building starts in spring, officials said.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Building starts in spring, officials said.");
    }

    @Test
    void promptsToLogInOrJoinADiscussionAreLeftOut() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.</p>"
                + "<p>You need to be signed in to vote.</p>"
                + "<p>Building starts in spring, officials said.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Building starts in spring, officials said.");
    }

    @Test
    void labelledPictureCreditsGoEvenWithAFullStop() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>Beitragsbild: Titelseite der Zeitung vom 2.4.2019.</p>"
                + "<p>Building starts in spring, officials said.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Building starts in spring, officials said.");
    }

    @Test
    void datedFilingLinesAreLeftOut() {
        assertThat(render("<p>The council approved the new bridge on Monday, after a long debate.</p>"
                + "<p>Aktualisiert am 17.01.2021.</p><p>Building starts in spring, officials said.</p>"
                + "<p>This entry was posted in Local News on May 6, 2014 by the editors.</p>"))
                .isEqualTo("The council approved the new bridge on Monday, after a long debate.\n\n"
                        + "Building starts in spring, officials said.");
        assertThat(render("<p>Posted on social media by the analysts, the clip shows the bridge swaying.</p>"))
                .startsWith("Posted on social media");
    }

    @Test
    void closingLinesThatOnlyMentionANetworkStay() {
        String story = "<p>The council approved the new bridge on Monday, after a long debate.</p>";
        String last = "<p>The mayor later posted a photo of the vote on Instagram, to applause from the Schauspieler.</p>";
        assertThat(render(story + last)).endsWith("to applause from the Schauspieler.");
        String inside = "<p>Subscribe to the idea, the mayor said at the end of the meeting, and the bridge will pay for"
                + " itself within twenty years through the tolls paid by lorries crossing it.</p>";
        assertThat(render(inside + story)).startsWith("Subscribe to the idea");
    }

    @Test
    void titlesOfRelatedLinkBoxesAreLeftOutAnywhere() {
        assertThat(render("<p>The council approved the new bridge on Monday.</p><h3>Read more:</h3>"
                + "<div><p>Second bridge planned for the north side, with a long teaser sentence.</p></div>"
                + "<p>Ähnliche Beiträge</p><p>Another teaser about a town fair, in a full sentence.</p>"))
                .isEqualTo("The council approved the new bridge on Monday.\n\n"
                        + "Second bridge planned for the north side, with a long teaser sentence.\n\n"
                        + "Another teaser about a town fair, in a full sentence.");
        assertThat(render("<p>Read more about how the council decided, in the minutes published today.</p>"))
                .startsWith("Read more about how");
    }

    @Test
    void invisibleCharactersAndWhitespaceRunsAreDropped() {
        assertThat(render("<p>Hyphen\u00adated  zero\u200bwidth \n text.</p>")).isEqualTo("Hyphenated zerowidth text.");
    }

    @Test
    void longerCopyrightNoticesAtTheEndAreTrimmed() {
        String notice = "© 2022, Example News. This article is the copyrighted property of Example News. Written"
                + " permission must be obtained before reprint in online or print media. Reprinting without it is not allowed.";
        assertThat(render("<p>The body of the story, as a sentence.</p><p>" + notice + "</p>"))
                .isEqualTo("The body of the story, as a sentence.");
        assertThat(render("<p>The body of the story, as a sentence.</p><p>Copyright Example News, all rights reserved.</p>"))
                .isEqualTo("The body of the story, as a sentence.");
    }

    @Test
    void sentenceThatIsMostlyOneLinkIsKept() {
        assertThat(render("<p>A paragraph that is plain prose, long enough.</p>"
                + "<p>The figures come from the <a href=/s>Federal Statistical Office</a>.</p>"
                + "<p><a href=/a>Another story</a> | <a href=/b>And one more story here</a></p>"))
                .isEqualTo("A paragraph that is plain prose, long enough.\n\nThe figures come from the Federal Statistical Office.");
    }

    @Test
    void shortLineEndingInAColonAtTheEndIsTrimmed() {
        assertThat(render("<p>The body of the story, as a sentence.</p><p>Read more on this:</p>"))
                .isEqualTo("The body of the story, as a sentence.");
        assertThat(render("<p>Ingredients for the cake:</p><p>Flour, sugar and three eggs, beaten.</p>"))
                .isEqualTo("Ingredients for the cake:\n\nFlour, sugar and three eggs, beaten.");
    }

    @Test
    void pictureCreditsAreLeftOut() {
        assertThat(render("<p>The body of the story, as a sentence.</p><p>Foto: Jane Doe</p><h3>Next part</h3>"
                + "<p>AFP / John Roe</p><p>The story goes on, in another sentence.</p><p>Getty Images</p>"
                + "<p>Reuters reported the figures on Monday, citing officials.</p>"))
                .isEqualTo("The body of the story, as a sentence.\n\nNext part\n\nThe story goes on, in another sentence."
                        + "\n\nReuters reported the figures on Monday, citing officials.");
    }

    @Test
    void readerAppealNearTheEndGoesWithEverythingAfterIt() {
        String story = story(6);
        assertThat(render(story + "<p>If you enjoyed reading this post, would you consider supporting our work?</p>"
                + "<p>All the best, the editors</p><p>Cite as: Doe, The ruling, 2020/4/09.</p>"))
                .isEqualTo(render(story));
        assertThat(render(story + "<h3>Apoya el periodismo incómodo</h3><p>Únete a nuestra comunidad de lectores.</p>"))
                .isEqualTo(render(story));
    }

    @Test
    void readerAppealEarlyInTheTextCutsNothing() {
        String appeal = "<p>We rely on readers like you. Become a member and help us report on the courts.</p>";
        String text = render(story(1) + appeal + story(3));
        assertThat(text).contains("Become a member").endsWith("witness 3.");
    }

    @Test
    void donationsInTheNewsAreNotAnAppeal() {
        String story = story(6) + "<p>The charity said donations to support the families had doubled since the flood.</p>";
        assertThat(render(story)).endsWith("doubled since the flood.");
    }

    @Test
    void disclosuresOfPaidLinksAndLicenceNoticesAreLeftOut() {
        String story = story(2);
        assertThat(render(story + "<p>Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um "
                + "Affiliate Links / Bilder von der Amazon Product Advertising API</p>" + story(3)))
                .doesNotContain("Affiliate").endsWith("witness 3.");
        assertThat(render(story + "<p>We may earn a commission when you buy through links on our site.</p>"))
                .isEqualTo(render(story));
        assertThat(render(story + "<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</p>"))
                .isEqualTo(render(story));
        // A story about licences is not a notice.
        String news = "<p>The court ruled that the photographs, published under a Creative Commons licence, were used "
                + "without the credit the licence requires.</p>";
        assertThat(render(story + news)).contains("published under a Creative Commons licence");
    }

    @Test
    void bareAdLabelsAndScriptNoticesAreLeftOut() {
        String text = render(story(1) + "<p>Advert</p>" + story(2) + "<p>This slideshow requires JavaScript.</p>"
                + "<p>Bitte aktivieren Sie JavaScript, um das Video zu sehen.</p>" + story(3)
                + "<p>Advert for a new car was banned by the regulator after complaints.</p>");
        assertThat(text).doesNotContain("Advert\n", "JavaScript").endsWith("banned by the regulator after complaints.");
    }

    /** n distinct paragraphs of a court report. */
    private static String story(int n) {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            html.append("<p>The court heard the evidence of another witness on Friday, and will rule next month: witness ")
                    .append(i).append(".</p>");
        }
        return html.toString();
    }
}
