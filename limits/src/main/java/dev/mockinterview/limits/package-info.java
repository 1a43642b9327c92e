/**
 * Per-user limits that hold across every instance of a service: {@link dev.mockinterview.limits.RateLimits} takes
 * tokens from a user's bucket of a {@link dev.mockinterview.limits.Rate} (sessions a day, answers a minute, previews
 * a minute) and refuses with {@link dev.mockinterview.contracts.refusal.TooMany} (429, {@code Retry-After}, the
 * limit's name) when the bucket is empty.
 *
 * <h2>What the module brings</h2>
 * <ul>
 *     <li>The table {@code rate_limit_bucket}, created by the Flyway migration
 *     {@code db/limits/V0_2__rate_limit_bucket.sql}, which a service's Flyway runs with its own: the service adds
 *     {@code db/limits} to {@code quarkus.flyway.locations}. Bucket4j's PostgreSQL back end reads and writes it
 *     under an advisory lock per bucket; expired buckets are deleted every ten minutes.</li>
 *     <li>The settings ({@link dev.mockinterview.limits.LimitsConfig}, {@code limits.*}), each with a default.</li>
 * </ul>
 */
package dev.mockinterview.limits;
