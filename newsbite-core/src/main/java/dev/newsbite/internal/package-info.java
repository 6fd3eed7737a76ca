/** Helpers for NewsBite's own packages; not part of the API and free to change. */
package dev.newsbite.internal;
