package org.csip.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The actions CSV opens in a spreadsheet as a board paper reads it: a header, one row each, titles quoted safely. */
class ActionsCsvTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oneRowPerActionUnderAHeaderWithCommasAndQuotesInTitlesKeptIntact() throws Exception {
        JsonNode action = json.readTree("""
                {"id": "a1", "title": "Audit, then \\"fix\\" referrals", "leadAgency": "POLICE", "owner": "DCI",
                 "status": "IN_PROGRESS", "rag": "AMBER", "startDate": "2020-01-06", "dueDate": "2020-06-30",
                 "originalDueDate": "2020-03-31", "slippageDays": 91, "overdue": true, "percentComplete": 40}""");
        JsonNode notStarted = json.readTree("""
                {"id": "a2", "title": "Health passports", "leadAgency": "HEALTH", "owner": "Nurse",
                 "status": "NOT_STARTED", "startDate": "2020-02-01", "dueDate": "2020-09-30", "slippageDays": 0,
                 "overdue": false}""");

        List<String> lines = ActionsCsv.write(List.of(action, notStarted)).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("title,leadAgency,owner,status,rag,startDate,dueDate,originalDueDate,"
                + "slippageDays,overdue,percentComplete,completedOn,id");
        assertThat(lines.get(1)).isEqualTo("\"Audit, then \"\"fix\"\" referrals\",POLICE,DCI,IN_PROGRESS,AMBER,"
                + "2020-01-06,2020-06-30,2020-03-31,91,true,40,,a1");
        assertThat(lines.get(2)).isEqualTo("\"Health passports\",HEALTH,Nurse,NOT_STARTED,,2020-02-01,2020-09-30,,0,"
                + "false,,,a2");
    }

    @Test
    void aCellThatASpreadsheetWouldReadAsAFormulaIsNeutralised() {
        for (String formula : new String[] {"=HYPERLINK(\"http://evil.test\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
                "\t=1", "\r=1"}) {
            assertThat(ActionsCsv.cell(formula)).isEqualTo("'" + formula);
        }
        assertThat(ActionsCsv.cell("Audit = fix")).isEqualTo("Audit = fix");
        assertThat(ActionsCsv.cell("")).isEmpty();
    }
}
