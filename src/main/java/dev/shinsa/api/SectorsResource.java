package dev.shinsa.api;

import dev.shinsa.domain.SectorClass;
import dev.shinsa.engine.RuleEngine;
import dev.shinsa.refdata.Sector;
import dev.shinsa.screening.FieldError;
import dev.shinsa.screening.InvalidTransactionException;
import dev.shinsa.screening.TransactionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /api/v1/sectors[?asOf=YYYY-MM-DD]}: the sector vocabulary with each code's class on that date (default today in Japan). */
@Path("/api/v1/sectors")
@Produces(MediaType.APPLICATION_JSON)
public class SectorsResource {
    private final RuleEngine engine;

    public SectorsResource(RuleEngine engine) {
        this.engine = engine;
    }

    public record SectorView(String code, String name, String nameJa, SectorClass sectorClass, boolean specifiedAcquisition,
                             LocalDate effectiveFrom, String source, String marker, String note, List<Sector.Period> periods) {
    }

    public record SectorsView(String version, LocalDate asOf, List<SectorView> sectors) {
    }

    @GET
    @jakarta.annotation.security.RolesAllowed({dev.shinsa.security.Roles.SCREENER, dev.shinsa.security.Roles.RULE_ADMIN})
    public SectorsView sectors(@QueryParam("asOf") String asOfParam) {
        LocalDate asOf;
        try {
            asOf = asOfParam == null || asOfParam.isBlank() ? LocalDate.now(TransactionMapper.JAPAN) : LocalDate.parse(asOfParam);
        } catch (DateTimeParseException e) {
            throw new InvalidTransactionException(ApiError.INVALID_PARAMETER, "asOf must be a date YYYY-MM-DD",
                    List.of(new FieldError("asOf", "'" + asOfParam + "' is not a date YYYY-MM-DD")));
        }
        var ruleSet = engine.current();
        if (ruleSet.coverageFrom() != null && asOf.isBefore(ruleSet.coverageFrom())) {
            // As a screening dated so would be refused: the data say nothing of dates before the rules' coverage.
            throw new InvalidTransactionException(ApiError.INVALID_PARAMETER, "asOf is before the rules' coverage",
                    List.of(new FieldError("asOf", "is before " + ruleSet.coverageFrom() + ", the earliest date these rules cover (rule set "
                            + ruleSet.version() + ")")));
        }
        var catalog = ruleSet.sectors();
        List<SectorView> views = catalog.all().stream().map(s -> {
            Sector.Period p = s.periodOn(asOf);
            return new SectorView(s.code(), s.name(), s.nameJa(), s.classOn(asOf), s.specifiedAcquisitionOn(asOf),
                    p == null ? null : p.from(), p == null ? null : p.source(), p == null ? null : p.marker(),
                    p == null ? null : p.note(), s.periods());
        }).toList();
        return new SectorsView(catalog.version(), asOf, views);
    }
}
