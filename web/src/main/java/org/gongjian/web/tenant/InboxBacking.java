package org.gongjian.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.notification.boundary.Inbox;
import org.gongjian.notification.control.Wording;
import org.gongjian.notification.entity.Notification;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * The viewer's inbox in this tenant, newest first, a page at a time; marks one message or all read.
 * The message to mark comes with the form that names it, not from its place in the list, which
 * may have moved since the page was shown.
 */
@Named
@RequestScoped
public class InboxBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    Inbox inbox;

    @Inject
    Language language;

    private int page = 1;
    private List<Notification> entries;
    private Long total;
    private Long unread;

    public void markRead() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("notification");
        inbox.markRead(id == null || !id.matches("\\d{1,18}") ? -1 : Long.parseLong(id));
        Messages.info("inbox.markedRead");
        reload();
    }

    public void markAllRead() {
        Messages.info("inbox.markedAllRead", inbox.markAllRead());
        reload();
    }

    public String text(Notification notification) {
        return Wording.line(language.getLocale(), notification.getMessageKey(), notification.getArguments());
    }

    public List<Notification> getEntries() {
        if (entries == null) {
            entries = inbox.mine((page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return entries;
    }

    public long getTotal() {
        if (total == null) {
            total = inbox.count();
        }
        return total;
    }

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unreadCount();
        }
        return unread;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 1);
    }

    private void reload() {
        entries = null;
        total = null;
        unread = null;
    }
}
