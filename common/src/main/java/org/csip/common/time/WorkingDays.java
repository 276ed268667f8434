package org.csip.common.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working days in England and Wales — Monday to Friday except bank holidays — for statutory deadlines counted in
 * working days (docs/domain.md). The bank holidays are a data file in the project
 * ({@code data/bank-holidays-england-and-wales.csv}, as GOV.UK publishes them); a date in a year the file does not
 * cover is refused rather than counted as if it had no bank holidays.
 */
public final class WorkingDays {
    public static final String RESOURCE = "/data/bank-holidays-england-and-wales.csv";
    private static final WorkingDays ENGLAND_AND_WALES = read();

    private final Map<LocalDate, String> bankHolidays;
    private final int firstYear;
    private final int lastYear;

    private WorkingDays(Map<LocalDate, String> bankHolidays) {
        this.bankHolidays = Map.copyOf(bankHolidays);
        this.firstYear = ((TreeMap<LocalDate, String>) bankHolidays).firstKey().getYear();
        this.lastYear = ((TreeMap<LocalDate, String>) bankHolidays).lastKey().getYear();
    }

    /** England and Wales, from the project's file. */
    public static WorkingDays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /** The bank holiday on {@code date}, or null. */
    public String bankHoliday(LocalDate date) {
        requireCovered(date);
        return bankHolidays.get(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.containsKey(date);
    }

    /** The working day {@code days} working days after {@code from} ({@code from} itself not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The years the bank holidays file covers, as "2013–2027". */
    public String coverage() {
        return firstYear + "–" + lastYear;
    }

    private void requireCovered(LocalDate date) {
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw new IllegalArgumentException("The bank holidays file (" + RESOURCE + ") covers " + coverage()
                    + ", not " + date + ": add the years GOV.UK has published");
        }
    }

    private static WorkingDays read() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bank holidays file " + RESOURCE + " is missing");
            }
            Map<LocalDate, String> holidays = new TreeMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String[] columns = lines[i].split(",", 2);
                    holidays.put(LocalDate.parse(columns[0].trim()), columns[1].trim());
                }
            }
            return new WorkingDays(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
