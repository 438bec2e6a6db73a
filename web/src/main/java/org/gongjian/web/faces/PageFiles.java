package org.gongjian.web.faces;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.gongjian.bidding.boundary.BidFileContent;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.project.control.StoredFile;
import org.gongjian.project.entity.Attachment;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files on pages: an upload read within the attachment limit, and a stored or opened file offered for download. */
public final class PageFiles {

    private PageFiles() {
    }

    /** The uploaded file's bytes, or null with the reason on the page when it is missing or too large. */
    public static byte[] read(Part file) throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.error("attachment.empty");
            return null;
        }
        if (file.getSize() > Attachment.MAX_BYTES) {
            Messages.error("attachment.tooLarge", String.valueOf(Attachment.MAX_MEGABYTES));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** An opened bid file as a download, under the name it was attached with. */
    public static StreamedContent download(BidFileContent file) {
        return DefaultStreamedContent.builder().name(file.name()).contentType(file.contentType())
                .contentLength((long) file.bytes().length).stream(() -> new ByteArrayInputStream(file.bytes())).build();
    }

    /** A bid's files as its versions name them: id, name and SHA-256. */
    public static List<FileRef> refs(List<BidFile> files) {
        return files.stream().map(f -> new FileRef(f.getId(), f.getName(), f.getSha256())).toList();
    }

    /** The stored file as a download, under the name it was uploaded with. */
    public static StreamedContent download(StoredFile file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength(file.size()).stream(() -> {
                    try {
                        return Files.newInputStream(file.path());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }
}
