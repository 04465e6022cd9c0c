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

    @Test
    void a_short_lead_about_privacy_stays_content_while_a_short_notice_to_the_reader_does_not() {
        String lead = "The regulator fined the shopping site four million for sharing the personal data of its customers with advertising partners.";
        assertThat(Clutter.classify(lead)).isEqualTo(Clutter.Kind.CONTENT);
        assertThat(Clutter.classify("We use cookies and share data with our advertising partners to show you offers."))
                .isEqualTo(Clutter.Kind.CONSENT);
        assertThat(Clutter.classify("Privacy policy | Terms of use | Cookie settings")).isEqualTo(Clutter.Kind.CONSENT);
    }

    @Test
    void the_site_talking_to_its_reader_is_a_notice_wherever_it_stands() {
        assertThat(Clutter.classify("THIS CONTENT IS RESERVED FOR SUBSCRIBERS")).isEqualTo(Clutter.Kind.SITE);
        assertThat(Clutter.classify("Already a subscriber? Log in to keep reading.")).isEqualTo(Clutter.Kind.SITE);
        assertThat(Clutter.classify("We apologize, but this video has failed to load.")).isEqualTo(Clutter.Kind.SITE);
        assertThat(Clutter.classify("Create an account to save this story for later.")).isEqualTo(Clutter.Kind.SITE);
    }

    @Test
    void longer_site_talk_is_a_notice_only_when_it_stands_apart_from_the_story() {
        String pitch = "Get the five stories everyone in town is talking about, straight to your inbox every weekday before seven.";
        assertThat(Clutter.siteTalk(pitch)).isEqualTo(Clutter.Talk.IN_A_BOX);
        assertThat(Clutter.classify(pitch)).isEqualTo(Clutter.Kind.CONTENT);
        // how-to stories say the same words to their readers
        String howTo = "Open the settings page, choose the account tab and log in again with your new password before you close the app.";
        assertThat(Clutter.siteTalk(howTo)).isEqualTo(Clutter.Talk.IN_A_BOX);
        assertThat(Clutter.classify(howTo)).isEqualTo(Clutter.Kind.CONTENT);
    }

    @Test
    void news_about_subscriptions_and_quoted_calls_to_sign_up_stay_the_story() {
        assertThat(Clutter.siteTalk("The streaming service said its subscribers rose by four million in the quarter, "
                + "helped by a cheaper plan with advertising.")).isEqualTo(Clutter.Talk.NONE);
        assertThat(Clutter.siteTalk("\"Sign up now, before the places run out,\" the organisers told parents on Friday."))
                .isEqualTo(Clutter.Talk.NONE);
        assertThat(Clutter.classify("Netflix subscribers")).isEqualTo(Clutter.Kind.SITE); // a bare label, never a paragraph
    }

    @Test
    void a_caption_carries_a_credit_or_points_at_the_picture_while_a_lead_does_not() {
        assertThat(Clutter.describesPicture("The harbour master, left, and the captain on the car deck at Kelby pier.")).isTrue();
        assertThat(Clutter.describesPicture("Ferries wait at the pier in Kelby on a wet morning. Photo: Ana Ruiz")).isTrue();
        assertThat(Clutter.describesPicture("In this March 3 photograph, lorries queue for the first ferry (AP Photo/Tom Reay)")).isTrue();
        assertThat(Clutter.describesPicture("An artist's impression of the new terminal at the north pier.")).isTrue();
        // an agency's dateline is not a credit, and "left" as a verb is not a place in the frame
        assertThat(Clutter.describesPicture("KELBY (AP) — A crossing to the island will cost a fifth more from May, the council said.")).isFalse();
        assertThat(Clutter.describesPicture("The storm left two ferries stuck at the pier, and the council said crossings would resume on Friday.")).isFalse();
    }
}
