/**
 * Writing an {@link dev.newsbite.model.Article} out: plain text, Markdown, a sanitized HTML page
 * (or fragment) and JSON, one {@link dev.newsbite.render.Renderer} per
 * {@link dev.newsbite.render.Format}. Renderers are stateless and thread-safe; page text is hostile
 * input, so every format escapes it and only http(s) addresses become links.
 */
package dev.newsbite.render;
