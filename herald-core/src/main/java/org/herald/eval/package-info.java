/**
 * Scoring Herald on gold sets ({@link org.herald.eval.EvalTask}, one per task) and the floors CI
 * holds the scores to ({@link org.herald.eval.Floors}).
 */
package org.herald.eval;
