package dev.newsbite.render;

/** The reader page's inline stylesheet: readable type, light and dark, fits a phone. */
final class HtmlStyle {
    static final String CSS = """
            :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fdfdfb;--muted:#5c5c5c;--rule:#dcdcdc;--link:#0b57d0}
            @media (prefers-color-scheme:dark){:root{--fg:#e4e4e4;--bg:#161616;--muted:#a3a3a3;--rule:#363636;--link:#8ab4f8}}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--fg);font:1.125rem/1.65 Charter,Georgia,"Times New Roman",serif;overflow-wrap:break-word}
            .newsbite{max-width:40rem;margin:0 auto;padding:1.5rem 1.1rem 3rem}
            .site,.byline,.source,.original,figcaption,.embed,.teaser-byline{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:.9rem;color:var(--muted)}
            .site{margin:0;font-weight:600;letter-spacing:.04em;text-transform:uppercase;font-size:.8rem}
            h1{font-size:2rem;line-height:1.2;margin:.4rem 0 .8rem}
            h2,h3,h4,h5,h6{line-height:1.3;margin:2rem 0 .5rem}
            .standfirst{font-size:1.2rem;color:var(--muted);margin:0 0 1rem}
            a{color:var(--link)}
            figure{margin:1.5rem 0}
            img{display:block;max-width:100%;height:auto}
            figcaption{margin-top:.4rem}
            .credit{opacity:.8}
            blockquote{margin:1.5rem 0;padding-left:1rem;border-left:3px solid var(--rule)}
            .cite{font-style:italic}
            .embed .kind{font-weight:600;margin-right:.25rem}
            table{display:block;overflow-x:auto;border-collapse:collapse;font-size:.95rem;margin:1.5rem 0}
            th,td{border-bottom:1px solid var(--rule);padding:.35rem .6rem;text-align:left;vertical-align:top}
            .newsbite>footer{margin-top:2.5rem;border-top:1px solid var(--rule);padding-top:1rem}
            .teaser{padding:1rem 0;border-bottom:1px solid var(--rule)}
            .teaser h2{margin:0 0 .3rem;font-size:1.3rem}
            .teaser p{margin:.3rem 0}
            """;

    private HtmlStyle() {
    }
}
