/** The pipeline's one facade ({@link org.herald.pipeline.Pipeline}): every adapter calls it. */
package org.herald.pipeline;
