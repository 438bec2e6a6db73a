package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.ZipArchive;
import org.gongjian.project.control.AttachmentStore;
import org.gongjian.project.control.ContentSniffer;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.control.StoredFile;
import org.gongjian.project.entity.Attachment;
import org.gongjian.project.entity.AttachmentPurpose;
import org.gongjian.project.entity.DocumentKind;
import org.gongjian.project.entity.FileType;
import org.gongjian.project.entity.Move;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.tenant.control.TenantBound;

/**
 * Files attached to a project: plan documents and photos of its declaration, progress, closure and
 * supervision visits. Whoever may see the project may list and download them. Whoever speaks for
 * the project's owner adds them; for visits the tenant's admins and evaluators too, each purpose only in the stages it
 * belongs to. A file is kept only if its content is one of the {@link FileType}s and not larger
 * than {@value Attachment#MAX_MEGABYTES} MB. Every addition and removal is audited on the project.
 */
@Stateless
@TenantBound
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Attachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    AttachmentStore store;

    @Inject
    Audit audit;

    /** The project's attachments, newest first. */
    public List<Attachment> list(long projectId) {
        access.readable(projectId);
        return em.createNamedQuery(Attachment.OF_PROJECT, Attachment.class).setParameter("project", projectId).getResultList();
    }

    /** The purposes the caller may attach to the project in its present stage. */
    public List<AttachmentPurpose> purposesOpen(long projectId) {
        Project project = access.readable(projectId);
        return Arrays.stream(AttachmentPurpose.values())
                .filter(purpose -> mayAdd(project, purpose) && purpose.openIn(project.getStatus())).toList();
    }

    public Attachment upload(long projectId, AttachmentPurpose purpose, String fileName, byte[] content) {
        Project project = access.readable(projectId);
        if (purpose == null) {
            throw new BusinessException("attachment.purpose.required");
        }
        if (!mayAdd(project, purpose)) {
            throw new EJBAccessException("only the project's owner, and for visits the tenant's admins and evaluators");
        }
        project = access.speaksFor(project) ? access.forOwner(projectId) : access.forOrganiser(projectId);
        if (!purpose.openIn(project.getStatus())) {
            throw new BusinessException("attachment.purpose.closed", purpose, project.getStatus());
        }
        String name = Attachment.shownName(fileName);
        if (content == null || content.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new BusinessException("attachment.tooLarge", String.valueOf(Attachment.MAX_MEGABYTES));
        }
        ZipArchive.refuseBomb(name, content);
        FileType type = ContentSniffer.detect(content).orElseThrow(() -> new BusinessException("attachment.type.refused"));
        Attachment attachment = new Attachment(projectId, purpose, name, type, content.length, store.put(content), audit.actor());
        em.persist(attachment);
        em.flush();
        em.refresh(attachment);
        audit.record("project.attachment.add", "project", projectId, null, attachment.snapshot());
        return attachment;
    }

    /** The attachment's file, if the caller may see its project. */
    public StoredFile open(long projectId, long attachmentId) {
        Attachment attachment = find(projectId, attachmentId);
        access.readable(projectId);
        return new StoredFile(attachment.getFileName(), attachment.getContentType(), attachment.getSize(),
                store.file(attachment.getStorageKey()));
    }

    /**
     * Removes a declaration attachment the owner added since its last submission, while the
     * declaration is being edited: what was submitted stays as it was submitted.
     */
    public void remove(long projectId, long attachmentId) {
        Attachment attachment = find(projectId, attachmentId);
        Project project = access.forOwner(projectId);
        if (!removable(project, attachment)) {
            throw new BusinessException("attachment.remove.refused");
        }
        audit.record("project.attachment.remove", "project", projectId, attachment.snapshot(), null);
        em.remove(attachment);
        store.removeAfterCommit(attachment.getStorageKey());
    }

    /** The ids of the project's attachments the caller may remove now. */
    public Set<Long> removable(long projectId) {
        Project project = access.readable(projectId);
        if (!access.speaksFor(project)) {
            return Set.of();
        }
        return list(projectId).stream().filter(attachment -> removable(project, attachment))
                .map(Attachment::getId).collect(Collectors.toSet());
    }

    private boolean removable(Project project, Attachment attachment) {
        return attachment.getPurpose() == AttachmentPurpose.DECLARATION && project.can(Move.EDIT_DECLARATION)
                && !submitted(project, attachment);
    }

    /** Whether the attachment was already there when the declaration was last submitted. */
    private boolean submitted(Project project, Attachment attachment) {
        if (project.getDeclarationNumber() == 0) {
            return false;
        }
        return em.createNamedQuery(ProjectDocument.BY_NUMBER, ProjectDocument.class).setParameter("project", project.getId())
                .setParameter("kind", DocumentKind.DECLARATION).setParameter("number", project.getDeclarationNumber())
                .getResultStream().anyMatch(last -> !attachment.getUploadedAt().isAfter(last.getSubmittedAt()));
    }

    private Attachment find(long projectId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getProjectId() != projectId) {
            throw new NotFoundException();
        }
        return attachment;
    }

    private boolean mayAdd(Project project, AttachmentPurpose purpose) {
        return access.speaksFor(project) || purpose == AttachmentPurpose.VISIT && access.isOrganiser();
    }

}
