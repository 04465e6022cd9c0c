package org.herald.actors.internal;

import java.util.Locale;

/** What a knowledge-base line describes; the first word of the line names it. */
public enum Kind {
    /** A country's or territory's name: stands for the country (no role). */
    COUNTRY,
    /** An adjective or demonym ("North Korean", "Russians"): the country, and a modifier for roles. */
    ADJ,
    /** A capital: the government as subject or object, the country as a place ("in Moscow"). */
    CAPITAL,
    /** A seat of power or institution named for a building or street ("the Kremlin", "the Pentagon"). */
    SEAT,
    /** Another city: the country, as a place. */
    CITY,
    /** A region or group of countries ("the West", "Europe"). */
    REGION,
    /** An organisation: IGO, NGO, party, armed group, agency, state media. */
    ORG,
    /** A named person, with dated offices. */
    PERSON,
    /** A noun for a group that signals a role ("troops", "media", "lawmakers"). */
    ROLE,
    /** A noun or title for one person that signals a role ("president", "spokesman", "Mr"). */
    TITLE,
    /** A word that may stand inside a composed phrase without changing it ("senior", "top"). */
    SKIP;

    public static Kind parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a piece of this kind can stand before a role noun and give it a country. */
    public boolean modifies() {
        return this == COUNTRY || this == ADJ || this == CAPITAL || this == SEAT || this == CITY
                || this == REGION || this == ORG;
    }

    public boolean isRole() {
        return this == ROLE || this == TITLE;
    }
}
