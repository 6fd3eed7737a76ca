package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void leadInWordsGo() {
        assertThat(Bylines.names("By Jane Doe")).containsExactly("Jane Doe");
        assertThat(Bylines.names("by: Jane Doe")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Written by Jane Doe")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Par Sébastien Farcis")).containsExactly("Sébastien Farcis");
        assertThat(Bylines.names("Von Max Mustermann")).containsExactly("Max Mustermann");
        assertThat(Bylines.names("Текст: Венера Ерофеева, Гость")).containsExactly("Венера Ерофеева");
    }

    @Test
    void severalNamesAreSplit() {
        assertThat(Bylines.names("Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.names("By Jane Doe, John Roe & Ann Poe"))
                .containsExactly("Jane Doe", "John Roe", "Ann Poe");
    }

    @Test
    void coAuthorsInABracketAreNames() {
        assertThat(Bylines.names("Martin Untersinger (avec Damien Leloup et Morgane Tual)"))
                .containsExactly("Martin Untersinger", "Damien Leloup", "Morgane Tual");
        assertThat(Bylines.names("Bruno (Henrique Zecchin) Rodrigues")).containsExactly("Bruno (Henrique Zecchin) Rodrigues");
    }

    @Test
    void rolesDatesEmailsAndUrlsGo() {
        assertThat(Bylines.names("Jane Doe | Staff writer")).containsExactly("Jane Doe");
        assertThat(Bylines.names("By Jane Doe, Senior Correspondent")).containsExactly("Jane Doe");
        assertThat(Bylines.names("By Nathan Willis March 25, 2015")).containsExactly("Nathan Willis");
        assertThat(Bylines.names("By GILLIAN MOHNEY March 11, 2015 3:46 PM")).containsExactly("GILLIAN MOHNEY");
        assertThat(Bylines.names("Jane Doe jane.doe@example.com")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Bradley M. Kuhn (http://ebb.org/bkuhn/)")).containsExactly("Bradley M. Kuhn");
        assertThat(Bylines.names("Jane Doe Updated 21 March 2023")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Written by Rob Ewaschuk Edited by Betsy Beyer")).containsExactly("Rob Ewaschuk");
    }

    @Test
    void credentialsAndATrailingPublicationGo() {
        assertThat(Bylines.names("Rachael Link, MS, RD")).containsExactly("Rachael Link");
        assertThat(Bylines.names("Brenda Goodman, MA")).containsExactly("Brenda Goodman");
        assertThat(Bylines.withoutSite("Kevin McCoy USA TODAY", "USA Today")).isEqualTo("Kevin McCoy");
        assertThat(Bylines.withoutSite("Kevin McCoy", "USA Today")).isEqualTo("Kevin McCoy");
        assertThat(Bylines.names("DANICA KIRKA, JILL LAWLESS Associated Press")).containsExactly("DANICA KIRKA", "JILL LAWLESS");
        assertThat(Bylines.names("Analysis by Chris Cillizza")).containsExactly("Chris Cillizza");
        assertThat(Bylines.withoutPublication(List.of("Jill Disis", "CNN Business"), "CNN")).containsExactly("Jill Disis");
        assertThat(Bylines.withoutPublication(List.of("BBC News"), "BBC News")).containsExactly("BBC News");
    }

    @Test
    void aUrlOrAHandleIsNoName() {
        assertThat(Bylines.names("https://www.facebook.com/janedoe")).isEmpty();
        assertThat(Bylines.names("CC7567")).isEmpty();
        assertThat(Bylines.names("@janedoe")).isEmpty();
        assertThat(Bylines.names("Follow")).isEmpty();
        assertThat(Bylines.names("   ")).isEmpty();
        assertThat(Bylines.names(null)).isEmpty();
    }

    @Test
    void entitiesAreDecodedAndSpacesCollapsed() {
        assertThat(Bylines.names("Ren&eacute;e  O&#8217;Brien")).containsExactly("Renée O’Brien");
    }

    @Test
    void mergeDedupesIgnoringCase() {
        assertThat(Bylines.merge(List.of("Jane Doe", "JANE DOE", "John Roe"))).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void hugeInputIsBounded() {
        assertThat(Bylines.names("Jane Doe, ".repeat(100_000))).containsOnly("Jane Doe");
    }

    @Test
    void aTrailingOrganisationIsAnAffiliationNotAnAuthor() {
        assertThat(Bylines.names("Carlos Mendoza Quispe, Associated Press")).containsExactly("Carlos Mendoza Quispe");
        assertThat(Bylines.names("Jane Doe, Reuters")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Jane Doe and John Roe, Metro News")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.names("Jane Doe | Newsroom")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Jane Doe, John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.names("Jane Doe, MA WebMD Health News")).containsExactly("Jane Doe", "MA WebMD Health News");
    }
}
