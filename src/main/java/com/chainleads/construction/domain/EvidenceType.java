package com.chainleads.construction.domain;

/** What an evidence file is, as its bytes say (never its name): a photo in one of three formats, or a PDF. */
public enum EvidenceType {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    WEBP("image/webp", true),
    PDF("application/pdf", false);

    private final String mediaType;
    private final boolean image;

    EvidenceType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    /** The media type of the file as stored: images are stored re-encoded (see the evidence package). */
    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return image;
    }
}
