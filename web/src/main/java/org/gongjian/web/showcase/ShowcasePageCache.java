package org.gongjian.web.showcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.gongjian.showcase.control.ShowcaseNews;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.web.board.PageCache;

/**
 * The anonymous showcase pages as last rendered, per tenant (or the city), year and language. A
 * year's pages are dropped, with the index, the moment an edition of it is published, on every
 * server.
 */
@ApplicationScoped
public class ShowcasePageCache extends PageCache {

    public ShowcasePageCache() {
        super("showcase");
    }

    static String tag(String tenantCode, int year) {
        return (tenantCode == null ? Tenant.CITY : tenantCode) + " " + year;
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShowcaseNews news) {
        drop(tag(news.tenantCode(), news.year()));
    }
}
