package blog.content;

import static blog.content.Fixtures.TAIPEI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Front matter dates: the written offset is kept; a missing one means the site's zone. */
class DatesTest {

    private static OffsetDateTime parse(String text) {
        return Dates.parse(text, TAIPEI).orElseThrow(() -> new AssertionError("did not parse: " + text));
    }

    @Test
    void writtenOffsetIsKeptNotConvertedToTheSiteZone() {
        OffsetDateTime date = parse("2025-04-21T13:52:36+08:00");

        assertEquals(13, date.getHour());
        assertEquals(ZoneOffset.ofHours(8), date.getOffset());
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, ZoneOffset.ofHours(8)), date);
    }

    @Test
    void offsetOtherThanTheSiteZoneIsKept() {
        OffsetDateTime date = parse("2025-04-21T13:52:36-05:00");

        assertEquals(13, date.getHour());
        assertEquals(ZoneOffset.ofHours(-5), date.getOffset());
    }

    @Test
    void zuluMeansUtc() {
        OffsetDateTime date = parse("2025-04-21T05:52:36Z");

        assertEquals(5, date.getHour());
        assertEquals(ZoneOffset.UTC, date.getOffset());
    }

    @Test
    void timeWithoutOffsetIsInTheGivenZone() {
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, ZoneOffset.ofHours(8)),
                parse("2025-04-21T13:52:36"));
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 36, 0, ZoneOffset.ofHours(-4)),
                Dates.parse("2025-04-21T13:52:36", ZoneId.of("America/New_York")).orElseThrow(),
                "the zone passed in is used, not a fixed +08:00");
    }

    @Test
    void bareDateIsMidnightInTheGivenZone() {
        assertEquals(OffsetDateTime.of(2024, 1, 5, 0, 0, 0, 0, ZoneOffset.ofHours(8)), parse("2024-01-05"));
    }

    @Test
    void hexoStyleSpaceSeparatedTimeIsInTheGivenZone() {
        OffsetDateTime date = parse("2025-04-21 13:52:36");

        assertEquals(13, date.getHour());
        assertEquals(36, date.getSecond());
        assertEquals(ZoneOffset.ofHours(8), date.getOffset());
    }

    @Test
    void minutesWithoutSecondsAreAccepted() {
        assertEquals(OffsetDateTime.of(2025, 4, 21, 13, 52, 0, 0, ZoneOffset.ofHours(8)), parse("2025-04-21 13:52"));
    }

    @Test
    void fractionOfASecondIsKept() {
        assertEquals(500_000_000, parse("2025-04-21T13:52:36.5+08:00").getNano());
    }

    @Test
    void offsetWithoutColonIsAccepted() {
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), parse("2025-04-21T13:52:36+0530").getOffset());
    }

    @Test
    void hexoUnpaddedMonthDayAndHourAreAccepted() {
        assertEquals(OffsetDateTime.of(2025, 1, 1, 18, 0, 0, 0, ZoneOffset.ofHours(8)), parse("2025-1-1 18:00:00"));
        assertEquals(OffsetDateTime.of(2023, 6, 25, 3, 0, 0, 0, ZoneOffset.ofHours(8)), parse("2023-06-25 3:00:00"));
        assertEquals(OffsetDateTime.of(2025, 4, 21, 0, 0, 0, 0, ZoneOffset.ofHours(8)), parse("2025-4-21"));
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertEquals(parse("2024-01-05"), parse("  2024-01-05 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025/04/21", "2025-13-01", "2025-02-30", "2025-04-21T25:00:00",
            "2025-04-21T13:52:36+25:00", "昨天", "", "2025-04-21T13:52:36+08:00 extra", "21-04-2025"})
    void unparseableDatesAreRejected(String text) {
        assertTrue(Dates.parse(text, TAIPEI).isEmpty(), () -> "should not parse: " + text);
    }

    @Test
    void theCommonFormsReadAsTheFormatterReadsThem() {
        java.util.Random random = new java.util.Random(421);
        int read = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = random.nextInt(4) == 0
                    ? String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33))
                    : String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%02d:%02d", random.nextInt(3000), random.nextInt(14),
                            random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                            random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62));
            assertEquals(Dates.parseWithFormatter(text, TAIPEI), Dates.parse(text, TAIPEI), text);
            read += Dates.parse(text, TAIPEI).isPresent() ? 1 : 0;
        }
        assertTrue(read > 2_000 && read < 9_000, "valid dates among the random ones: " + read);
    }
}
