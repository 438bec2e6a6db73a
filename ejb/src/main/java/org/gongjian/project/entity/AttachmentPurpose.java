package org.gongjian.project.entity;

/** What an attachment documents, which also says when and by whom it may be added. */
public enum AttachmentPurpose {
    /** Plan documents and photos of the declaration, while the unit edits it. */
    DECLARATION(Move.EDIT_DECLARATION),
    /** Photos and papers of a progress report, while the project is carried out. */
    PROGRESS(Move.RECORD_WORK),
    /** Papers of the closure report, until it is submitted. */
    CLOSURE(Move.SUBMIT_CLOSURE),
    /** Photos and letters of a supervision or guidance visit, while the project is carried out. */
    VISIT(Move.RECORD_WORK),
    /** Evidence of the owner's self-evaluation, once the project is accepted. */
    EVALUATION(Move.SELF_EVALUATE);

    private final Move addedWith;

    AttachmentPurpose(Move addedWith) {
        this.addedWith = addedWith;
    }

    /** Whether an attachment of this purpose may be added to a project in this state. */
    public boolean openIn(ProjectStatus status) {
        return addedWith.allowedFrom(status);
    }
}
