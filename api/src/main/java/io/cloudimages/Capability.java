package io.cloudimages;

/** What a provider can do. */
public enum Capability {
    LIST_IMAGES("listing images"),
    GET_IMAGE("getting an image by id"),
    IMPORT_IMAGE("importing an image"),
    IMPORT_OS_SUPPORT("listing the operating systems an import accepts");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** For messages: "importing an image". */
    public String description() {
        return description;
    }
}
