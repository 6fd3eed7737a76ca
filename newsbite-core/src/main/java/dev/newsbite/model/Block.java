package dev.newsbite.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of an article body, in reading order. The JSON form carries a {@code type} field
 * naming the kind ({@code paragraph}, {@code heading}, {@code list}, {@code quote}, {@code table},
 * {@code figure}, {@code embed}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = ListBlock.class, name = "list"),
    @JsonSubTypes.Type(value = Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = Table.class, name = "table"),
    @JsonSubTypes.Type(value = Figure.class, name = "figure"),
    @JsonSubTypes.Type(value = Embed.class, name = "embed")
})
public sealed interface Block permits Paragraph, Heading, ListBlock, Quote, Table, Figure, Embed {

    /**
     * The block's reading text: what a plain-text rendering of the body shows for it. Figures and
     * embeds have none (their captions are not body text).
     */
    String text();
}
