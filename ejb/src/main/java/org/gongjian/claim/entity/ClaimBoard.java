package org.gongjian.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/** A tenant's claim board for one year: its title, how claims are decided, and the category of the projects they open. */
@Entity
@Table(name = "claim_board")
@NamedQuery(name = ClaimBoard.ALL, query = "select b from ClaimBoard b order by b.year desc")
@NamedQuery(name = ClaimBoard.OF_YEAR, query = "select b from ClaimBoard b where b.year = :year")
public class ClaimBoard extends TenantOwned {

    public static final String ALL = "ClaimBoard.all";
    public static final String OF_YEAR = "ClaimBoard.ofYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private int year;
    private String title;
    @Enumerated(EnumType.STRING)
    private BoardMode mode;
    @Column(name = "category_key")
    private String categoryKey;
    @Version
    private long version;

    protected ClaimBoard() {
    }

    public ClaimBoard(int year, String title, BoardMode mode, String categoryKey) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("board.year.invalid", "2000", "2100");
        }
        this.year = year;
        edit(title, mode, categoryKey);
    }

    /** Changes the title, the way claims are decided and the category of the projects they open. */
    public void edit(String title, BoardMode mode, String categoryKey) {
        if (mode == null) {
            throw new BusinessException("board.mode.required");
        }
        if (categoryKey == null || categoryKey.isBlank()) {
            throw new BusinessException("board.category.required");
        }
        this.title = ClaimField.BOARD_TITLE.required(title);
        this.mode = mode;
        this.categoryKey = categoryKey;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("title", title);
        state.put("mode", mode);
        state.put("categoryKey", categoryKey);
        return state;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public BoardMode getMode() {
        return mode;
    }

    public String getCategoryKey() {
        return categoryKey;
    }
}
