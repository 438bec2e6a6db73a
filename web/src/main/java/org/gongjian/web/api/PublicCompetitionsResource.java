package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.bidding.boundary.Announcement;
import org.gongjian.bidding.boundary.PublicCompetitions;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.platform.NotFoundException;

/**
 * What competitions publish to anyone, without signing in: the announcements (通报) with their
 * winners and the summaries of their plans, and once the bids are opened the list of receipts, so
 * that every bidder can check its own was opened intact. Nothing else of any bid; a competition
 * not yet opened is not found.
 */
@Path("public/competitions")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCompetitionsResource {

    @Inject
    PublicCompetitions competitions;

    @GET
    @Operation(summary = "The announced competitions, newest first")
    public List<Listed> announced() {
        return competitions.announced().stream().map(Listed::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An opened or announced competition: its terms, its winners with their plans' summaries, and the receipts")
    public AnnouncementView announcement(@PathParam("id") long id) {
        return AnnouncementView.of(competitions.announcement(id).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("{id}/receipts")
    @Operation(summary = "The receipts of the counted bids, each with whether it was opened intact")
    public List<PublicReceipt> receipts(@PathParam("id") long id) {
        return competitions.announcement(id).orElseThrow(NotFoundException::new).receipts().stream().map(PublicReceipt::of).toList();
    }

    public record Listed(long id, Long organiserTenantId, int year, String topic, int winners, BigDecimal fundsPerWinner,
                         OffsetDateTime announcedAt) {

        static Listed of(Competition competition) {
            return new Listed(competition.getId(), competition.getOrganiserTenantId(), competition.getYear(), competition.getTopic(),
                    competition.getWinners(), competition.getFundsPerWinner(), competition.getAnnouncedAt());
        }
    }

    /** {@code organiser} is the organising tenant's name, null for the host. */
    public record AnnouncementView(long id, String organiser, int year, String topic, String rules, CompetitionStatus status,
                                   OffsetDateTime deadline, BigDecimal fundsPerWinner, OffsetDateTime openedAt,
                                   OffsetDateTime announcedAt, List<Announcement.Winner> winners, List<PublicReceipt> receipts) {

        static AnnouncementView of(Announcement announcement) {
            Competition competition = announcement.competition();
            return new AnnouncementView(competition.getId(), announcement.organiser(), competition.getYear(), competition.getTopic(),
                    competition.getRules(), competition.getStatus(), competition.getDeadline(), competition.getFundsPerWinner(),
                    competition.getOpenedAt(), competition.getAnnouncedAt(), announcement.winners(),
                    announcement.receipts().stream().map(PublicReceipt::of).toList());
        }
    }

    /** A counted bid's receipt as published: its hash and the database's time of submission, and whether it was opened intact. */
    public record PublicReceipt(String receipt, int version, OffsetDateTime submittedAt, Boolean intact) {

        static PublicReceipt of(Receipt receipt) {
            return new PublicReceipt(receipt.receipt(), receipt.number(), receipt.submittedAt(), receipt.intact());
        }
    }
}
