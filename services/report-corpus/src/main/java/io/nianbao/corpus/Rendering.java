package io.nianbao.corpus;

/** A rendered file: its name (the extension tells the format), bytes and the layout it was written in. */
public record Rendering(String fileName, byte[] bytes, String layout) {
}
