package io.nianbao.web;

/** The body of every error answer: a stable code and a message for people. */
public record ErrorResponse(String error, String message) {
}
