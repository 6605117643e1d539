package org.w3id.hpkg.normalize;

/** The bytes of a file cannot be read as a plan at all (binary, empty, undecodable). */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }
}
