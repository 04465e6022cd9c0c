package org.herald.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts written for the test: notices a page carries, and news that uses some of their words. */
class ClutterTest {

    @Test
    void a_long_cookie_notice_is_consent_text() {
        String notice = "This site keeps small files called cookies on your device so that pages load quickly and "
                + "remember your preferences between visits. Some of them are strictly necessary for logging in and "
                + "for security, and you cannot switch those off. Others measure how readers move through the site "
                + "or let advertising partners show offers that may interest you; these are set only if you agree. "
                + "You can change your mind at any time from the settings link at the foot of every page, or clear "
                + "the files from your browser. Choosing to opt out of the optional ones does not change what you "
                + "can read, although some embedded videos and maps may not load without them. A full list of the "
                + "files, what each one stores and how long it is kept is given on the page that explains how we "
                + "handle your information.";
        assertThat(notice.length()).isGreaterThan(700);
        assertThat(Clutter.classify(notice)).isEqualTo(Clutter.Kind.CONSENT);
    }

    @Test
    void a_long_news_paragraph_about_privacy_stays_content() {
        String news = "The regulator said on Tuesday that the company had placed tracking cookies on visitors' "
                + "computers before asking for their consent, and that its privacy notice failed to say which "
                + "partners received the data. The firm, which runs three of the country's largest shopping sites, "
                + "has 30 days to answer the findings. Its lawyers argued that the files were needed to keep "
                + "baskets working and that no personal data had been sold. Consumer groups that brought the "
                + "complaint last year welcomed the decision and called on other retailers to review their own "
                + "practices before a wider inquiry opens in the spring. A spokesperson for the company said it "
                + "would study the report carefully and work with the regulator.";
        assertThat(news.length()).isGreaterThan(700);
        assertThat(Clutter.classify(news)).isEqualTo(Clutter.Kind.CONTENT);
    }
}
