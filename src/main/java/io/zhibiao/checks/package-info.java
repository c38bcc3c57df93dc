/**
 * Checks: rules a statistician applies to stored figures, each finding naming the observations involved and the
 * evidence in words. The rules are SQL over the chosen report of each fact ({@code fact}) and the reports themselves
 * ({@link io.zhibiao.checks.Rules}); what they need of the catalog (growth and level, whole and parts, real growth,
 * disjoint partitions) is {@link io.zhibiao.checks.CatalogRelations}. {@link io.zhibiao.checks.Checks#refresh} runs in
 * the writing transaction for the indicators and regions a change touched, widened to those a finding about them may
 * be anchored on, so findings always agree with the figures they name.
 */
package io.zhibiao.checks;
