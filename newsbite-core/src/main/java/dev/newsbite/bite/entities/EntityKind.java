package dev.newsbite.bite.entities;

/** What a named entity is. */
public enum EntityKind {
    PERSON,
    ORGANISATION,
    PLACE
}
