/**
 * The times stage: {@link org.herald.times.DateResolver} gives an event the date of its
 * sentence's time expressions, read with the tense of the clause against the publication date.
 */
package org.herald.times;
