/**
 * Not API: the gazetteer's index format, its compiler and readers, name folding, and the
 * disambiguation that {@link org.herald.places.Geocoder} runs.
 */
package org.herald.places.internal;
