package org.herald.model;

import java.util.List;

/**
 * A coded actor, CAMEO style: a country (ISO alpha-3, or a region / organisation code such as
 * {@code WST} or {@code IGOUNO}) and roles ({@code GOV}, {@code MIL}, {@code MED}, ...).
 *
 * @param code the country and roles run together: {@code PRKGOV}, {@code USAMIL}, {@code RUS}
 * @param name the person's or body's name when the actor is a named one, else null
 */
public record Actor(String code, String country, List<String> roles, String name) {

    public Actor {
        roles = List.copyOf(roles);
    }

    public static Actor of(String country, List<String> roles, String name) {
        return new Actor((country == null ? "" : country) + String.join("", roles), country, roles, name);
    }
}
