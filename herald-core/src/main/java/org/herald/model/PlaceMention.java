package org.herald.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A place name of the article resolved to a gazetteer entry, with how precise the entry is.
 *
 * @param place the entry, with the span of the name in the article
 * @param level what kind of place the name stands for, and so how precise a point it is
 * @param sentence index of the sentence the name is in, or -1
 * @param confidence in [0, 1]: how clearly the chosen entry beat the other candidates
 * @param via how the name was read: "name", "alternate name", "demonym", "region"
 */
public record PlaceMention(Place place, Level level, int sentence, double confidence, String via) {

    /** How much ground a place covers; GDELT's ActionGeo_Type follows from it. */
    public enum Level {
        /** A city, town or other populated place. */
        POINT,
        /** A second-order subdivision: a county, a district. */
        ADMIN2,
        /** A first-order subdivision: a state, province, oblast, krai. */
        ADMIN1,
        /** A named region inside or across countries ("the Russian Far East", "the Middle East"). */
        REGION,
        COUNTRY,
        CONTINENT;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
