package org.herald.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Plain CoreNLP with {@code tokenize,ssplit,pos,lemma,ner,depparse} and its defaults: what a user
 * who does not use Herald would run to get entities, dates and parses. Benchmarks measure Herald
 * against it in the same run.
 */
public final class Baseline {

    private final StanfordCoreNLP pipeline;

    private Baseline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    public static Baseline load() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new Baseline(new StanfordCoreNLP(p));
    }

    /** Annotates a text with a document date (or null); returns the number of tokens. */
    public int annotate(String text, String docDate) {
        Annotation a = new Annotation(text);
        if (docDate != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        pipeline.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
