/**
 * The data that flows through Herald: immutable records, with every span a half-open
 * {@code [start, end)} range of UTF-16 code units in the article's canonical text.
 */
package org.herald.model;
