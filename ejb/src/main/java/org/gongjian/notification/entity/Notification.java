package org.gongjian.notification.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * One message in an account's inbox: what happened ({@code messageKey}, the audit action such as
 * {@code project.return}, or {@code reminder}) with its arguments, about which project if any.
 * Only the moment it was read ever changes, and only once.
 */
@Entity
@NamedQuery(name = Notification.OF_RECIPIENT,
        query = "select n from Notification n where n.recipientId = :recipient order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.COUNT_OF_RECIPIENT, query = "select count(n) from Notification n where n.recipientId = :recipient")
@NamedQuery(name = Notification.UNREAD_OF_RECIPIENT,
        query = "select n from Notification n where n.recipientId = :recipient and n.readAt is null")
@NamedQuery(name = Notification.COUNT_UNREAD_OF_RECIPIENT,
        query = "select count(n) from Notification n where n.recipientId = :recipient and n.readAt is null")
public class Notification extends TenantOwned {

    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    public static final String COUNT_OF_RECIPIENT = "Notification.countOfRecipient";
    public static final String UNREAD_OF_RECIPIENT = "Notification.unreadOfRecipient";
    public static final String COUNT_UNREAD_OF_RECIPIENT = "Notification.countUnreadOfRecipient";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id", updatable = false)
    private long recipientId;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Column(name = "message_key", updatable = false)
    private String messageKey;
    @Column(updatable = false)
    private String arguments;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    public Notification(long recipientId, Long projectId, String messageKey, List<String> arguments) {
        this.recipientId = recipientId;
        this.projectId = projectId;
        this.messageKey = messageKey;
        this.arguments = JSON.toJson(arguments.toArray(String[]::new));
    }

    /** @return whether it was unread until now */
    public boolean markRead(OffsetDateTime at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return List.of(JSON.fromJson(arguments, String[].class));
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
