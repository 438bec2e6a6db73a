package org.gongjian.web.tenant.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongjian.evaluation.boundary.BallotRow;
import org.gongjian.evaluation.boundary.Ballots;
import org.gongjian.evaluation.boundary.Ballots.ProjectBallots;
import org.gongjian.evaluation.control.QrCodes;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.faces.Messages;

/**
 * The printable sheet of one batch of ballot codes: each code with a QR code of the vote page's
 * address with the code filled in. The address starts with {@code GONGJIAN_PUBLIC_URL} when it is
 * set (the address residents reach), else with the one this page was opened at.
 */
@Named
@RequestScoped
public class BallotSheetBacking {

    private static final String PUBLIC_URL = System.getenv("GONGJIAN_PUBLIC_URL");

    @Inject
    Ballots ballots;

    @Inject
    QrCodes qrCodes;

    @Inject
    CurrentTenant tenant;

    @Inject
    HttpServletRequest request;

    private Integer year;
    private Long id;
    private Integer batch;
    private ProjectBallots shown;
    private List<BallotRow> codes;

    public void load() {
        if (year == null || id == null || batch == null) {
            throw new NotFoundException();
        }
        shown = ballots.codes(year, id);
        codes = shown.batch(batch);
        if (codes.isEmpty()) {
            throw new NotFoundException();
        }
    }

    /** The vote page's address, for people who type it rather than scan. */
    public String getVoteAddress() {
        String base = PUBLIC_URL == null || PUBLIC_URL.isBlank()
                ? request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath()
                : PUBLIC_URL.strip().replaceAll("/+$", "");
        return base + "/opinion/" + tenant.code() + "/" + id;
    }

    /** The QR code opening the vote page with this code filled in. */
    public String qr(BallotRow row) {
        return qrCodes.svg(getVoteAddress() + "?code=" + row.code().shown(), Messages.text("ballot.sheet.qrLabel", row.code().shown()));
    }

    public ProjectBallots getShown() {
        return shown;
    }

    public List<BallotRow> getCodes() {
        return codes;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getBatch() {
        return batch;
    }

    public void setBatch(Integer batch) {
        this.batch = batch;
    }
}
