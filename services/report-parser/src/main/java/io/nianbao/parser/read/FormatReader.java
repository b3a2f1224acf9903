package io.nianbao.parser.read;

/** Turns the bytes of one file format into the {@link Intermediate} document. */
public interface FormatReader {

    Intermediate read(byte[] bytes) throws UnreadableException;
}
