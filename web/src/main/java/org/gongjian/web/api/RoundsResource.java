package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.config.entity.Round;
import org.gongjian.config.entity.RoundStatus;
import org.gongjian.platform.NotFoundException;

/** The current tenant's yearly rounds and the configuration each one froze. */
@Path("t/{code}/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds", description = "A tenant's yearly rounds; each keeps the configuration version it opened with")
public class RoundsResource {

    @Inject
    Rounds rounds;

    @GET
    @Operation(summary = "Every round, newest year first")
    public List<RoundView> all(@PathParam("code") String code) {
        return rounds.all().stream().map(RoundView::of).toList();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "One year's round with the configuration it froze")
    @APIResponse(responseCode = "404", description = "No round that year")
    public FrozenRound year(@PathParam("code") String code, @PathParam("year") int year) {
        Round round = rounds.find(year).orElseThrow(NotFoundException::new);
        return new FrozenRound(RoundView.of(round), rounds.configurationOf(year));
    }

    public record RoundView(int year, RoundStatus status, int configVersion, String openedBy, OffsetDateTime openedAt,
                            String finishedBy, OffsetDateTime finishedAt) {

        static RoundView of(Round round) {
            return new RoundView(round.getYear(), round.getStatus(), round.getFrozen().getNumber(), round.getOpenedBy(),
                    round.getOpenedAt(), round.getFinishedBy(), round.getFinishedAt());
        }
    }

    public record FrozenRound(RoundView round, SavedConfiguration configuration) {
    }
}
