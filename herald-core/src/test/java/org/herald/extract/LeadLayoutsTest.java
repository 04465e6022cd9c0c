package org.herald.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.herald.model.Article;
import org.junit.jupiter.api.Test;

/**
 * One small page written for the project for each layout in which a page may hold its lead apart
 * from the rest of the story (docs/extract.md lists them): a hero block, a summary, a byline zone,
 * a grid, a box of links, a picture. On each, the lead opens the body (as its standfirst or its
 * first paragraph) and the story runs to its last paragraph without the clutter between.
 */
class LeadLayoutsTest {

    private final Extractor extractor = new Extractor();

    private Article read(String html, String url) {
        return Fixtures.ok(extractor.extract(Fixtures.html(html, url)));
    }

    /** The first text after the headline: the standfirst, else the first paragraph. */
    private static String opening(Article a) {
        return a.standfirst() != null ? a.standfirst() : a.paragraphs().get(0);
    }

    @Test
    void a_lead_in_a_hero_block_above_a_box_of_labelled_metadata_and_a_table_of_contents() {
        Article a = read("""
                <html><head><title>Ten ways the town can cut its flood risk</title></head><body>
                <header class="site"><a href="/">Kelby Post</a><ul class="menu"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></header>
                <main>
                <div class="hero"><h1>Ten ways the town can cut its flood risk</h1>
                <p class="hero-intro">Kelby has flooded four times in ten years, and the council's engineers have drawn up ten changes that would cut the risk of another flood by half before 2030.</p></div>
                <div class="meta-box"><div class="meta-line"><span class="label">Published</span> <span>3 March 2025</span></div>
                <div class="meta-line"><span class="label">Reading time</span> <span>6 min read</span></div>
                <div class="meta-line"><span class="label">Author</span> <a href="/staff/ana-ruiz">Ana Ruiz</a></div></div>
                <div class="toc"><p>Contents</p><ul><li><a href="#walls">Higher walls on the river</a></li><li><a href="#drains">Bigger drains under the square</a></li><li><a href="#fields">Letting the fields flood first</a></li><li><a href="#trees">Planting trees upstream</a></li><li><a href="#homes">Raising the plugs in old homes</a></li><li><a href="#warnings">Earlier warnings by text message</a></li></ul></div>
                <div class="post-body">
                <h2 id="walls">Higher walls on the river</h2>
                <p>The walls along the river were built in 1962 and are lower than the flood of 2019 reached; raising them by half a metre would hold a flood of that size, the engineers say.</p>
                <h2 id="drains">Bigger drains under the square</h2>
                <p>The drains under the market square can take only a third of the water that a summer storm now brings, and they back up into the shops along the north side.</p>
                <h2 id="fields">Letting the fields flood first</h2>
                <p>Farmers upstream would be paid to let their fields flood in a wet winter, holding back water that would otherwise reach the town within hours.</p>
                </div></main></body></html>""", "https://news.example/flood-risk");
        assertThat(opening(a)).startsWith("Kelby has flooded four times in ten years");
        assertThat(a.paragraphs()).last().asString().startsWith("Farmers upstream would be paid");
        assertThat(a.text()).doesNotContain("Reading time", "Contents", "6 min read");
    }

    @Test
    void a_lead_above_a_long_grid_of_products() {
        Article a = read("""
                <html><head><title>The best rain jackets for the coast path</title></head><body><main><article>
                <h1>The best rain jackets for the coast path</h1>
                <div class="intro"><p>We walked the whole coast path in the wettest month of the year to find out which rain jackets keep the water out, and which only look as if they do.</p></div>
                <div class="product-grid">
                <div class="card"><a href="/p/1">Harbour Shell</a><span>£120</span></div><div class="card"><a href="/p/2">Headland Pro</a><span>£180</span></div>
                <div class="card"><a href="/p/3">Cliff Lite</a><span>£95</span></div><div class="card"><a href="/p/4">Stormline</a><span>£210</span></div>
                <div class="card"><a href="/p/5">Tide Runner</a><span>£140</span></div><div class="card"><a href="/p/6">Seaboard</a><span>£160</span></div>
                <div class="card"><a href="/p/7">Gull Pack</a><span>£70</span></div><div class="card"><a href="/p/8">Kelby Classic</a><span>£110</span></div>
                <div class="card"><a href="/p/9">Holm Parka</a><span>£230</span></div><div class="card"><a href="/p/10">Point Shell</a><span>£130</span></div>
                </div>
                <div class="review-body">
                <p>Every jacket was worn for at least three days of rain on the path between Kelby and Holm Point, and each was sprayed with a hose for an hour at the end of the test.</p>
                <p>The Headland Pro kept us driest, but it is heavy and it costs more than most walkers will want to spend on a jacket they wear a few weeks a year.</p>
                <p>The Harbour Shell was the best value: it let in a little water at the cuffs after two days, but it packs down to the size of a water bottle.</p>
                </div></article></main></body></html>""", "https://news.example/rain-jackets");
        assertThat(opening(a)).startsWith("We walked the whole coast path");
        assertThat(a.paragraphs()).last().asString().startsWith("The Harbour Shell was the best value");
        assertThat(a.text()).doesNotContain("£120", "Point Shell");
    }

    @Test
    void a_summary_the_description_repeats_above_the_byline() {
        Article a = read("""
                <html><head><title>Kelby council votes to close two libraries</title>
                <meta name="description" content="Two of the town's five libraries will close in April to save money, after a vote that split the ruling group."></head><body><main><article>
                <h1>Kelby council votes to close two libraries</h1>
                <div class="summary"><p>Two of the town's five libraries will close in April to save money, after a vote that split the ruling group.</p></div>
                <div class="byline"><a href="/staff/tomas-reyes">Tomas Reyes</a><time>4 March 2025</time></div>
                <div class="article-text">
                <p>The council voted by 21 to 19 on Tuesday night to close the libraries in Brenmouth Road and on the Holm estate, which together lend about a tenth of the town's books.</p>
                <p>Four members of the ruling group voted against the plan, and one of them, Ines Marr, said she would stand down from the group over it.</p>
                <p>The council said the closures would save about three hundred thousand a year and that the mobile library would visit both areas every week.</p>
                </div></article></main></body></html>""", "https://news.example/libraries");
        assertThat(opening(a)).startsWith("Two of the town's five libraries will close in April");
        assertThat(a.paragraphs()).last().asString().startsWith("The council said the closures would save");
        assertThat(a.text()).doesNotContain("4 March 2025");
    }

    @Test
    void a_lead_above_a_long_byline_zone_of_labels_share_buttons_a_picture_and_an_advert() {
        Article a = read("""
                <html><head><title>Ferry fares to rise by a tenth in April</title></head><body><main>
                <h1>Ferry fares to rise by a tenth in April</h1>
                <div class="lede"><p>KELBY — Ferry fares between Holm Island and the mainland will rise by a tenth from April, the operator said on Monday, blaming the cost of fuel and crew.</p></div>
                <div class="author"><a href="/staff/ana-ruiz">Ana Ruiz</a></div><div class="role">Islands correspondent</div>
                <div class="when"><time>10 March 2025</time></div><div class="updated">Updated 11 March 2025</div>
                <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Print</a></div>
                <div class="listen"><p>Listen to this article</p></div>
                <div class="pic"><img src="ferry.jpg"><p>The ferry at Kelby pier.</p><p>Photo: Kelby Harbour Office</p></div>
                <div class="ad"><p>Advertisement</p></div>
                <div class="story-body">
                <p>The operator said fuel and crew costs had risen by almost a third since its fares last changed, in 2021, and that it had held them for as long as it could.</p>
                <p>Island residents will keep their discount of half the fare, and season tickets bought before April will be honoured until they run out.</p>
                <p>The island council said it would ask the regional government to cover part of the rise for students and pensioners.</p>
                </div></main></body></html>""", "https://news.example/fares");
        assertThat(opening(a)).startsWith("KELBY — Ferry fares between Holm Island");
        assertThat(a.paragraphs()).last().asString().startsWith("The island council said it would ask");
        assertThat(a.text()).doesNotContain("Islands correspondent", "WhatsApp", "Listen to this article", "Photo: Kelby Harbour Office", "Advertisement", "Updated 11 March");
    }

    @Test
    void a_lead_written_as_lines_of_a_div_rather_than_paragraphs() {
        Article a = read("""
                <html><head><title>Harbour dredging to start in March</title></head><body><main><article>
                <h1>Harbour dredging to start in March</h1>
                <div class="lead-text">Dredging of Kelby harbour will start in March after a delay of two years, the harbour board said on Monday, once the last permit for dumping the spoil at sea arrived.<br><br>The work will take about six weeks.</div>
                <p class="by">By Tomas Reyes</p>
                <div class="content">
                <p>The harbour has silted up so badly that the largest fishing boats can only come in for four hours either side of high water, and two have moved to Brenmouth.</p>
                <p>The board said the channel would stay open to small boats during the day, while the dredger works at night to keep out of the way of the ferries.</p>
                <p>Fishing crews have asked for the spoil to be dumped further out than last time, when it drifted back onto the mussel beds off Holm Point within a year.</p>
                </div></article></main></body></html>""", "https://news.example/dredging-march");
        assertThat(opening(a)).startsWith("Dredging of Kelby harbour will start in March");
        assertThat(a.paragraphs()).last().asString().startsWith("Fishing crews have asked for the spoil");
        assertThat(a.text()).doesNotContain("By Tomas Reyes");
    }

    @Test
    void a_lead_above_a_box_of_links_to_other_stories_inside_the_story() {
        Article a = read("""
                <html><head><title>Kelby school to get a new roof before winter</title></head><body><main><article>
                <h1>Kelby school to get a new roof before winter</h1>
                <div class="article-lead"><p>Kelby's primary school will get a new roof before the winter, the county said on Friday, after rain came through the ceilings of three classrooms in October.</p></div>
                <div class="inline-box"><h4>Read more</h4><ul><li><a href="/news/school-roof-leaks-again">School roof leaks again as storms hit the coast</a></li><li><a href="/news/county-budget-cuts-repairs">County budget cuts school repairs by a third</a></li></ul></div>
                <div class="article-body">
                <p>The work will cost about four hundred thousand and will be done in the half-term holiday, so that no lessons are lost, the county's education office said.</p>
                <p>Parents had collected more than a thousand names on a letter asking for the roof to be fixed before the children were moved out of the building.</p>
                <p>The head teacher said the three classrooms would reopen after the holiday, and that the hall, used as a classroom since October, would be free again for lunches.</p>
                </div></article></main></body></html>""", "https://news.example/school-roof");
        assertThat(opening(a)).startsWith("Kelby's primary school will get a new roof");
        assertThat(a.paragraphs()).last().asString().startsWith("The head teacher said the three classrooms");
        assertThat(a.text()).doesNotContain("School roof leaks again", "County budget cuts");
    }

    @Test
    void a_standfirst_above_a_picture_and_a_byline() {
        Article a = read("""
                <html><head><title>Lifeboat crew honoured for winter rescue</title></head><body><main><article>
                <h1>Lifeboat crew honoured for winter rescue</h1>
                <p class="standfirst">Four volunteers who saved two fishermen in a storm off Holm Point have been given the lifeboat service's bronze medal</p>
                <figure><img src="crew.jpg"><figcaption>The crew at Kelby lifeboat station. Photo: Kelby RNLI</figcaption></figure>
                <div class="byline">By <a href="/staff/ana-ruiz">Ana Ruiz</a>, 12 May 2025</div>
                <div class="text">
                <p>The four volunteers from Kelby lifeboat station were honoured on Thursday for a rescue in January, when they reached a fishing boat that had lost its engine in waves of six metres.</p>
                <p>The two men on board had been in the water for twenty minutes when the lifeboat reached them, and both were taken to hospital with hypothermia.</p>
                <p>The station's coxswain, Ines Marr, said the crew had trained for such a night for years and hoped never to see another one like it.</p>
                </div></article></main></body></html>""", "https://news.example/lifeboat");
        assertThat(opening(a)).startsWith("Four volunteers who saved two fishermen");
        assertThat(a.paragraphs()).last().asString().startsWith("The station's coxswain, Ines Marr");
        assertThat(a.text()).doesNotContain("Photo: Kelby RNLI", "By Ana Ruiz");
    }

    @Test
    void a_lead_beside_the_hero_picture_that_the_description_repeats() {
        Article a = read("""
                <html><head><title>Holm Island gets its first doctor in six years</title><meta name="description" content="Holm Island has its own doctor again for the first time in six years, after the health board agreed to pay for a surgery in the old school house."></head><body><main><article>
                <h1>Holm Island gets its first doctor in six years</h1>
                <div class="hero-image"><img src="doctor.jpg"><p class="hero-lead">Holm Island has its own doctor again for the first time in six years, after the health board agreed to pay for a surgery in the old school house.</p></div>
                <div class="body-text">
                <p>The island's 900 residents have had to take the ferry to Kelby for every appointment since the last doctor retired, a trip that takes most of a day in winter.</p>
                <p>The new doctor, who moved to the island from the city in February, will hold surgeries four days a week and visit patients at home on the fifth.</p>
                <p>The health board said it would review the surgery after two years, and the island council said it would fight any attempt to close it again.</p>
                </div></article></main></body></html>""", "https://news.example/island-doctor");
        assertThat(opening(a)).startsWith("Holm Island has its own doctor again");
        assertThat(a.paragraphs()).last().asString().startsWith("The health board said it would review");
    }

    @Test
    void a_standfirst_with_a_link_in_the_header() {
        Article a = read("""
                <html><head><title>Kelby wins its bid to host the coastal games</title></head><body><main><article>
                <header><h1>Kelby wins its bid to host the coastal games</h1>
                <div class="standfirst"><p>The town beat Brenmouth and Holm to the 2028 games, which the organisers say will bring <a href="/news/games-visitors-estimate">forty thousand visitors</a> in a fortnight</p></div></header>
                <div class="byline"><a href="/staff/ana-ruiz">Ana Ruiz</a> <time>2 June 2025</time></div>
                <div class="article-body">
                <p>Kelby will host the coastal games in 2028 after the organisers chose its bid over those of Brenmouth and Holm at a meeting in the capital on Monday.</p>
                <p>The town plans to hold the sailing and rowing races in the bay and the athletics at the school's field, which will get a new track before the games.</p>
                <p>The council said the games would cost the town about two million, most of it for the track and for buses from the station.</p>
                </div></article></main></body></html>""", "https://news.example/coastal-games");
        assertThat(opening(a)).startsWith("The town beat Brenmouth and Holm");
        assertThat(a.paragraphs()).last().asString().startsWith("The council said the games would cost");
        assertThat(a.text()).doesNotContain("2 June 2025");
    }

    @Test
    void a_lead_in_a_teaser_block_with_the_headline_above_the_meta_line() {
        Article a = read("""
                <html><head><title>New bridge to Holm Island opens to cyclists</title></head><body><main>
                <div class="article-teaser"><h1>New bridge to Holm Island opens to cyclists</h1>
                <p class="article-teaser__text">Cyclists and walkers can cross to Holm Island on the new footbridge from Saturday, a year later than planned and at twice the cost.</p></div>
                <div class="article-meta"><span>By Tomas Reyes</span> <span>14 June 2025</span></div>
                <section class="article-main">
                <p>The bridge, which runs for four hundred metres beside the ferry pier, was meant to open last summer, but storms in the winter damaged the first span before it was fixed in place.</p>
                <p>It cost about eleven million in the end, against the six million the county had set aside, and the county has asked the government to pay half of the difference.</p>
                <p>Cars will still need the ferry: the bridge is too narrow for them, and the county has said it has no plans for a road bridge.</p>
                </section></main></body></html>""", "https://news.example/holm-bridge");
        assertThat(opening(a)).startsWith("Cyclists and walkers can cross to Holm Island");
        assertThat(a.paragraphs()).last().asString().startsWith("Cars will still need the ferry");
        assertThat(a.text()).doesNotContain("By Tomas Reyes");
    }

    @Test
    void a_summary_full_of_figures_above_a_picture_and_the_byline() {
        // a date or a count is short; a summary may be mostly figures and still be the lead
        Article a = read("""
                <html><head><title>Kelby house prices fall for a third month</title></head><body><main><article><header>
                <h1>Kelby house prices fall for a third month</h1>
                <p class="summary">Prices fell 2.1% in May to an average of 214,000, down 9% since 2023</p></header>
                <div class="pic"><img src="x.jpg"><p>The harbour at Kelby. Photo: Kelby Post</p></div>
                <div class="byline">By <a href="/staff/ana-ruiz">Ana Ruiz</a></div>
                <div class="article-body">
                <p>House prices in Kelby fell for the third month running in May, according to the county's land registry, as higher mortgage rates kept first-time buyers away from the market.</p>
                <p>Estate agents in the town said that houses were taking twice as long to sell as they did a year ago, and that most sellers were now accepting offers below the asking price.</p>
                <p>The fall has been sharpest for flats near the harbour, which were bought in large numbers as holiday lets before the county raised the tax on second homes.</p>
                </div></article></main></body></html>""", "https://news.example/house-prices");
        assertThat(a.standfirst()).isEqualTo("Prices fell 2.1% in May to an average of 214,000, down 9% since 2023");
        assertThat(a.paragraphs()).last().asString().startsWith("The fall has been sharpest");
        assertThat(a.text()).doesNotContain("Photo: Kelby Post");
    }
    /** Seven paragraphs of a story's body, long enough that the scorer's container is the body alone. */
    private static final String LONG_BODY = """
            <p>The plan was first put to the council in the spring, when the engineers said the old design would not last another twenty winters on the coast.</p>
            <p>Residents of the streets nearest the school had asked for the work for years, and many of them came to the meeting on Tuesday to hear the vote.</p>
            <p>The county's treasurer said the cost would be spread over six years, and that no other work in the town would be put off to pay for it.</p>
            <p>Opponents said the money would be better spent on a new building, and that the old one would need more repairs within ten years anyway.</p>
            <p>The council's leader said a new building was out of reach for now, and that the safety of the children mattered more than the cost.</p>
            <p>Work is expected to begin after the summer term, so that the classrooms are not closed during the examinations in June.</p>
            <p>The engineers will publish a timetable in the autumn, showing which parts of the school will close and for how long while the work goes on.</p>
            """;

    @Test
    void a_lead_above_a_box_of_links_without_a_class_that_names_it() {
        // under the headline, a list of links to other stories interrupts the story's opening
        Article a = read("""
                <html><head><title>Kelby school to get a new roof before winter</title></head><body><main><article>
                <h1>Kelby school to get a new roof before winter</h1>
                <div class="top"><p>Kelby's primary school will get a new roof before the winter, the county said on Friday, after rain came through the ceilings of three classrooms in October.</p></div>
                <div class="box"><ul><li><a href="/news/school-roof-leaks-again">School roof leaks again as storms hit the coast</a></li><li><a href="/news/county-budget-cuts-repairs">County budget cuts school repairs by a third</a></li></ul></div>
                <div class="article-body">
                """ + LONG_BODY + """
                </div></article></main></body></html>""", "https://news.example/school-roof-winter");
        assertThat(opening(a)).startsWith("Kelby's primary school will get a new roof");
        assertThat(a.paragraphs()).last().asString().startsWith("The engineers will publish a timetable");
        assertThat(a.text()).doesNotContain("School roof leaks again", "County budget cuts");
    }
    /** Sixteen paragraphs of a story's body about newsroom data tools, long enough to be the scorer's container alone. */
    private static final String NEWSROOM_BODY = """
            <p>Spreadsheets come first: every reporter we asked starts with one, and most never need anything else for a story about a budget or a list of contracts.</p>
            <p>For maps, the reporters use a free web tool that draws a map from a column of addresses, so that a story about potholes or planning permits shows where they are.</p>
            <p>For charts, a free charting site lets a reporter paste a table and get a chart that works on a phone, which matters because most readers come from their phones.</p>
            <p>Two of the papers use a scraping tool to collect the council's planning notices every night, so that no application is missed when the office is short of staff.</p>
            <p>One reporter learned a little of a programming language to clean messy data, and said it took her a month of evenings to learn enough to be useful.</p>
            <p>The others said they would rather spend the time on reporting, and that a spreadsheet and a map cover nearly every story they write in a year.</p>
            <p>The smallest of the six, a weekly with two reporters, said its data stories were now the ones readers shared most, ahead of sport and court reports.</p>
            <p>Its editor said the first story it did with a map, on the roads the council had not gritted in a cold snap, brought more letters than anything else that winter.</p>
            <p>Another paper keeps a shared sheet of every contract the council signs, and its reporters check it each Monday for anything that looks out of the ordinary.</p>
            <p>That sheet led to a story about a cleaning contract that had been renewed four times without a tender, which the council has since put out to tender.</p>
            <p>None of the papers pays for any of the tools, though two said they would pay for a better way to search the council's minutes, which are published as scanned pages.</p>
            <p>Reporters at the two largest papers said the hardest part was not the tools but finding the time, since each of them also covers courts, councils and sport.</p>
            <p>They suggested starting with one small story a month, such as the council's spending on agency staff, and building from there as the reporters grow more confident.</p>
            <p>A third paper has set aside one afternoon a week for its reporters to learn, and says the stories that come from it have already paid for the lost afternoons.</p>
            <p>Several reporters said the free courses offered online by universities and journalism schools were good enough to start with, and cost nothing but time.</p>
            <p>All six papers said the tools had paid for themselves many times over, in stories they would not otherwise have found.</p>
            """;

    @Test
    void a_lead_in_its_own_row_of_a_page_builder_with_the_headline_in_a_title_bar_far_above() {
        // page builders nest each row many levels deep; the headline's title bar is outside the
        // best element, and a promotion's row with its own heading sits between lead and body
        Article a = read("""
                <html><head><title>Fifteen data tools for a small newsroom</title></head><body><div id="wrapper"><div class="page-title-bar"><div class="bar-inner"><div class="bar-row"><div class="bar-content"><div class="bar-title"><h1 class="entry-title">Fifteen data tools for a small newsroom</h1></div></div></div></div></div>
                <div id="main"><div class="container"><article class="post"><div class="post-content">
                <div class="builder-row row-1"><div class="builder-inner"><div class="builder-column"><div class="column-wrapper"><div class="text-block">
                <p>A newsroom of five people cannot hire a data team, but it can learn a handful of free tools that turn a spreadsheet of council spending into a story readers understand.</p>
                <p>We asked reporters at six small papers which data tools they use every week, and why.</p></div></div></div></div></div>
                <div class="builder-row row-2"><div class="builder-inner"><div class="builder-column"><div class="column-wrapper"><div class="text-block"><h3>Take our evening course in data journalism this spring</h3>
                <p>Our twelve-week course teaches reporters to find, clean and chart the data behind a local story.</p></div><div><a class="button" href="/course">Learn more</a></div></div></div></div></div>
                <div class="builder-row row-3"><div class="builder-inner"><div class="builder-column"><div class="column-wrapper"><div class="text-block"><h2>The tools</h2>
                """ + NEWSROOM_BODY + """
                </div></div></div></div></div>
                </div></article></div></div></div></body></html>""", "https://news.example/newsroom-data-tools");
        assertThat(opening(a)).startsWith("A newsroom of five people cannot hire a data team");
        assertThat(a.paragraphs()).anyMatch(p -> p.startsWith("We asked reporters at six small papers"));
        assertThat(a.paragraphs()).last().asString().startsWith("All six papers said the tools");
    }

    @Test
    void a_header_with_the_standfirst_and_the_first_paragraph_of_the_story_above_a_picture() {
        // the header holds the dek and, under it in its own element, the story's first paragraph;
        // the walk from the long body stops at the picture, the header's other paragraph opens the story
        Article a = read("""
                <html><head><title>Fifteen data tools for a small newsroom</title></head><body><main><article>
                <header class="article-header"><h1>Fifteen data tools for a small newsroom</h1>
                <p class="intro">A newsroom of five people cannot hire a data team, but it can learn a few free tools.</p>
                <p class="intro">We asked reporters at six small papers which data tools they use every week, what they use them for, and what they wish they had learned sooner.</p></header>
                <div class="pic"><img src="x.jpg"><p>Reporters at work in a newsroom on the coast.</p></div>
                <div class="byline">By Ana Ruiz</div>
                <div class="article-body">
                """ + NEWSROOM_BODY + """
                </div></article></main></body></html>""", "https://news.example/newsroom-data-tools-intro");
        assertThat(a.standfirst()).startsWith("A newsroom of five people cannot hire a data team");
        assertThat(a.paragraphs().get(0)).startsWith("We asked reporters at six small papers");
        assertThat(a.paragraphs()).last().asString().startsWith("All six papers said the tools");
        assertThat(a.text()).doesNotContain("By Ana Ruiz", "Reporters at work in a newsroom");
    }

    @Test
    void a_lead_over_the_hero_picture_in_a_box_named_as_a_banner() {
        // the story's header drawn as the page's top band: the picture, the headline and the lead
        // over it, in a box whose class names a banner; the site's own banner above still goes
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body>
                <div class="site-banner"><p>Get the Kelby Post delivered to your door every morning from only two pounds a week, with free delivery.</p></div>
                <div class="article-banner hero-overlay"><img src="ferry.jpg">
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <p>Fares on the Holm ferry will rise by a fifth from the first of May, the island council said on Tuesday, the first rise since the service was taken over in 2019.</p></div>
                <div class="article-body">
                <p>A return ticket for a car and driver will cost 36 pounds, up from 30, and a foot passenger will pay six pounds instead of five, the council's transport office said.</p>
                <p>The council said the price of fuel had doubled since the last fares were set, and that the ferry lost money on every crossing in the winter months.</p>
                <p>Islanders who hold a resident's card will pay the old fares until the end of the year, while the council looks for a grant to keep them lower.</p>
                </div></body></html>""", "https://news.example/ferry-fares");
        assertThat(opening(a)).startsWith("Fares on the Holm ferry will rise by a fifth");
        assertThat(a.paragraphs()).last().asString().startsWith("Islanders who hold a resident's card");
        assertThat(a.text()).doesNotContain("delivered to your door");
    }

    private static final String FERRY_BODY = """
            <p>A return ticket for a car and driver will cost 36 pounds, up from 30, and a foot passenger will pay six pounds instead of five, the council's transport office said.</p>
            <p>The council said the price of fuel had doubled since the last fares were set, and that the ferry lost money on every crossing in the winter months.</p>
            <p>Islanders who hold a resident's card will pay the old fares until the end of the year, while the council looks for a grant to keep them lower.</p>
            """;

    @Test
    void a_lead_beside_the_hero_picture_that_no_description_repeats() {
        // the lead shares the small block of the hero picture, as a caption would; it stands right
        // under the headline and is a sentence that tells the story, so it is the lead
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body><main><article>
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <div class="hero"><img src="ferry.jpg"><p>A crossing to the island will cost twenty per cent more from the first of May, the island council said on Tuesday, in the first increase since 2019.</p></div>
                <div class="story">
                """ + FERRY_BODY + """
                </div></article></main></body></html>""", "https://news.example/ferry-fares-hero");
        assertThat(opening(a)).startsWith("A crossing to the island will cost twenty per cent more");
        assertThat(a.paragraphs()).last().asString().startsWith("Islanders who hold a resident's card");
    }

    @Test
    void a_lead_inside_a_picture_block_with_no_heading() {
        // the picture block holds the picture and, in an element of its own, the lead; the headline is above it
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body><main><article>
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <div class="media-block"><div class="pic"><img src="ferry.jpg"></div><div class="media-text"><p>A crossing to the island will cost twenty per cent more from the first of May, the island council said on Tuesday, in the first increase since 2019.</p></div></div>
                <div class="byline">By Ana Ruiz</div>
                <div class="story">
                """ + FERRY_BODY + """
                </div></article></main></body></html>""", "https://news.example/ferry-fares-block");
        assertThat(opening(a)).startsWith("A crossing to the island will cost twenty per cent more");
        assertThat(a.paragraphs()).last().asString().startsWith("Islanders who hold a resident's card");
        assertThat(a.text()).doesNotContain("By Ana Ruiz");
    }

    @Test
    void a_short_caption_under_the_headline_stays_out() {
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body><main><article>
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <div class="hero"><img src="ferry.jpg"><p>The Holm ferry leaving Kelby harbour on a winter morning.</p></div>
                <div class="story">
                """ + FERRY_BODY + """
                </div></article></main></body></html>""", "https://news.example/ferry-fares-caption");
        assertThat(a.text()).doesNotContain("leaving Kelby harbour");
        assertThat(opening(a)).startsWith("A return ticket for a car and driver");
    }

    @Test
    void a_long_lead_above_a_line_that_labels_the_rest_of_the_story() {
        // a line of a few words without a stop ("What the reporters at six papers told us") between
        // the lead and the body is part of the story's header, not another story
        Article a = read("""
                <html><head><title>Fifteen data tools for a small newsroom</title></head><body><main><article>
                <h1>Fifteen data tools for a small newsroom</h1>
                <div class="intro"><p>A newsroom of five people cannot hire a data team, but its reporters can learn a few free tools that do most of what a data team would do, and we asked reporters at six small papers on the coast which of those tools they use every week, what they use them for, and what they wish they had learned sooner.</p></div>
                <div class="kicker"><span>What the reporters at six small papers told us</span></div>
                <div class="article-body">
                """ + NEWSROOM_BODY + """
                </div></article></main></body></html>""", "https://news.example/newsroom-data-tools-kicker");
        assertThat(opening(a)).startsWith("A newsroom of five people cannot hire a data team");
        assertThat(a.paragraphs()).last().asString().startsWith("All six papers said the tools");
    }

    @Test
    void a_lead_in_a_box_classed_as_a_caption_beside_the_hero_picture() {
        // the page sets its lead in its own container beside the picture and names it as it names
        // captions; it is a sentence of the story, right under the headline, with no credit
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body><main><article>
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <div class="top-row"><div class="top-picture"><img src="ferry.jpg" alt="The ferry at Kelby pier"></div>
                <div class="story-caption"><p>A crossing to the island will cost twenty per cent more from the first of May, the island council said on Tuesday, in the first increase since 2019.</p></div></div>
                <div class="byline">By Ana Ruiz</div>
                <div class="story">
                """ + FERRY_BODY + """
                </div></article></main></body></html>""", "https://news.example/ferry-fares-caption-box");
        assertThat(opening(a)).startsWith("A crossing to the island will cost twenty per cent more");
        assertThat(a.paragraphs()).last().asString().startsWith("Islanders who hold a resident's card");
        assertThat(a.text()).doesNotContain("By Ana Ruiz");
    }

    @Test
    void a_credited_caption_in_a_caption_box_under_the_headline_stays_out() {
        // as long as a lead, but it places people in the frame and credits the photographer
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body><main><article>
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <div class="top-row"><div class="top-picture"><img src="ferry.jpg"></div>
                <div class="story-caption"><p>Island councillor Mari Holt, left, and the ferry's captain Tom Reay stand on the car deck of the Holm ferry at Kelby pier on a wet Tuesday morning. Photo: Ana Ruiz</p></div></div>
                <div class="story">
                """ + FERRY_BODY + """
                </div></article></main></body></html>""", "https://news.example/ferry-fares-credited-caption");
        assertThat(a.text()).doesNotContain("Mari Holt");
        assertThat(opening(a)).startsWith("A return ticket for a car and driver");
    }

    @Test
    void a_long_caption_box_inside_the_story_stays_out() {
        // a caption box in the story's flow is never the lead, however long its sentence
        Article a = read("""
                <html><head><title>Ferry fares to Holm rise by a fifth in May</title></head><body><main><article>
                <h1>Ferry fares to Holm rise by a fifth in May</h1>
                <div class="story">
                <p>A crossing to the island will cost twenty per cent more from the first of May, the island council said on Tuesday, in the first increase since 2019.</p>
                <div class="clip"><div class="player"><img src="clip.jpg"></div><div class="clip-caption"><p>The island's harbour master walks along the pier at dawn as the first ferry of the day comes in from Kelby with a full car deck and a queue of lorries waiting behind it.</p></div></div>
                """ + FERRY_BODY + """
                </div></article></main></body></html>""", "https://news.example/ferry-fares-clip");
        assertThat(a.text()).doesNotContain("harbour master walks");
        assertThat(opening(a)).startsWith("A crossing to the island will cost twenty per cent more");
    }
}
