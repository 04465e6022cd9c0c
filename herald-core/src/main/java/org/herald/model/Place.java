package org.herald.model;

/**
 * A place resolved against the gazetteer.
 *
 * @param geonameid the GeoNames id, or 0 for a place that is not in the gazetteer (a country
 *     resolved from a demonym, say)
 * @param country ISO alpha-2 country code, as GeoNames has it
 * @param featureClass GeoNames feature class (P populated place, A administrative area, ...)
 * @param span where the name is in the article, or null
 */
public record Place(String name, long geonameid, String country, String admin1, double lat, double lon,
                    String featureClass, Span span) {
}
