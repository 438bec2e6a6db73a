package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.project.boundary.Funds;
import org.gongjian.project.control.FundMovement;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.web.faces.Messages;

/** A project's special funds with their totals; the tenant's admins grant, the unit records its spending. */
@Named
@ViewScoped
public class FundsBacking extends ImplementationPage {

    /** As the page's gj:yuan tag shows amounts: ¥12,345.60. */
    static final String YUAN = "¥#,##0.00";

    @Inject
    Funds funds;

    @Inject
    Configurations configurations;

    private transient FundStatement statement;
    private BigDecimal amount;
    private LocalDate date;
    private String purpose;

    @Override
    void refresh() {
        statement = funds.statement(id());
        if (date == null) {
            date = configurations.today();
        }
    }

    public void grant() {
        FundEntry entry = funds.grant(id(), movement());
        done("fund.granted", entry);
    }

    public void spend() {
        FundEntry entry = funds.spend(id(), movement());
        done("fund.spent", entry);
    }

    private FundMovement movement() {
        return new FundMovement(amount, date, purpose);
    }

    private void done(String key, FundEntry entry) {
        Messages.info(key, new DecimalFormat(YUAN, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(entry.getAmount()));
        amount = null;
        purpose = null;
        reload();
    }

    public boolean isGranting() {
        return isAdmin() && isUnderway();
    }

    public boolean isSpending() {
        return isOwner() && isUnderway();
    }

    public FundStatement getStatement() {
        if (statement == null) {
            refresh();
        }
        return statement;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
