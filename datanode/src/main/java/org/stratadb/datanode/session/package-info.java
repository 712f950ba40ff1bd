/**
 * Client sessions of a DataNode: who is logged in ({@link
 * org.stratadb.datanode.session.SessionManager}, {@link
 * org.stratadb.datanode.session.ClientSession}) and how logins are checked ({@link
 * org.stratadb.datanode.session.Authenticator}, with {@link
 * org.stratadb.datanode.session.StaticAuthenticator} for the default {@code root}/{@code root}).
 */
package org.stratadb.datanode.session;
