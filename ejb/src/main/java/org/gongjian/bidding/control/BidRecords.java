package org.gongjian.bidding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.platform.NotFoundException;

/** Reads shared by the organiser's, the bidders', the reviewers' and the public side, under their own policies. */
@Dependent
public class BidRecords {

    @PersistenceContext
    EntityManager em;

    /** The last version of each bid of the competition, the one that counts, by bid, earliest submission first. */
    public Map<Long, BidVersion> counted(long competitionId) {
        Map<Long, BidVersion> counted = new LinkedHashMap<>();
        em.createNamedQuery(BidVersion.COUNTED, BidVersion.class).setParameter("competition", competitionId).getResultList()
                .forEach(version -> counted.put(version.getBidId(), version));
        return counted;
    }

    /** A file of the bid; 404 for any other. */
    public BidFile file(long bidId, long fileId) {
        BidFile file = em.find(BidFile.class, fileId);
        if (file == null || !file.getBidId().equals(bidId)) {
            throw new NotFoundException();
        }
        return file;
    }
}
