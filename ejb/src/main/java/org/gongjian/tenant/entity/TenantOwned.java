package org.gongjian.tenant.entity;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one tenant. EclipseLink adds the tenant to every query,
 * insert, update and delete of its subclasses; an entity manager without a tenant fails closed.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public abstract class TenantOwned implements Serializable {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
}
