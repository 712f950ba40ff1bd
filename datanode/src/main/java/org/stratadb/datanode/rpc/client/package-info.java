/**
 * The DataNode's client service: Apache IoTDB 1.3's {@code IClientRPCService} on {@code
 * dn_rpc_port}, wire-compatible with IoTDB's Session, JDBC driver and CLI.
 *
 * <p>Entry points: {@link org.stratadb.datanode.rpc.client.ClientRpcServer} (the TCP server:
 * framing, protocol sniffing, limits, threads) and {@link
 * org.stratadb.datanode.rpc.client.ClientRpcService} (the calls, over a {@link
 * org.stratadb.datanode.coordinator.Coordinator}). Wire codecs that are hot paths are public and
 * pure so they can be benchmarked alone: {@link org.stratadb.datanode.rpc.client.TabletDecoder} and
 * {@link org.stratadb.datanode.rpc.client.TsBlockSerializer}. Status codes are made here and
 * nowhere below: everything under this package throws {@link
 * org.stratadb.commons.error.StrataException}.
 */
package org.stratadb.datanode.rpc.client;
