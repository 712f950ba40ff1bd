package org.stratadb.session.internal;

/**
 * How to reach and log into one server.
 *
 * @param username login user
 * @param password login password, or null to send none
 * @param connectTimeoutMs TCP connect timeout, 0 for none
 * @param socketTimeoutMs read timeout of every call, 0 for none
 * @param compact Thrift compact protocol instead of binary
 * @param useSsl TLS with the trust store below
 * @param trustStore trust store path for TLS, or null
 * @param trustStorePassword trust store password, or null
 * @param maxFrameSize the largest reply frame accepted, in bytes
 */
public record ConnectionConfig(
    String username,
    String password,
    int connectTimeoutMs,
    int socketTimeoutMs,
    boolean compact,
    boolean useSsl,
    String trustStore,
    String trustStorePassword,
    int maxFrameSize) {}
