/**
 * The places stage: {@link org.herald.places.Geocoder} resolves place names to entries of the
 * {@link org.herald.places.Gazetteer} and tells where an event happened. The gazetteer index is
 * compiled at build time from registry packages (see {@code docs/places.md}); implementation
 * details are in {@code internal}.
 */
package org.herald.places;
