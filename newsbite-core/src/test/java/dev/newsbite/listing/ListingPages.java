package dev.newsbite.listing;

/** Hand-written pages in the shapes news sites use: a section page, a front page, a story page. */
final class ListingPages {
    static final String SECTION_URL = "https://www.dailyexample.com/world";
    static final String STORY_URL = "https://www.dailyexample.com/world/2024/05/12/floods-force-thousands-from-homes";
    static final String FRONT_URL = "https://news.example.org/";

    private ListingPages() {
    }

    /** Site header and menus, footer, a "most read" rail, share and tag links, and the section's own list. */
    static final String SECTION = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>World news | The Daily Example</title>
            <meta property="og:type" content="website"></head>
            <body>
            <header class="site-header">
              <a class="logo" href="/"><img src="/logo.svg" alt="The Daily Example"></a>
              <a href="/live/2024/05/12/floods-live-updates-from-the-north-123456">Live: floods latest updates from the north</a>
              <nav class="main-nav"><ul>
                <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
                <li><a href="/world/2024/05/10/the-week-in-pictures-from-around-the-globe">The week in pictures from around the globe</a></li>
                <li><a href="/account/login">Sign in to your account</a></li>
              </ul></nav>
            </header>
            <main>
              <h1>World</h1>
              <p class="section-intro">The latest news and analysis from around the world.</p>
              <section class="top-stories">
                <article class="card card--lead">
                  <a href="/world/2024/05/12/floods-force-thousands-from-homes" class="card__media">
                    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.dailyexample.com/img/floods-1200.jpg" alt="">
                  </a>
                  <h2 class="card__title"><a href="/world/2024/05/12/floods-force-thousands-from-homes">Floods force thousands from their homes in the north</a></h2>
                  <p class="card__dek">Rivers burst their banks overnight after a week of record rain across the region.</p>
                  <span class="byline">By Ana Ruiz</span>
                  <a href="/world/2024/05/12/floods-force-thousands-from-homes#comments">48 comments</a>
                  <a href="/tag/floods">Floods and extreme weather</a>
                </article>
                <article class="card">
                  <picture>
                    <source srcset="https://cdn.dailyexample.com/img/coalition-480.webp 480w, https://cdn.dailyexample.com/img/coalition-960.webp 960w">
                    <img class="lazy" src="/img/placeholder.png" alt="Coalition leaders">
                  </picture>
                  <h3><a href="https://www.dailyexample.com/world/2024/05/11/what-the-new-coalition-means-for-you">What the new coalition means for you</a></h3>
                  <div class="summary">Five questions about the deal that ended six weeks of talks in the capital.</div>
                  <p class="meta"><a rel="author" href="/author/li-wei">Li Wei</a></p>
                </article>
              </section>
              <ul class="story-list">
                <li class="story-list__item">
                  <a href="/world/asia/article-1234567.html"><h3>Typhoon season starts early as sea temperatures climb</h3>
                  <p>Forecasters warn that warmer water is feeding stronger storms earlier in the year.</p></a>
                  <noscript><img src="https://cdn.dailyexample.com/img/typhoon.jpg" alt=""></noscript>
                </li>
                <li class="story-list__item">
                  <h3><a href="/news/view.php?id=88231">Election officials begin recount in three districts</a></h3>
                  <img data-srcset="https://cdn.dailyexample.com/img/recount-small.jpg 1x, https://cdn.dailyexample.com/img/recount-big.jpg 2x" src="https://cdn.dailyexample.com/img/blank.gif">
                </li>
                <li class="story-list__item">
                  <h3><a href="/world/2024/05/09/markets-rally-after-central-bank-holds-rates">Markets rally after central bank holds rates</a></h3>
                  <span class="author">By Sam Okafor</span>
                </li>
                <li class="story-list__item">
                  <h3><a href="https://edition.dailyexample.com/world/europe/glacier-melt-reveals-lost-village-58213">Glacier melt reveals a village lost for a century</a></h3>
                </li>
                <li class="story-list__item">
                  <h3><a href="/world/2024/05/09/markets-rally-after-central-bank-holds-rates">Markets rally after central bank holds rates</a></h3>
                </li>
                <li class="story-list__item"><a href="/world/2024/05/08/short">More</a></li>
              </ul>
              <div class="share-tools">
                <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dailyexample.com/world">Share this page on Facebook</a>
                <a href="/share/world/2024/05/12/floods-force-thousands-from-homes">Share the flood story with friends</a>
              </div>
            </main>
            <aside class="most-read">
              <h2>Most read</h2>
              <ol><li><a href="/world/2024/04/30/celebrity-chef-opens-restaurant-on-the-moon">Celebrity chef opens restaurant on the moon</a></li>
              <li><a href="/world/2024/04/29/why-everyone-is-talking-about-sourdough-again">Why everyone is talking about sourdough again</a></li></ol>
            </aside>
            <footer>
              <a href="/about-us">About The Daily Example and its journalists</a>
              <a href="/privacy-policy">Privacy policy and cookie settings</a>
              <a href="/world/2024/01/01/our-editorial-standards-explained-for-readers">Our editorial standards explained for readers</a>
            </footer>
            </body></html>
            """;

    /** A story: menus, running text with links to other stories, a related rail and a "more from" list. */
    static final String STORY = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Floods force thousands from their homes | The Daily Example</title>
            <meta property="og:type" content="article">
            <link rel="canonical" href="https://www.dailyexample.com/world/2024/05/12/floods-force-thousands-from-homes"></head>
            <body>
            <header class="site-header"><nav class="main-nav"><ul>
              <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
              <li><a href="/world/2024/05/10/the-week-in-pictures-from-around-the-globe">The week in pictures from around the globe</a></li>
            </ul></nav></header>
            <main>
            <article class="story">
              <header class="story__header">
                <h1><a href="/world/2024/05/12/floods-force-thousands-from-homes">Floods force thousands from their homes in the north</a></h1>
                <p class="story__standfirst">Rivers burst their banks overnight after a week of record rain across the region.</p>
                <p class="byline">By <a href="/author/ana-ruiz">Ana Ruiz</a></p>
              </header>
              <p>Thousands of people were forced from their homes overnight as rivers across the north burst their banks after a week of record rain, emergency services said on Sunday.</p>
              <p>The floods follow <a href="/world/2024/05/01/record-rain-in-april-breaks-a-century-old-mark">April's record rainfall</a>, which left the ground saturated and unable to absorb the latest storms, according to the national weather service.</p>
              <p>Officials opened twelve shelters in schools and sports halls, and said more would open if the water kept rising through the afternoon.</p>
              <p>"We have never seen the river this high," said a resident of one riverside town, who asked not to be named. "The whole street is under water."</p>
              <p>Read more: <a href="/world/2024/05/11/how-to-prepare-your-home-for-a-flood">How to prepare your home for a flood</a></p>
              <p>The government said it would send soldiers to help with evacuations and sandbagging in the worst-hit areas, and promised emergency funds for families who lost their homes.</p>
              <footer class="story__footer"><a href="/tag/floods">Floods</a> <a href="/tag/weather">Weather</a></footer>
            </article>
            <section class="related-stories"><h2>Related</h2>
              <article class="card"><h3><a href="/world/2024/05/11/how-to-prepare-your-home-for-a-flood">How to prepare your home for a flood</a></h3></article>
              <article class="card"><h3><a href="/world/2024/05/02/climate-scientists-warn-of-wetter-springs">Climate scientists warn of wetter springs</a></h3></article>
              <article class="card"><h3><a href="/world/2024/04/28/insurers-raise-premiums-in-flood-zones">Insurers raise premiums in flood zones</a></h3></article>
            </section>
            <div class="more-from-section"><h2>More from World</h2>
              <ul><li><a href="/world/2024/05/09/markets-rally-after-central-bank-holds-rates">Markets rally after central bank holds rates</a></li>
              <li><a href="/world/2024/05/08/glacier-melt-reveals-lost-village">Glacier melt reveals a village lost for a century</a></li></ul>
            </div>
            </main>
            <footer><a href="/about-us">About The Daily Example and its journalists</a></footer>
            </body></html>
            """;

    /** A front page with a short welcome text above many teasers, in the markup of a small site. */
    static String front() {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><title>Example News: news from the valley</title></head><body>
                <div id="top"><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div>
                <div id="content">
                <p>Welcome to Example News, the independent voice of the valley since 1998. We report on local
                government, schools, business and sport. Send us your tips at the address below.</p>
                """);
        String[] headlines = {"Council approves new bridge over the river", "School play raises money for the library",
            "Bakery on Main Street celebrates fifty years", "Valley team reaches the regional final",
            "Road works on the bypass to last until June", "New bus timetable starts on Monday morning",
            "Farmers market moves to the old station", "Library extends its weekend opening hours"};
        for (int i = 0; i < headlines.length; i++) {
            String slug = headlines[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            html.append("<div class=\"entry\"><h2 class=\"entry-title\"><a href=\"/news/").append(slug).append("/\">")
                    .append(headlines[i]).append("</a></h2><div class=\"entry-summary\"><p>Story number ").append(i + 1)
                    .append(" of the day, told in a sentence or two for the front page.</p></div>")
                    .append("<a class=\"more-link\" href=\"/news/").append(slug).append("/\">Continue reading →</a></div>\n");
        }
        return html.append("</div><div id=\"footer\"><a href=\"/news/contact-the-newsroom-and-editors/\">Contact the newsroom and editors</a></div></body></html>").toString();
    }
}
