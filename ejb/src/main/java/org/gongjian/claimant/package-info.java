/**
 * Co-building organisations (驻区单位, 辖区企业, 社会组织) registered with a tenant, who claim
 * projects on its public board. Tenant rows only.
 */
package org.gongjian.claimant;
