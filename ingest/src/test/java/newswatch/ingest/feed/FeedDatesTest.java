package newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vectors after feedparser's date tests (its tests/test_date_parsers.py), plus forms seen on Korean news sites. */
class FeedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thu, 30 Apr 2015 08:57:00 MET | 2015-04-30T07:57:00Z",
        "Thu, 30 Apr 2015 08:57:00 MEST | 2015-04-30T06:57:00Z",
        "Thu, 01 Jan 0100 00:00:01 +0100 | 0099-12-31T23:00:01Z",
        "Thu, 01 Jan 04 19:48:21 GMT | 2004-01-01T19:48:21Z",
        "Thu,  5 Apr 2012 10:00:00 GMT | 2012-04-05T10:00:00Z",
        "Wed, 19 Aug 2009 18:28:00 Etc/GMT | 2009-08-19T18:28:00Z",
        "Wed, 19 Feb 2012 22:40:00 GMT-01:01 | 2012-02-19T23:41:00Z",
        "Wed, 19 Feb 2012 22:40:00 -01:01 | 2012-02-19T23:41:00Z",
        "Mon, 13 Feb, 2012 06:28:00 UTC | 2012-02-13T06:28:00Z",
        "Thu, 01 Jan 2004 00:00 GMT | 2004-01-01T00:00:00Z",
        "Thu, 01 Jan 2004 | 2004-01-01T00:00:00Z",
        "Mon, 26 January 2004 16:31:00 AT | 2004-01-26T20:31:00Z",
        "Mon, 26 January 2004 16:31:00 PT | 2004-01-27T00:31:00Z",
        "Thu Aug 30 2012 17:26:16 +0200 | 2012-08-30T15:26:16Z",
        "Fri,24 Nov 2023 18:28:36 -0000 | 2023-11-24T18:28:36Z",
        "Tue, 14 May 2024 17:30:00 KST | 2024-05-14T08:30:00Z",
        "Sun Jan  4 16:29:06 2004 | 2004-01-04T16:29:06Z",
        "Sun Jul 15 01:16:00 +0000 2012 | 2012-07-15T01:16:00Z",
        "2003-12-31T10:14:55-08:00 | 2003-12-31T18:14:55Z",
        "2007-04-23T23:25:47.538+10:00 | 2007-04-23T13:25:47Z",
        "2003-12-31 | 2003-12-31T00:00:00Z",
        "2003-12 | 2003-12-01T00:00:00Z",
        "2003 | 2003-01-01T00:00:00Z",
        "2004-02-28T18:14:55-08:00 | 2004-02-29T02:14:55Z",
        "2004-07-08 23:56:58 -00:20 | 2004-07-09T00:16:58Z",
        "2004-07-08 23:56:58.0 | 2004-07-08T23:56:58Z",
        "2003-012-31T10:14:55+00:00 | 2003-12-31T10:14:55Z",
        "Fri, 2006/09/15 08:19:53 EDT | 2006-09-15T12:19:53Z",
        "2004-05-25 오후 11:23:17 | 2004-05-25T14:23:17Z",
        "2004년 05월 28일  01:31:15 | 2004-05-27T16:31:15Z",
        "Κυρ, 11 Ιούλ 2004 12:00:00 EST | 2004-07-11T17:00:00Z",
        "2004-július-13T9:15-05:00 | 2004-07-13T14:15:00Z"})
    void readsRealWorldForms(String raw, String utc) {
        assertThat(FeedDates.parse(raw)).isEqualTo(Instant.parse(utc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Sun, 16 Dec 2012 1:2:3:4 GMT", "Sun, 16 zzz 2012 11:47:32 GMT",
        "Sun, Dec x 2012 11:47:32 GMT", "Sun, 16 Dec zz 11:47:32 GMT", "Sun, 16 Dec 2012 11:47:32 +zz:00",
        "Sun, 16 Dec 2012 11:47:32 +00:zz", "Sun, 99 Jun 2009 12:00:00 GMT", "9999-12-31T23:59:59-99:99",
        "2003-12-31T25:14:55Z", "2003-12-31T10:61:55Z", "2003-12-31T10:14:61Z", "22013", "013", "2013-01-27-01",
        "2013-01-28T11:30:00-06:00Textra", "2013-xx-27", "2013-01-28T09:xx:00Z", "2013-01-28T09:00:00+00:xx",
        "Tue, 14 May 2024 17:30:00 XYZT", "yesterday"})
    void rejectsWhatItCannotReadSafely(String raw) {
        assertThat(FeedDates.parse(raw)).isNull();
    }
}
