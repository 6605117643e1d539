package org.w3id.hpkg.load;

/** A file that cannot be read as a document: the message says why, in the operator's terms. */
public class LoadException extends Exception {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
