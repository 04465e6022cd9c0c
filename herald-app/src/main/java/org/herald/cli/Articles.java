package org.herald.cli;

import java.io.InputStream;
import org.herald.model.Article;
import org.herald.model.ResolvedDate;

/** Turns a command's input into an article. */
final class Articles {

    private Articles() {
    }

    /**
     * Scraped plain text: the first line is the headline, a short unpunctuated second paragraph is
     * the standfirst, every other blank-line-separated paragraph is body.
     */
    static Article read(String input, InputStream stdin, ResolvedDate published) throws Inputs.BadInput {
        return fromText(input, Inputs.text(input, stdin), published);
    }

    static Article fromText(String origin, String raw, ResolvedDate published) {
        String text = raw.replace("\r\n", "\n");
        String[] paras = text.strip().split("\n[ \t]*\n");
        Article.Builder b = Article.builder().origin(origin);
        int i = 0;
        String first = paras[0].strip();
        int nl = first.indexOf('\n');
        if (nl > 0) {
            b.headline(first.substring(0, nl));
            paras[0] = first.substring(nl + 1);
        } else {
            b.headline(first);
            i = 1;
        }
        if (i < paras.length && paras[i].length() < 250 && !paras[i].strip().matches("(?s).*[.!?\"”’]$")) {
            b.standfirst(paras[i]);
            i++;
        }
        for (; i < paras.length; i++) {
            b.paragraph(paras[i]);
        }
        if (published != null) {
            b.published(published, "user");
        }
        return b.build();
    }
}
