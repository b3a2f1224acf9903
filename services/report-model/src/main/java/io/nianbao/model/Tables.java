package io.nianbao.model;

/** The three tables of the report; each is null when the report lacks it. */
public record Tables(ActiveDisclosure activeDisclosure, Applications applications, ReviewLitigation reviewLitigation) {
}
