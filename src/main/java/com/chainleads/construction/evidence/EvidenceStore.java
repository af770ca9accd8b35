package com.chainleads.construction.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files live: the one storage interface of the feature. The default keeps them in a local folder
 * ({@link LocalFolderEvidenceStore}); a portal on several nodes replaces it with a shared store (an S3-compatible
 * bucket, a network folder) by declaring another bean of this type. Keys are made by the service (letters, digits,
 * '-', '/' and '.'); the store never sees a user's file name.
 */
public interface EvidenceStore {

    void put(String key, byte[] content) throws IOException;

    /** The file's bytes; {@link java.nio.file.NoSuchFileException} when there is none under the key. */
    InputStream open(String key) throws IOException;

    /** Removes the file; nothing happens when there is none. */
    void delete(String key) throws IOException;

    boolean exists(String key);
}
