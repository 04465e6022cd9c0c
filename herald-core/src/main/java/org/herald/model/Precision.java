package org.herald.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How exactly a date is known. */
public enum Precision {
    DAY, MONTH, YEAR;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
