package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Article;
import org.herald.model.Precision;
import org.junit.jupiter.api.Test;

/**
 * Pages written for the project (their words and markup are Herald's own), each built around one
 * way a page hides its story: a lead in its own container, a subscriber wall, a newsletter box,
 * embedded posts, a story dated only by its dateline.
 */
class LeadAndClutterTest {

    private final Extractor extractor = new Extractor();

    private Article page(String name) {
        return Fixtures.ok(extractor.extract(Fixtures.html(name, Fixtures.bytes("/extract/pages/" + name),
                "https://news.example/" + name.replace(".html", ""))));
    }

    @Test
    void a_lead_in_its_own_container_before_the_byline_and_picture_opens_the_body() {
        Article a = page("lead-before-byline.html");
        assertThat(a.paragraphs().get(0)).startsWith("The only ferry between Holm Island and the mainland");
        assertThat(a.paragraphs().get(1)).startsWith("None of the 46 passengers");
        assertThat(a.paragraphs()).hasSize(10);
        assertThat(a.paragraphs()).last().asString().startsWith("Marine investigators");
    }

    @Test
    void the_byline_and_caption_between_the_lead_and_the_body_stay_out_of_it() {
        Article a = page("lead-before-byline.html");
        assertThat(a.text()).doesNotContain("Islands correspondent", "Picture: Kelby Harbour Office", "Copy link",
                "WhatsApp", "11 February 2025, 08:30");
        assertThat(a.authors()).containsExactly("Tomas Reyes");
        assertThat(a.related()).hasSize(3);
    }

    @Test
    void a_subscriber_wall_and_a_failed_video_player_are_not_the_story() {
        Article a = page("subscriber-wall.html");
        assertThat(a.text()).doesNotContain("RESERVED FOR SUBSCRIBERS", "Already a subscriber", "unlimited access",
                "this video has failed to load", "refreshing your browser");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs()).last().asString().startsWith("Insurers said most policies");
    }

    @Test
    void a_newsletter_box_in_the_body_goes_with_its_heading() {
        Article a = page("newsletter-box.html");
        assertThat(a.text()).doesNotContain("The Morning Brief", "your inbox", "email address", "By signing up");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().get(2)).startsWith("Library users had collected");
    }

    @Test
    void embedded_posts_and_frame_fallbacks_are_not_the_story() {
        Article a = page("embedded-post.html");
        assertThat(a.text()).doesNotContain("Crews are still working", "pic.twitter.com", "View this post on Instagram",
                "Watched the flames", "A post shared by", "does not support iframes");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().get(2)).startsWith("No one was hurt");
    }

    @Test
    void a_story_dated_only_by_its_dateline_gets_that_date_with_day_precision() {
        Article a = page("dateline-only.html");
        assertThat(a.published()).isNotNull();
        assertThat(a.published().value()).isEqualTo("2025-12-20");
        assertThat(a.published().precision()).isEqualTo(Precision.DAY);
        assertThat(a.publishedFrom()).isEqualTo("dateline");
        assertThat(a.paragraphs().get(0)).startsWith("DELLIN, Dec 20, 2025 (NWA) - Rice growers");
    }

    @Test
    void the_pages_own_date_wins_over_its_dateline() {
        String html = new String(Fixtures.bytes("/extract/pages/dateline-only.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<title>", "<meta property=\"article:published_time\" content=\"2025-12-21T09:00:00+06:00\"><title>");
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/rice")));
        assertThat(a.published().value()).isEqualTo("2025-12-21");
        assertThat(a.publishedFrom()).isEqualTo("meta");
    }

    @Test
    void a_dateline_in_scraped_text_dates_it() {
        Article a = Fixtures.ok(extractor.extract(Fixtures.text("""
                Harbour dues to rise in the new year

                KELBY, March 3, 2025 (HNS) - The harbour board voted on Monday to raise landing dues for visiting boats by a tenth from January, the first rise in six years.

                Fishing crews based in the harbour will keep their present rates, the board said.
                """)));
        assertThat(a.published().value()).isEqualTo("2025-03-03");
        assertThat(a.publishedFrom()).isEqualTo("dateline");
    }

    @Test
    void a_subtitle_under_the_headline_is_the_standfirst() {
        String html = """
                <html><head><title>Tram line to reach the airport by 2029</title></head><body><article>
                <h1>Tram line to reach the airport by 2029</h1>
                <h2>The city has found the last third of the money, but the route still needs approval</h2>
                <p class="by">By Ana Ruiz</p>
                <p>The city council agreed on Thursday to pay the last third of the cost of extending the tram line to the airport, which officials now expect to open in 2029.</p>
                <p>The extension will add four stops and cut the journey from the central station to about twenty minutes, the transport office said.</p>
                </article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/tram")));
        assertThat(a.standfirst()).isEqualTo("The city has found the last third of the money, but the route still needs approval");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.authors()).containsExactly("Ana Ruiz");
    }
    @Test
    void a_dek_in_a_header_with_a_picture_opens_the_body_and_a_short_section_with_a_picture_is_the_story() {
        // the header holds the headline, the dek and a picture; a caption box holds no heading
        Article a = page("dek-in-header.html");
        // the dek opens the body (as its standfirst or its first paragraph); the section's
        // heading repeats the headline and is not kept
        assertThat(a.text()).startsWith("What is a tidal lagoon?\n\nA guide to the power plant planned for Kelby Bay\n\n"
                + "A tidal lagoon is a wall built out from the shore around part of a bay.\n\nTurbines set in the wall");
        assertThat(a.text()).contains("Why Kelby Bay?").endsWith("after a public inquiry that opens in June.")
                .doesNotContain("The bay at low tide");
    }

    @Test
    void a_subtitle_that_the_pages_description_repeats_is_the_standfirst_even_when_it_names_a_newsletter() {
        String html = """
                <html><head><title>How to write a parish newsletter</title>
                <meta name="description" content="Five steps to a newsletter your neighbours will read"></head><body><article>
                <h1>How to write a parish newsletter</h1>
                <h3 class="subtitle">Five steps to a newsletter your neighbours will read</h3>
                <p class="by">By Ana Ruiz</p>
                <p>Most parish newsletters are read by the people who write them and by almost nobody else, the editors of three village papers told a meeting in Kelby on Saturday.</p>
                <p>The first step, they said, is to print the news on the front page and the notices on the back, where the few who want them will look.</p>
                </article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/newsletter")));
        assertThat(a.standfirst()).isEqualTo("Five steps to a newsletter your neighbours will read");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void a_lead_above_a_podcast_player_and_its_line_of_links_opens_the_body() {
        // the episode's notes and the player in the article; the transcript in a box after it
        Article a = page("lead-above-player.html");
        assertThat(a.paragraphs().get(0)).startsWith("Twenty years ago there were almost no seals left");
        assertThat(a.paragraphs()).filteredOn(p -> p.startsWith("When Ines Marr started counting seals")).hasSize(1);
        assertThat(a.paragraphs()).last().asString().startsWith("The harbour board is paying");
        assertThat(a.text()).doesNotContain("Play in new window", "Duration", "Discuss");
    }

    @Test
    void a_lead_above_a_video_frame_joins_the_story_after_it() {
        String html = """
                <html><head><title>Dredging of the north channel starts early</title></head><body><main>
                <h1>Dredging of the north channel starts early</h1>
                <div class="intro"><p>Dredging of Kelby's north channel will start in March, a month earlier than planned, because the contractor's ship is free sooner, the harbour board said on Monday.</p></div>
                <div class="video-box"><div class="frame"><iframe src="https://video.example/embed/8812"></iframe></div>
                <p class="video-meta">Dredging explained | 2:15</p></div>
                <p class="listen">Listen to this article</p>
                <div class="story">
                <p>The channel has silted up so badly that the largest ferries can only use it for four hours either side of high water, and two sailings were cancelled last week.</p>
                <p>The board said the work would take about six weeks and that the channel would stay open to small boats during the day while the dredger works at night.</p>
                <p>Fishing crews have asked for the spoil to be dumped further out than last time, when it drifted back onto the mussel beds off Holm Point within a year.</p>
                </div></main></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/dredging")));
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).startsWith("Dredging of Kelby's north channel will start in March");
        assertThat(a.text()).doesNotContain("Dredging explained", "Listen to this article");
    }

    @Test
    void an_authors_note_that_the_description_repeats_opens_the_post_though_it_is_a_link() {
        String html = """
                <html><head><title>Harbour economics, part three: who pays for the wall</title>
                <meta name="description" content="Note: the first part of this series explains the figures used here."></head><body><article>
                <h1>Harbour economics, part three: who pays for the wall</h1>
                <div class="body"><p><span>Note: </span><a href="/p/harbour-economics-part-one">the first part of this series explains the figures used here</a>.</p>
                <p>The sea wall at Kelby will cost about forty million, and the question this week is who should pay for it: the town, the county or the people whose houses it protects.</p>
                <p>The county has paid for every wall on this coast since the floods of 1953, but its budget for the coast has fallen by half in ten years.</p>
                </div></article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/harbour-economics-3")));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).isEqualTo("Note: the first part of this series explains the figures used here.");
    }

    @Test
    void a_hover_card_inside_the_lead_does_not_make_it_a_list_of_links() {
        String html = """
                <html><head><title>Port to close its old grain pier in March</title></head><body><article>
                <h1>Port to close its old grain pier in March</h1>
                <p>Harbour master <span class="person"><a href="/people/ines-alto">Ines Alto</a><span class="card"><img src="/alto.jpg" alt="">
                <a href="/people/ines-alto">Ines Maria Alto</a> <a href="/news/port-to-close-its-old-grain-pier-in-march">Port to close its old grain pier in March</a>
                <a href="/news/dredging-of-the-north-channel-starts-early">Dredging of the north channel starts early</a> <a href="/people/ines-alto">MORE</a></span></span>
                said on Tuesday that the grain pier would close in March, after inspectors found its piles had rotted below the waterline.</p>
                <p>The pier has handled most of the port's grain since 1961, and its two cranes will be sold for scrap, the port authority said.</p>
                <p>Ships will load at the container quay until a new pier is built, which the authority expects to take three years.</p>
                </article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/pier")));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).startsWith("Harbour master Ines Alto").contains("said on Tuesday")
                .doesNotContain("Dredging", "Ines Maria Alto", "MORE");
    }

    @Test
    void layout_classes_that_name_a_sidebar_or_a_component_library_do_not_hide_the_lead() {
        String html = """
                <html><head><title>Ferry fares to rise by a tenth</title></head><body><main>
                <section class="cmp-section"><h1>Ferry fares to rise by a tenth</h1>
                <div class="cmp-text"><p>Ferry fares between Holm Island and the mainland will rise by a tenth from April, the operator said on Monday.</p></div></section>
                <div class="story-container-sidebar"><p>The operator said fuel and crew costs had risen by almost a third since its fares last changed.</p>
                <aside class="sidebar">Most read: Harbour dues to rise</aside></div>
                <div class="story"><p>Island residents will keep their discount of half the fare, and season tickets bought before April will be honoured.</p>
                <p>The island council said it would ask the regional government to cover part of the rise for students and pensioners.</p></div>
                </main></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/fares")));
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).startsWith("Ferry fares between Holm Island");
        assertThat(a.text()).doesNotContain("Most read");
    }
    @Test
    void a_box_left_open_around_the_whole_page_does_not_take_the_story_with_it() {
        // the announcement's aside is never closed, so it wraps the page
        String html = """
                <html><head><title>Night trains return to the coast line</title></head><body>
                <aside class="announcement"><p>New: the weekly travel podcast.</p>
                <main><article><h1>Night trains return to the coast line</h1>
                <p>Night trains will run on the coast line again from May, after a gap of eleven years, the rail operator said on Wednesday, with three sleeper services a week in each direction.</p>
                <p>The trains will leave the capital at ten in the evening and reach the harbour towns before seven, using carriages bought second-hand and refitted over the winter.</p>
                <p>Tickets go on sale in March, and fares will start at about the price of a hotel room, the operator said, with cheaper seats for those who do not want a berth.</p>
                </article></main></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/night-trains")));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).startsWith("Night trains will run on the coast line");
    }
    @Test
    void a_lead_that_cites_two_stories_by_their_titles_is_still_the_lead() {
        String html = """
                <html><head><title>Cleaner air cut hospital visits in the valley</title></head><body><article>
                <h1>Cleaner air cut hospital visits in the valley</h1>
                <div class="intro"><p>Hospital visits for asthma in the valley towns fell by a fifth in the two years after the smelter closed, a study found, as two earlier reports, <a href="/news/air-quality-improves-in-the-valley-towns">Air quality improves in the valley towns</a> and <a href="/news/fewer-children-miss-school-with-asthma">Fewer children miss school with asthma</a>, had suggested.</p></div>
                <p class="by">By Ana Ruiz</p>
                <div class="body">
                <p>The study, by the regional health office, compared the records of the four hospitals that serve the valley for the three years before the smelter closed and the two years after it, and it counted every visit for asthma or bronchitis.</p>
                <p>Visits by children fell the most, by almost a third, while those by people over seventy fell by a tenth, which the authors put down to other illnesses that the cleaner air did not change.</p>
                <p>The smelter, which had worked in the valley for sixty years, closed when its owner moved the work abroad, taking about eight hundred jobs with it and most of the town's trade.</p>
                <p>The health office said it would repeat the study in three years, to see whether the fall lasts, and asked the other valleys with heavy industry to share their hospital records for a wider comparison.</p>
                </div></article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/valley-air")));
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().get(0)).startsWith("Hospital visits for asthma in the valley towns");
        assertThat(a.authors()).containsExactly("Ana Ruiz");
    }

    @Test
    void a_table_of_results_in_the_story_is_read_row_by_row_even_in_a_figure() {
        String html = """
                <html><head><title>Harbour regatta ends with a home win</title></head><body><article>
                <h1>Harbour regatta ends with a home win</h1>
                <p>The Kelby crew won the harbour regatta on Sunday for the first time in nine years, finishing the last race almost a minute ahead of the boat from Holm Island.</p>
                <p>Eleven crews raced over three days in light winds, and the final standings after six races were:</p>
                <figure class="wp-block-table"><table><thead><tr><th>Pos</th><th>Crew</th><th>Points</th></tr></thead>
                <tbody><tr><td>1</td><td>Kelby Rowing Club</td><td>14</td></tr><tr><td>2</td><td><p>Holm Island</p></td><td>19</td></tr>
                <tr><td>3</td><td>Brenmouth</td><td>23</td></tr></tbody></table><figcaption>Final standings</figcaption></figure>
                <p>The organisers said next year's regatta would move to August, when the winds in the bay are steadier.</p>
                </article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/regatta")));
        assertThat(a.paragraphs()).containsSequence("Pos\tCrew\tPoints", "1\tKelby Rowing Club\t14", "2\tHolm Island\t19",
                "3\tBrenmouth\t23");
        assertThat(a.paragraphs()).hasSize(7);
        assertThat(a.paragraphs()).last().asString().startsWith("The organisers said");
    }

    @Test
    void a_table_that_lays_out_the_page_is_not_read_as_rows() {
        String html = """
                <html><head><title>Night trains return to the coast line</title></head><body><table><tr>
                <td><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></td>
                <td><h1>Night trains return to the coast line</h1>
                <p>Night trains will run on the coast line again from May, after a gap of eleven years, the rail operator said on Wednesday.</p>
                <p>The trains will leave the capital at ten in the evening and reach the harbour towns before seven in the morning.</p></td>
                </tr></table></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/night-trains")));
        assertThat(a.paragraphs()).containsExactly(
                "Night trains will run on the coast line again from May, after a gap of eleven years, the rail operator said on Wednesday.",
                "The trains will leave the capital at ten in the evening and reach the harbour towns before seven in the morning.");
    }

    @Test
    void a_lead_whose_links_sit_inside_its_sentence_is_still_the_lead() {
        String html = """
                <html><head><title>How to keep a ferry timetable in winter</title></head><body><article>
                <h1>How to keep a ferry timetable in winter</h1>
                <div class="text"><p>For crews new to the island run, keeping the winter timetable can be hard - <a href="/guides/winter-timetables"><strong>though the rules for sailing in bad weather are simple once they are learned and kept by every crew.</strong></a></p>
                <p>The timetable is set each autumn by the harbour board, which weighs the forecast, the tides and the number of passengers carried in the last winter before it fixes the sailings.</p>
                <p>Crews may cancel a sailing when the wind passes force eight, but they must tell the harbour office an hour before, so that passengers can be warned at the quay.</p>
                <ul class="more"><li><a href="/guides/ferry-fares-for-island-residents">Ferry fares for island residents explained</a></li>
                <li><a href="/guides/season-tickets-and-how-to-buy-them">Season tickets and how to buy them</a></li></ul></div>
                </article></body></html>""";
        Article a = Fixtures.ok(extractor.extract(Fixtures.html(html, "https://news.example/ferry-winter")));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).startsWith("For crews new to the island run").endsWith("learned and kept by every crew.");
        assertThat(a.text()).doesNotContain("Season tickets and how to buy them");
    }
    @Test
    void a_long_paragraph_about_privacy_in_the_storys_flow_is_the_storys_and_a_cookie_box_is_not() {
        // a consent notice is a box of its own; a review of privacy tools speaks of cookies and opting out
        Article a = Fixtures.ok(new Extractor().extract(Fixtures.html("""
                <html><head><title>The most private web browsers, tested</title></head><body><main><article>
                <h1>The most private web browsers, tested</h1>
                <div class="review-body">
                <p>We tested seven web browsers for a month each on a laptop and a phone, to see which of them keeps the least of what their users do online and which only says that it does.</p>
                <p>We read each browser's privacy policy and its cookie settings to see what it shares with advertising partners, and we checked whether you can opt out of tracking and personalised ads without losing the features you use every day, such as saved passwords and synced tabs across your devices.</p>
                <p>Two of the seven sent the addresses of every page we visited to their makers, even with the strictest settings turned on, and one of them did so before we had accepted anything at all.</p>
                <p>The browser that kept the least was also the slowest, but the difference was a fraction of a second on most pages, and we did not notice it after the first day of use.</p>
                </div>
                <div class="notice-box"><p>We use cookies to improve your experience. By continuing you accept our privacy policy and cookie policy.</p></div>
                </article></main></body></html>""", "https://news.example/private-browsers")));
        assertThat(a.paragraphs()).anyMatch(p -> p.startsWith("We read each browser's privacy policy"));
        assertThat(a.text()).doesNotContain("We use cookies to improve your experience");
    }
}
