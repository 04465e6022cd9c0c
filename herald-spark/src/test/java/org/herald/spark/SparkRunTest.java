package org.herald.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkRunTest {

    @Test
    void a_local_file_is_named_by_its_path_as_herald_run_names_it_and_others_by_their_uri() {
        assertThat(SparkRun.origin("file:/tmp/news archive/a.warc.gz")).isEqualTo("/tmp/news archive/a.warc.gz");
        assertThat(SparkRun.origin("hdfs://nn:8020/cc-news/a.warc.gz")).isEqualTo("hdfs://nn:8020/cc-news/a.warc.gz");
    }

    @Test
    void shingles_are_the_lower_cased_word_triples_each_once() {
        assertThat(SparkRun.shingles("Police fired tear gas. Police fired tear gas!"))
                .containsExactly("police fired tear", "fired tear gas", "tear gas police", "gas police fired");
        assertThat(SparkRun.shingles("two words")).isEmpty();
    }
}
