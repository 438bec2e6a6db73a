package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.gongjian.project.boundary.Attachments;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.entity.Attachment;
import org.gongjian.project.entity.AttachmentPurpose;
import org.gongjian.project.entity.Project;
import org.gongjian.web.faces.Messages;

/** A project's attachments: the list with downloads, and the upload for those who may add one now. */
@Named
@ViewScoped
public class ProjectAttachmentsBacking implements Serializable {

    @Inject
    Projects projects;

    @Inject
    Attachments attachments;

    private long id;
    private Project project;
    private List<Attachment> list;
    private List<AttachmentPurpose> purposes;
    private Set<Long> removable;
    private AttachmentPurpose purpose;
    private transient Part file;

    /** Reads the project; one the caller may not see answers 404. */
    public void load() {
        project = projects.find(id);
        list = attachments.list(id);
        purposes = attachments.purposesOpen(id);
        removable = attachments.removable(id);
        if (purposes.size() == 1) {
            purpose = purposes.get(0);
        }
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.error("attachment.empty");
            return;
        }
        if (file.getSize() > Attachment.MAX_BYTES) {
            Messages.error("attachment.tooLarge", String.valueOf(Attachment.MAX_MEGABYTES));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        Attachment added = attachments.upload(id, purpose, file.getSubmittedFileName(), content);
        Messages.info("attachment.added", added.getFileName());
        load();
    }

    public void remove(Attachment attachment) {
        attachments.remove(id, attachment.getId());
        Messages.info("attachment.removed", attachment.getFileName());
        load();
    }

    public boolean removable(Attachment attachment) {
        return removable.contains(attachment.getId());
    }

    public boolean isAnyRemovable() {
        return !removable.isEmpty();
    }

    public String size(Attachment attachment) {
        long bytes = attachment.getSize();
        if (bytes < 1024) {
            return Messages.text("attachment.size.bytes", String.valueOf(bytes));
        }
        if (bytes < 1024 * 1024) {
            return Messages.text("attachment.size.kilobytes", String.format("%.1f", bytes / 1024.0));
        }
        return Messages.text("attachment.size.megabytes", String.format("%.1f", bytes / 1024.0 / 1024.0));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public List<Attachment> getList() {
        return list;
    }

    public List<AttachmentPurpose> getPurposes() {
        return purposes;
    }

    public AttachmentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(AttachmentPurpose purpose) {
        this.purpose = purpose;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
