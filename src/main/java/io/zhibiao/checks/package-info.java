/**
 * Checks: rules a statistician applies to stored figures, each finding naming the observations involved and the
 * evidence in words. The rules are SQL over the chosen report of each fact ({@code fact}) and the reports themselves
 * ({@link io.zhibiao.checks.Rules}); what they need of the catalog (growth and level, whole and parts, real growth,
 * disjoint partitions) is {@link io.zhibiao.checks.CatalogRelations}. {@link io.zhibiao.checks.Checks#refresh} recomputes
 * the findings of the indicators and regions changes touched, widened to those a finding about them may be anchored on.
 * When is {@link io.zhibiao.checks.CheckRefresh}'s: by default a write only queues its series ({@code check_pending})
 * and a background pass per instance recomputes all the queued ones at once, under one advisory lock, then moves the
 * data version, so findings follow the figures within {@code zhibiao.checks.refresh-every} and writers never wait on
 * each other's checks; {@code zhibiao.checks.refresh=in-transaction} recomputes them in each writing transaction.
 */
package io.zhibiao.checks;
