package org.gongjian.web.tenant.boards;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.entity.Round;
import org.gongjian.config.entity.RoundStatus;
import org.gongjian.project.boundary.Projects;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.YearFilter;
import org.gongjian.web.i18n.Language;

/**
 * The tenant's claim boards by year, each with the places its published and closed items offer and
 * have taken (what the dashboard counts), only one year's when the address names it ({@code ?year=2026});
 * and the form that makes one for a year whose round is open.
 */
@Named
@ViewScoped
public class BoardListBacking implements Serializable {

    @Inject
    Boards boards;

    @Inject
    Rounds rounds;

    @Inject
    Projects projects;

    @Inject
    Language language;

    private transient List<ClaimBoard> list;
    private List<Integer> years;
    private Integer year;
    private String shownYear;
    private final BoardSettings settings = new BoardSettings();

    public void load() {
        list = YearFilter.of(shownYear, boards::boards, ClaimBoard::getYear);
        years = rounds.all().stream().filter(round -> round.getStatus() == RoundStatus.OPEN).map(Round::getYear).sorted().toList();
        if (year == null && !years.isEmpty()) {
            year = years.get(years.size() - 1);
        }
        yearChosen();
    }

    /** The categories of the chosen year's round. */
    public void yearChosen() {
        settings.offer(year == null ? Map.of() : BoardCategories.of(projects, year, language.getLocale()));
    }

    /** Makes the board and opens its page, where its sectors and items are added. */
    public String create() {
        ClaimBoard board = boards.createBoard(year == null ? 0 : year, settings.getTitle(), settings.getMode(), settings.getCategoryKey());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("boardPages.board.created", board.getTitle());
        return "/tenant/boards/board?faces-redirect=true&board=" + board.getId();
    }

    public List<ClaimBoard> getList() {
        if (list == null) {
            list = boards.boards();
        }
        return list;
    }

    /** The board's places taken and offered on its published and closed items, as "2 / 8". */
    public String places(ClaimBoard board) {
        List<ClaimableItem> shown = boards.items(board.getId()).stream()
                .filter(item -> item.getStatus() == ItemStatus.PUBLISHED || item.getStatus() == ItemStatus.CLOSED).toList();
        return shown.stream().mapToInt(ClaimableItem::getAccepted).sum() + " / " + shown.stream().mapToInt(ClaimableItem::getCapacity).sum();
    }

    public String getShownYear() {
        return shownYear;
    }

    public void setShownYear(String shownYear) {
        this.shownYear = shownYear;
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BoardSettings getSettings() {
        return settings;
    }
}
