package org.stratadb.confignode.client;

import org.apache.thrift.TException;

/** One remote call on a borrowed client. */
@FunctionalInterface
public interface ThriftCall<C, R> {
  R call(C client) throws TException;
}
