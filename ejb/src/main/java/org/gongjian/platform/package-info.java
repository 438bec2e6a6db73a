/**
 * What every component stands on: the data source, schema migrations, the refusal type that
 * rolls a transaction back, and the demo data. Owns no business rules of its own.
 */
package org.gongjian.platform;
