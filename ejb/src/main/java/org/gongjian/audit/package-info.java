/**
 * The append-only audit trail: every state change writes who, which tenant, when, what, and the
 * state before and after, in the same transaction as the change. Records are never changed; the
 * application role may only insert and read them. The admins' reading of the trail leaves out a
 * unit's undeclared drafts, which the project component's access rules keep to the unit.
 */
package org.gongjian.audit;
