package org.csip.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private static final WorkingDays DAYS = WorkingDays.englandAndWales();

    @Test
    void aDeadlineCrossingChristmasSkipsItsBankHolidaysAndTheWeekend() {
        // Thu 24 Dec 2026; Christmas Day is a Friday, Boxing Day a Saturday, so its substitute is Monday 28 Dec.
        assertEquals(LocalDate.of(2026, 12, 31), DAYS.plusWorkingDays(LocalDate.of(2026, 12, 24), 3));
        assertEquals("Boxing Day (substitute day)", DAYS.bankHoliday(LocalDate.of(2026, 12, 28)));
        // 20 working days from Mon 14 Dec 2026 runs past New Year's Day into January.
        assertEquals(LocalDate.of(2027, 1, 14), DAYS.plusWorkingDays(LocalDate.of(2026, 12, 14), 20));
    }

    @Test
    void aDeadlineCrossingEasterSkipsGoodFridayAndEasterMonday() {
        assertEquals(LocalDate.of(2026, 4, 7), DAYS.plusWorkingDays(LocalDate.of(2026, 4, 2), 1));
        assertFalse(DAYS.isWorkingDay(LocalDate.of(2026, 4, 3)));
        assertFalse(DAYS.isWorkingDay(LocalDate.of(2026, 4, 6)));
        assertTrue(DAYS.isWorkingDay(LocalDate.of(2026, 4, 7)));
        assertEquals(LocalDate.of(2026, 4, 2), DAYS.plusWorkingDays(LocalDate.of(2026, 4, 2), 0));
    }

    @Test
    void aYearTheFileDoesNotCoverIsRefusedNotCountedWithoutItsHolidays() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DAYS.plusWorkingDays(LocalDate.of(2027, 12, 20), 30));
        assertTrue(refused.getMessage().contains("covers 2013–2027"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DAYS.isWorkingDay(LocalDate.of(4000, 1, 3)));
        assertThrows(IllegalArgumentException.class, () -> DAYS.plusWorkingDays(LocalDate.of(2026, 1, 5), -1));
    }

    /**
     * The file against the rules the bank holidays follow (Banking and Financial Dealings Act 1971 and the royal
     * proclamations since), worked out here independently: New Year's Day, Good Friday and Easter Monday (Easter by
     * the Gregorian computus), the first and last Mondays of May, the last Monday of August, Christmas and Boxing
     * Day, each moved off a weekend to the next free weekday; the file may differ only by the one-off days
     * proclaimed (2020's early May holiday moved to VE day, 2022's spring holiday to 2 June with the Jubilee and the
     * State Funeral, 2023's coronation).
     */
    @Test
    void theFileHoldsEveryBankHolidayTheRulesGiveAndOnlyTheProclaimedOneOffsBesides() {
        Set<LocalDate> proclaimed = Set.of(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
                LocalDate.of(2023, 5, 8));
        List<String> wrong = new ArrayList<>();
        for (int year = 2013; year <= 2027; year++) {
            Set<LocalDate> expected = new TreeSet<>();
            LocalDate easter = easter(year);
            expected.add(easter.minusDays(2));
            expected.add(easter.plusDays(1));
            expected.add(year == 2020 ? LocalDate.of(2020, 5, 8)
                    : LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
            expected.add(year == 2022 ? LocalDate.of(2022, 6, 2)
                    : LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            expected.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            expected.add(nextFree(LocalDate.of(year, 1, 1), expected));
            LocalDate christmas = nextFree(LocalDate.of(year, 12, 25), expected);
            expected.add(christmas);
            expected.add(nextFree(LocalDate.of(year, 12, 26), expected));
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean inFile = DAYS.bankHoliday(day) != null;
                boolean byRule = expected.contains(day) || proclaimed.contains(day);
                if (inFile != byRule) {
                    wrong.add(day + (inFile ? " is in the file" : " is missing from the file"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The day itself, or the next weekday not already a bank holiday. */
    private static LocalDate nextFree(LocalDate day, Set<LocalDate> taken) {
        LocalDate date = day;
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    private static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
