package newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassHintsTest {

    @Test
    void wordsSplitOnPunctuationAndCamelCase() {
        assertThat(ClassHints.has(ClassHints.flags("relatedStories"), ClassHints.BOILERPLATE)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("post-body"), ClassHints.CONTENT)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("c-article__main"), ClassHints.CONTENT)).isTrue();
    }

    @Test
    void wordsMustMatchWholly() {
        assertThat(ClassHints.flags("shadow loaded header-image")).isZero();
        assertThat(ClassHints.has(ClassHints.flags("navigator-shared"), ClassHints.BOILERPLATE)).isFalse();
    }

    @Test
    void adPrefixedTokensAreBoilerplate() {
        assertThat(ClassHints.has(ClassHints.flags("x ad-slot"), ClassHints.BOILERPLATE)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("download-link"), ClassHints.BOILERPLATE)).isFalse();
    }

    @Test
    void commentsAreTheirOwnKind() {
        assertThat(ClassHints.has(ClassHints.flags("comment-list"), ClassHints.COMMENTS)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("has-sidebar"), ClassHints.COMMENTS)).isFalse();
    }

    @Test
    void wordsAfterHasOrWithDescribeTheNeighbourhood() {
        assertThat(ClassHints.flags("o-section--has-ads js-section--has-ads")).isZero();
        assertThat(ClassHints.has(ClassHints.flags("layout with-sidebar"), ClassHints.STRONG)).isFalse();
        assertThat(ClassHints.has(ClassHints.flags("has-x sidebar"), ClassHints.STRONG)).isTrue();
    }

    @Test
    void classNameEndingInParentOrRelativeNamesARelation() {
        assertThat(ClassHints.flags("sticky-sidebar-parent")).isZero();
        assertThat(ClassHints.flags("article-content sticky-sidebar-relative") & ClassHints.STRONG).isZero();
        assertThat(ClassHints.has(ClassHints.flags("article-content sticky-sidebar-relative"), ClassHints.CONTENT)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("sidebar parent"), ClassHints.STRONG)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("sidebar-parent-box"), ClassHints.STRONG)).isTrue();
    }

    @Test
    void hiddenCountsOnlyAsAWholeClassName() {
        assertThat(ClassHints.has(ClassHints.flags("box hidden"), ClassHints.SMALL)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("field field-label-hidden"), ClassHints.SMALL)).isFalse();
        assertThat(ClassHints.has(ClassHints.flags("l-hidden-xs l-text"), ClassHints.SMALL)).isFalse();
    }

    @Test
    void boilerplateWordsRunTogetherWithAnotherAreFound() {
        assertThat(ClassHints.has(ClassHints.flags("c-native-newsletterbox"), ClassHints.BOILERPLATE)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("relatedposts"), ClassHints.STRONG)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("image-copyright"), ClassHints.SMALL)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("commentary"), ClassHints.COMMENTS)).isFalse();
        assertThat(ClassHints.flags("socials")).isZero();
    }

    @Test
    void commentSectionsNamedInOtherLanguagesAreComments() {
        assertThat(ClassHints.has(ClassHints.flags("kommentare"), ClassHints.COMMENTS)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("bloc-commentaires"), ClassHints.COMMENTS)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("respond"), ClassHints.STRONG)).isTrue();
    }

    @Test
    void commentsOfALiveTickerAreItsCommentaryNotReaders() {
        assertThat(ClassHints.flags("live-match-comments clearfix")).isZero();
        assertThat(ClassHints.flags("liveticker-comment")).isZero();
        // Only in the same class name: a live page's reader comments are still comments.
        assertThat(ClassHints.has(ClassHints.flags("live comments"), ClassHints.COMMENTS)).isTrue();
        assertThat(ClassHints.has(ClassHints.flags("comments"), ClassHints.COMMENTS)).isTrue();
        assertThat(ClassHints.flags("")).isZero();
        assertThat(ClassHints.flags("live ")).isZero();
    }
}
