/** Not API: reading one time expression as a date, and the tense of a clause. */
package org.herald.times.internal;
