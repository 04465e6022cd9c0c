/**
 * The events stage: {@link org.herald.events.EventCoder} codes who did what to whom, with mode,
 * attribution and evidence, from dependency parses, an event lexicon and the CAMEO table.
 */
package org.herald.events;
