/**
 * Statistics for comparing evaluation runs: pure math on {@code double} arrays, no project types,
 * no I/O, no randomness that is not seeded by the caller.
 * <p>
 * Why it exists: a single training seed tells nothing about how much a pooled UF1 moves when only
 * the seed changes, and on datasets of 16 to 28 subjects that movement is of the same order as the
 * differences between input modalities. The multi-seed comparison (org.mer.train) needs intervals
 * and paired tests; they live here, separately testable against published values, so that the
 * training code only assembles them.
 * <p>
 * Decisions:
 * <ul>
 * <li>Interval of a mean over seeds ({@link MeanEstimate}): Student's t interval, with the t
 * quantile computed (regularised incomplete beta, {@link StudentT}) for any degrees of freedom.
 * Not a percentile bootstrap: with n = 3..10 seeds the bootstrap distribution of a mean has only
 * a handful of distinct values, lies within the sample's range and its percentile interval is too
 * narrow by about a factor sqrt((n-1)/n) before any skewness correction, i.e. it under-covers
 * (Efron &amp; Tibshirani 1993, An Introduction to the Bootstrap, ch. 13 and 14; Hesterberg 2015,
 * The American Statistician 69(4)). Seed-to-seed variation of a pooled metric is a sum of many
 * small effects and close to normal, where the t interval is exact.</li>
 * <li>Paired test of two systems ({@link ClusterBootstrap}): bootstrap over subjects, the
 * independent unit of a leave-one-subject-out evaluation. The caller's statistic is recomputed
 * from the pooled predictions of the resampled subjects, so it is the metric reported (pooled UF1
 * is not a mean of per-subject values and has no simple variance formula). Percentile interval;
 * two-sided p-value by inverting that interval, {@code p = 2 min(#(d* <= 0) + 1, #(d* >= 0) + 1) / (B + 1)},
 * capped at 1, so "the 1 - alpha interval excludes 0" and "p &lt; alpha" agree (Efron &amp;
 * Tibshirani 1993 §15-16; the +1 keeps p away from 0, Davison &amp; Hinkley 1997 §4.2).</li>
 * <li>{@link WilcoxonSignedRank} (Wilcoxon 1945) for paired differences such as folds x seeds:
 * zeros dropped (Wilcoxon's rule), ties given mid-ranks; exact null distribution, conditional on
 * the tie pattern, for up to 50 non-zero differences, else the normal approximation with tie
 * correction of the variance and a continuity correction.</li>
 * <li>Several pairs tested together: Holm's step-down correction ({@link Holm}; Holm 1979,
 * Scand. J. Statist. 6:65-70), which controls the family-wise error like Bonferroni but is
 * uniformly more powerful; recommended for comparisons with a control by Demsar 2006 (JMLR 7:1-30).</li>
 * </ul>
 * Everything is deterministic: the bootstrap draws from {@link java.util.Random} (its algorithm is
 * fixed by its specification) seeded by the caller, so the same inputs and seed give the same numbers
 * on every JVM.
 */
package org.mer.stats;
