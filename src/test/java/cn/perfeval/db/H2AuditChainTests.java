package cn.perfeval.db;

import cn.perfeval.support.PortalTest;

/** The audit chain after sign-ins and a whole route on the embedded H2 database. */
@PortalTest
class H2AuditChainTests extends AuditChainAfterRoute {
}
