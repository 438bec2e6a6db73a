package org.gongjian.bidding.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongjian.bidding.boundary.BidFileContent;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.project.entity.Declaration;

/**
 * Seals and opens a bid's plan with its competition's data key. What a version seals, and what its
 * receipt hashes, is the plan and the name and hash of every attached file, as one JSON text.
 * Whether the caller may see the result is for the boundary to decide before it asks.
 */
@Dependent
public class SealedPlans {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Sealer sealer;

    /** What one version holds. */
    public record Content(Declaration plan, List<FileRef> files) {
    }

    /** An attached file as a version names it. */
    public record FileRef(long id, String name, String sha256) {
    }

    /** A sealed version and its receipt. */
    public record Sealing(byte[] sealed, String receipt) {
    }

    /** A version opened: its content (null when its seal is broken), and whether it still hashes to its receipt. */
    public record Opened(Content content, boolean intact) {
    }

    public byte[] sealDraft(Competition competition, Bid bid, Declaration plan) {
        return sealer.seal(competition.getDataKey(), draftContext(bid), JSON.toJson(plan).getBytes(StandardCharsets.UTF_8));
    }

    /** The plan being edited; an empty one when nothing was written yet. */
    public Declaration draft(Competition competition, Bid bid) {
        byte[] sealed = bid.getDraft();
        if (sealed.length == 0) {
            return Declaration.empty();
        }
        byte[] plain = sealer.unseal(competition.getDataKey(), draftContext(bid), sealed);
        return JSON.fromJson(new String(plain, StandardCharsets.UTF_8), Declaration.class);
    }

    public Sealing sealVersion(Competition competition, Bid bid, int number, Declaration plan, List<BidFile> files) {
        byte[] plain = content(plan, files);
        return new Sealing(sealer.seal(competition.getDataKey(), BidVersion.context(bid.getId(), number), plain), Sealer.sha256(plain));
    }

    /** The receipt a version of this plan and these files would get. */
    public String receiptOf(Declaration plan, List<BidFile> files) {
        return Sealer.sha256(content(plan, files));
    }

    private static byte[] content(Declaration plan, List<BidFile> files) {
        List<FileRef> refs = files.stream().map(f -> new FileRef(f.getId(), f.getName(), f.getSha256())).toList();
        return JSON.toJson(new Content(plan, refs)).getBytes(StandardCharsets.UTF_8);
    }

    /** The version opened; a version whose seal is broken opens as not intact, with no content. */
    public Opened open(Competition competition, BidVersion version) {
        byte[] plain;
        try {
            plain = sealer.unseal(competition.getDataKey(), BidVersion.context(version.getBidId(), version.getNumber()), version.getSealed());
        } catch (SealBroken e) {
            return new Opened(null, false);
        }
        Content content = JSON.fromJson(new String(plain, StandardCharsets.UTF_8), Content.class);
        return new Opened(content, Sealer.sha256(plain).equals(version.getReceipt()));
    }

    /** Seals the file's bytes and name, once its row has the id they are bound to. */
    public void sealFile(Competition competition, BidFile file, byte[] bytes) {
        file.seal(sealer.seal(competition.getDataKey(), file.context(), bytes),
                sealer.seal(competition.getDataKey(), file.nameContext(), file.getName().getBytes(StandardCharsets.UTF_8)));
    }

    /** Opens the names of these files. */
    public List<BidFile> named(Competition competition, List<BidFile> files) {
        for (BidFile file : files) {
            byte[] name = sealer.unseal(competition.getDataKey(), file.nameContext(), file.getSealedName());
            file.opened(new String(name, StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The file's name and bytes, opened. */
    public BidFileContent openFile(Competition competition, BidFile file) {
        named(competition, List.of(file));
        return new BidFileContent(file.getName(), file.getContentType(),
                sealer.unseal(competition.getDataKey(), file.context(), file.getSealed()));
    }

    /** A new data key for a competition, wrapped. */
    public byte[] newDataKey() {
        return sealer.newDataKey();
    }

    private static String draftContext(Bid bid) {
        return "bid:" + bid.getId();
    }
}
