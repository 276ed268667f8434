package org.csip.inspection.reportimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.csip.inspection.inspection.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways Ofsted has printed dates, grades and inspectors' names, read one by one. */
class WordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            13 May to 24 May 2019 Lead inspector: A                          | 2019-05-13 | 2019-05-24 | 1
            10 to 21 July 2023                                               | 2023-07-10 | 2023-07-21 | 1
            2 June 2014 – 25 June 2014 Report published: 8 August 2014       | 2014-06-02 | 2014-06-25 | 1
            19 November–30 November 2018                                     | 2018-11-19 | 2018-11-30 | 1
            4 July 2016–28 July 2016                                         | 2016-07-04 | 2016-07-28 | 1
            24 November - 17 December 2015                                   | 2015-11-24 | 2015-12-17 | 1
            3 June 2014 ─ 25 June 2014                                       | 2014-06-03 | 2014-06-25 | 1
            28 December 2015 — 8 January 2016                                | 2015-12-28 | 2016-01-08 | 1
            28 December to 8 January 2016                                    | 2015-12-28 | 2016-01-08 | 1
            13 Sept to 24 Sept 2019                                          | 2019-09-13 | 2019-09-24 | 1
            4 Nov. – 15 Nov. 2019                                            | 2019-11-04 | 2019-11-15 | 1
            08/07/2019 - 19/07/2019                                          | 2019-07-08 | 2019-07-19 | 1
            1st to 12th March 2021                                           | 2021-03-01 | 2021-03-12 | 1
            6 and 7 May 2020                                                 | 2020-05-06 | 2020-05-07 | 1
            8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019   | 2019-07-08 | 2019-08-08 | 2
            19 November-11 December 2013 and 28 – 30 January 2014            | 2013-11-19 | 2014-01-30 | 2
            """)
    void fieldworkDatesInEveryPrintedForm(String printed, LocalDate start, LocalDate end, int blocks) {
        Wording.Fieldwork fieldwork = Wording.fieldwork(printed).orElseThrow();
        assertThat(fieldwork.start()).isEqualTo(start);
        assertThat(fieldwork.end()).isEqualTo(end);
        assertThat(fieldwork.blocks()).hasSize(blocks);
    }

    @Test
    void textThatDoesNotStartWithADateIsNoFieldwork() {
        assertThat(Wording.fieldwork("Lead inspector: Jane Doe")).isEmpty();
        assertThat(Wording.fieldwork("13 to 24")).isEmpty();
        assertThat(Wording.fieldwork("31 February 2019")).isEmpty();
        assertThat(Wording.fieldwork("2019 was a year")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Requires improvement to be good | REQUIRES_IMPROVEMENT
            require improvement             | REQUIRES_IMPROVEMENT
            Requires Improvement            | REQUIRES_IMPROVEMENT
            are inadequate                  | INADEQUATE
            Good                            | GOOD
            OUTSTANDING                     | OUTSTANDING
            Not judged                      | NOT_JUDGED
            """)
    void gradesInEveryPrintedForm(String printed, String grade) {
        assertThat(Wording.grade(printed)).contains(new Grade(grade));
    }

    @Test
    void wordsThatAreNoGradeAreNotOne() {
        assertThat(Wording.grade("satisfactory")).isEmpty();
        assertThat(Wording.grade("good enough")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jane Doe, His Majesty’s Inspector                  | Jane Doe
            Jane Doe HMI Deputy lead inspector: John Smith      | Jane Doe
            Jane Doe (HMI)                                      | Jane Doe
            Jane Doe Senior HMI                                 | Jane Doe
            Paula Thomson- Jones Team inspectors: A B           | Paula Thomson-Jones
            Dick O’Brien Her Majesty’s Inspector                | Dick O’Brien
            Brenda McLaughlin Judgement Grade                   | Brenda McLaughlin
            Mr Nigel Parkes                                     | Nigel Parkes
            """)
    void aLeadInspectorsNameEndsWhereTheirTitleOrTheNextLabelBegins(String printed, String name) {
        Optional<Wording.Name> read = Wording.leadingName(Wording.mendNames(printed));
        assertThat(read).map(Wording.Name::name).contains(name);
    }

    @Test
    void aPhraseMatchesHoweverItWasWrappedOrQuoted() {
        assertThat("children’s  social\ncare services").matches(Wording.phrase("children's social care services"));
        assertThat("multi - agency").matches(Wording.phrase("multi-agency"));
    }
}
