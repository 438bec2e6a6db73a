package org.gongjian.project.control;

import java.nio.file.Path;

/** An attachment ready to be sent: the name to offer, the type found in its content, and its file. */
public record StoredFile(String fileName, String contentType, long size, Path path) {
}
