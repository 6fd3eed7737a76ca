package dev.newsbite.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {
    private static boolean furniture(String line) {
        return BoilerplateRules.isFurnitureLine(line.toLowerCase(Locale.ROOT).strip());
    }

    @Test
    void everyFormOfFurnitureLinePassesTheOpenerCheck() {
        // One line per form of FURNITURE_LINE: the opener check must never hide one from the regex.
        List<String> lines = List.of("Advertisement", "Ads", "Sponsored content", "Story continues below",
                "The article continues below", "Continue reading", "Scroll to continue with content",
                "Read more: the budget in charts", "Also read: talks resume", "More from Politics: a vote",
                "Up next: the weather", "You may also like", "Around the web", "Add your comment",
                "Join the conversation", "To join the conversation, sign in", "View comments", "12 comments",
                "Be the first to comment", "Subscribe to continue reading", "Already a subscriber? Log in",
                "Not a subscriber yet? Get unlimited access for $2 a week.", "Get unlimited access today",
                "Subscribe now for $1 a week", "Become a subscriber", "Already have an account?",
                "Sign in to keep reading", "Follow us on Instagram", "Like us on Facebook", "Share this story",
                "Click here to subscribe", "Image 3 of 12", "4 of 9", "We use cookies to improve the site",
                "Accept cookies", "Tags: farming, weather", "Filed under: Politics", "Buyer's guide: phones",
                "Watch: the launch", "Source: https://example.com/x", "Have a tip? Write to us",
                "Download the app", "Skip to content", "Back to top", "Print", "Email", "Font size",
                "Copyright 2026 Example News", "© Example News", "All rights reserved.",
                "Please enable JavaScript to view this", "Loading...",
                "This article was originally published on Example News.",
                "This content requires JavaScript", "Sign up for our daily newsletter");
        assertThat(lines).allMatch(BoilerplateRulesTest::furniture);
    }

    @Test
    void storyLinesAreNotFurniture() {
        assertThat(furniture("Short line of text here.")).isFalse();
        assertThat(furniture("Growers with crop insurance have been asked to report losses within 72 hours."))
                .isFalse();
        assertThat(furniture("Read the room, she said, and the council did.")).isFalse();
    }
}
