package org.herald.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines and paragraphs that pages put around and inside a story but that are not
 * the story: links to other stories, list headers ("Don't miss…", "Most read"), newsletter and
 * consent text, share and comment prompts, "Source: …" footers, bylines, photo credits and
 * datelines. Used for scraped plain text and for the text blocks of HTML pages alike.
 */
public final class Clutter {

    /** What a line is, when it is not story text. */
    public enum Kind { CONTENT, READ_MORE, LIST_HEADER, CONSENT, SITE, PROMPT, SOURCE, BYLINE, CREDIT, DATELINE }

    private static final Pattern READ_MORE = Pattern.compile(
            "^(?:(?i:read more|read also|also read|see also|read next|related(?: article| story| stories| content)?|more on this(?: story)?|click here to read|continue reading)"
                    + "|MORE|WATCH|LISTEN|PICTURED|RELATED|READ)\\s*(?:[:|>»\\-–—]|\\.{3}|…)\\s*(.{8,300})$");
    private static final Pattern LIST_HEADER = Pattern.compile(
            "^(?i:don['’]?t miss|do not miss|related(?: articles?| stories| posts| news| content| coverage| reading| links?| topics| videos?)?"
                    + "|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|today|now))?|more (?:stories|from [\\p{L} .&'-]{2,40}|on this(?: story| topic)?|news|like this|to read|in [\\p{L} .&'-]{2,30}|top stories)"
                    + "|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| reading| stories| articles)?|trending(?: now| stories| news)?"
                    + "|top stories|latest(?: news| stories| articles)?|read next|what to read next|further reading|popular(?: now| stories| articles)?|editor['’]?s picks?|in other news|also on [\\p{L} .&'-]{2,30}|around the web|from around the web|more headlines)"
                    + "\\s*(?:[:.…]|\\.\\.\\.)?\\s*$");
    private static final Pattern PROMPT = Pattern.compile(
            "^(?i:share(?: this(?: article| story| page| post)?| on [\\w ]{2,20}| via [\\w ]{2,20}| the story)?|tweet|email|print|comments?(?: \\(\\d+\\))?|\\d+ comments?"
                    + "|leave a (?:comment|reply)|join the (?:conversation|discussion|debate)|have your say|follow (?:us|@\\w+|[\\w ]{2,30} on \\w+)|like us on \\w+"
                    + "|click here.{0,80}|tap here.{0,80}|(?:watch|listen)(?: now| live)?|advertisement|advert|ad|sponsored(?: content)?|story continues below.{0,30}"
                    + "|continue reading.{0,40}|scroll (?:down|to continue).{0,40}|image \\d+ of \\d+|skip (?:to|advert).{0,30}|\\d+ min(?:ute)?s? read|listen to (?:this )?article.{0,40}"
                    + "|copy link|link copied|show comments|view comments|load comments|sign in to comment|report an error|back to top|topics?:.{0,200}|tags?:.{0,200}"
                    + "|read full article|read the (?:full|original) (?:article|story).{0,40}|sign up.{0,80}|subscribe(?: now| today)?.{0,60}|\\[?(?:video|analysis|insight|poll|pics|live)\\]?)"
                    + "\\s*[.!:…]?\\s*$");
    private static final Pattern SOURCE = Pattern.compile(
            "^(?i:source|sources|via|originally published(?: (?:at|on|by|in))?)\\s*:\\s*(.{1,150})$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|written by|words by|reporting by|report by|story by|posted by|author:)\\s+"
                    + "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|and|&|,|de|van|von|der|da|la|le|bin|al-\\p{L}+)){0,9})"
                    + "\\s*(?:[,|–—•-][^.!?]{0,80})?$");
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:\\(?(?i:photos?|images?|pictures?|pictured|credit|photograph|file photo|pic|illustration|video)\\s*(?i:by|credit)?\\s*[:|]\\s*.{0,150}"
                    + "|\\((?i:photos?|images?|pictures?|credit|pic)s?\\s*:[^)]{0,100}\\)"
                    + "|.{0,120}[(\\[](?i:getty(?: images)?|reuters|ap|afp|pa(?: media| wire)?|epa|shutterstock|alamy|supplied|file)[^)\\]]{0,40}[)\\]]"
                    + "|(?i:getty images|shutterstock)|©.{0,100}"
                    + "|(?i:(?:additional )?reporting by|writing by|editing by|compiled by|produced by)\\s.{0,250})$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?i:published|updated|posted|last updated|first published|last modified|date)\\b[:\\s].{0,90}$");
    // No leading \s*: tried at every space of a long run it made the search quadratic; callers strip.
    private static final Pattern HEADLINE_TAG = Pattern.compile(
            "\\[(?i:analysis|insight|video|pics|poll|live|revealed|latest|watch|pictures|opinion|comment|exclusive|explained|photos|gallery|update|breaking|listen|audio|quiz|interview|podcast)\\]\\s*$");
    private static final String[] CONSENT_CUES = {
        "sign up", "sign-up", "signing up", "newsletter", "unsubscribe", "consent", "privacy policy", "privacy notice",
        "cookie", "subscribe", "subscription", "adverts", "advertising", "third parties", "3rd parties", "terms of use",
        "terms and conditions", "terms of service", "more info", "opt out", "opt-out", "inbox", "email address",
        "your email", "personal data", "partners", "personal information", "your browser", "privacy", "opt-out",
        "your device", "your preferences", "strictly necessary"
    };

    private static final Pattern YOU = Pattern.compile("\\byou(?:r|rs)?\\b");

    private Clutter() {
    }

    /** What a short text (one line or paragraph) is. */
    public static Kind classify(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Kind.PROMPT;
        }
        if (t.length() <= 320 && READ_MORE.matcher(t).matches()) {
            return Kind.READ_MORE;
        }
        if (t.length() <= 80 && LIST_HEADER.matcher(t).matches()) {
            return Kind.LIST_HEADER;
        }
        if (t.length() <= 220 && PROMPT.matcher(t).matches()) {
            return Kind.PROMPT;
        }
        if (t.length() <= 170 && SOURCE.matcher(t).matches()) {
            return Kind.SOURCE;
        }
        if (t.length() <= 140 && BYLINE.matcher(t).matches()) {
            return Kind.BYLINE;
        }
        if (t.length() <= 260 && mayBeCredit(t) && CREDIT.matcher(t).matches()) {
            return Kind.CREDIT;
        }
        if (t.length() <= 100 && DATELINE.matcher(t).matches() && Dates.parseProse(t) != null) {
            return Kind.DATELINE;
        }
        if (isConsent(t)) {
            return Kind.CONSENT;
        }
        if (siteTalk(t) == Talk.ANYWHERE) {
            return Kind.SITE;
        }
        if (t.length() <= 100 && READING_TIME.matcher(t).find()) {
            return Kind.PROMPT;
        }
        if (t.length() <= 80 && !endsLikeSentence(t) && Dates.parseProse(t) != null) {
            // "April 25, 2023 2:26 PM GMT+2": a date line, not story text.
            return Kind.DATELINE;
        }
        return Kind.CONTENT;
    }

    private static final Pattern READING_TIME = Pattern.compile("(?i)\\b\\d+\\s*(?:min(?:ute)?s?|mins?)\\.?\\s*read\\b");

    private static boolean endsLikeSentence(String t) {
        char c = t.charAt(t.length() - 1);
        return ".!?\"”’'…".indexOf(c) >= 0;
    }

    /** A cheap test that lets most lines skip the credit pattern, whose alternatives backtrack. */
    private static boolean mayBeCredit(String t) {
        return t.indexOf('(') >= 0 || t.indexOf('[') >= 0 || t.indexOf(':') >= 0 || t.indexOf('|') >= 0 || t.indexOf('©') >= 0
                || t.regionMatches(true, 0, "getty", 0, 5) || t.regionMatches(true, 0, "shutterstock", 0, 12)
                || t.regionMatches(true, 0, "photo", 0, 5) || t.regionMatches(true, 0, "image", 0, 5)
                || t.regionMatches(true, 0, "pic", 0, 3) || t.regionMatches(true, 0, "credit", 0, 6)
                || t.regionMatches(true, 0, "illustration", 0, 12) || t.regionMatches(true, 0, "video", 0, 5)
                || t.regionMatches(true, 0, "file photo", 0, 10)
                || t.regionMatches(true, 0, "additional", 0, 10) || t.regionMatches(true, 0, "reporting", 0, 9)
                || t.regionMatches(true, 0, "writing", 0, 7) || t.regionMatches(true, 0, "editing", 0, 7)
                || t.regionMatches(true, 0, "compiled", 0, 8) || t.regionMatches(true, 0, "produced", 0, 8);
    }

    /** Newsletter, consent and cookie text: several of the words such notices are made of. */
    static boolean isConsent(String t) {
        if (t.length() > 1600) {
            return false;
        }
        String l = t.toLowerCase(java.util.Locale.ROOT);
        int cues = 0;
        for (String c : CONSENT_CUES) {
            if (l.contains(c)) {
                cues++;
            }
        }
        if (t.length() > 700) {
            // a notice speaks to the reader; news about cookies and privacy speaks of others
            return cues >= 3 && YOU.matcher(l).results().count() >= 4;
        }
        if (cues < 3 && !(cues >= 2 && t.length() < 350)) {
            return false;
        }
        // so does a shorter one, unless it is a label ("Privacy policy | Terms of use"): a lead
        // about a privacy fine speaks of others
        return MainText.countWords(t) < 10 || YOU.matcher(l).find() || SITE_VOICE.matcher(l).find();
    }

    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|yours|you['’](?:re|ll|ve|d))\\b");
    private static final Pattern SITE_VOICE = Pattern.compile("(?i)\\b(?:we|our|we['’](?:re|ve|ll))\\b");
    private static final int SITE_TALK_WORDS = 80;

    /** How plainly a paragraph is the site talking to its reader about the site. */
    enum Talk {
        /** Not at all, or quoted speech, which is the story's. */
        NONE,
        /** Only if it stands apart from the story's paragraphs: how-to stories say the same words to their readers. */
        IN_A_BOX,
        /** Wherever it stands: a notice, a label or a prompt. */
        ANYWHERE
    }

    /** Notices are short: a paragraph of more words that names the site is prose about it. */
    private static final int NOTICE_WORDS = 12;

    /**
     * Whether a paragraph is the site talking to its reader about the site: it names something a
     * reader does with the site (subscribe, sign up, log in, your browser, this video; {@link
     * PageWords}) and it is said to the reader, in the second person or the site's "we", as a
     * question, or as a command or label that starts with the act. Said in capitals, or in a few
     * words, it is a notice wherever it stands; otherwise only when it stands apart from the
     * story's paragraphs ({@link Talk#IN_A_BOX}), since a story about apps or accounts says the
     * same words to its readers.
     */
    static Talk siteTalk(String t) {
        if (t.length() > SITE_TALK_WORDS * 8 || t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0) {
            return Talk.NONE;
        }
        PageWords words = PageWords.shared();
        if (!words.namesAct(t)) {
            return Talk.NONE;
        }
        int n = MainText.countWords(t);
        if (n > SITE_TALK_WORDS) {
            return Talk.NONE;
        }
        if (isCapitals(t)) {
            return Talk.ANYWHERE;
        }
        boolean addressed = t.indexOf('?') >= 0 || words.startsWithAct(t) || SECOND_PERSON.matcher(t).find()
                || SITE_VOICE.matcher(t).find();
        if (!addressed && n > 6) {
            return Talk.NONE;
        }
        return n <= NOTICE_WORDS ? Talk.ANYWHERE : Talk.IN_A_BOX;
    }

    /** Whether the letters of a text are (nearly) all capitals: shouting, as walls and labels do. */
    private static boolean isCapitals(String t) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 8 && lower * 10 <= upper;
    }

    /**
     * Marks of a picture's caption inside a text: a credit ("Photo: …", "(AP Photo/…)", "REUTERS/…",
     * "courtesy of", "©", a picture agency), a place in the frame set off as an aside (", left,",
     * "(right)"), or words that point at the picture ("pictured", "in this photo", "file photo",
     * "image 3 of 9"). A news lead tells the story and names none of these; an agency's dateline
     * ("WASHINGTON (AP) —") is not a credit.
     */
    private static final Pattern PICTURE_MARK = Pattern.compile("(?i)\\b(?:photo(?:graph)?s?|images?|pictures?|credit|illustration)\\s*(?:by\\b|:)"
            + "|\\bcourtesy(?: of)?\\b|©|\\b(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy)\\b"
            + "|\\b(?:ap|afp|epa|reuters)\\s*(?:photo\\b|/)|/\\s*(?:ap|afp|epa|reuters)\\b|,\\s*(?:ap|afp|epa|reuters)\\s*$"
            + "|,\\s*(?:left|right|center|centre|(?:second|third) from (?:left|right))\\s*[,)]|\\((?:left|right|center|centre|l|r|c)\\)"
            + "|\\bpictured\\b|\\bfile (?:photo|image|picture)\\b|\\bin this\\b[^.]{0,40}?\\b(?:photos?|photograph|images?|pictures?|illustration|handout)\\b"
            + "|\\b(?:photo|image|picture|slide)s? \\d+ of \\d+\\b|\\bseen here\\b|\\bartist['’]s (?:illustration|impression|rendering)\\b");

    /** Whether a text carries a mark of a picture's caption: a credit, a place in the frame, words pointing at the picture. */
    public static boolean describesPicture(String text) {
        return PICTURE_MARK.matcher(text).find();
    }

    /** The headline named by a "READ MORE: …" line, without trailing tags. */
    public static String readMoreHeadline(String text) {
        Matcher m = READ_MORE.matcher(text.strip());
        return m.matches() ? headline(m.group(1)) : null;
    }

    /** A headline of another story without its "[VIDEO]"-style tag. */
    public static String headline(String text) {
        String t = text.strip();
        String prev;
        do {
            prev = t;
            t = HEADLINE_TAG.matcher(t).replaceFirst("").strip();
        } while (!t.equals(prev));
        return t;
    }

    /** Whether a line has a trailing "[VIDEO]"-style tag, as headlines in story lists do. */
    public static boolean hasHeadlineTag(String text) {
        return HEADLINE_TAG.matcher(text).find();
    }

    /** The names in a byline ("By Jane Roe and John Doe, Reuters" gives both names). */
    public static List<String> bylineNames(String text) {
        Matcher m = BYLINE.matcher(text.strip());
        List<String> out = new ArrayList<>();
        if (!m.matches()) {
            return out;
        }
        for (String part : m.group(1).split("\\s*(?:,|&|\\band\\b)\\s*")) {
            String p = part.strip();
            if (p.length() >= 3 && p.length() <= 60 && Character.isUpperCase(p.charAt(0))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a line reads like a headline of another story in a list: short, no final full stop. */
    public static boolean looksLikeHeadline(String text) {
        String t = headline(text);
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return words >= 3 && words <= 30 && t.length() <= 220 && !t.endsWith(".") && !t.endsWith(":");
    }
}
