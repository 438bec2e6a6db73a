package org.gongjian.project.control;

import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ZipArchive;
import org.gongjian.project.entity.Attachment;
import org.gongjian.project.entity.FileType;

/**
 * A file someone uploaded, checked before it is kept: a name that can be shown, not empty, not
 * larger than {@value Attachment#MAX_MEGABYTES} MB, no archive bomb, and content that is one of the
 * {@link FileType}s, found by reading it.
 */
public record ReceivedFile(String name, FileType type, byte[] content) {

    public static ReceivedFile of(String fileName, byte[] content) {
        String name = Attachment.shownName(fileName);
        if (content == null || content.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new BusinessException("attachment.tooLarge", String.valueOf(Attachment.MAX_MEGABYTES));
        }
        ZipArchive.refuseBomb(name, content);
        FileType type = ContentSniffer.detect(content).orElseThrow(() -> new BusinessException("attachment.type.refused"));
        return new ReceivedFile(name, type, content);
    }
}
