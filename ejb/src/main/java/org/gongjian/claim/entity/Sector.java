package org.gongjian.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/** A sector (板块) of a board: a name and its place in the board's order. */
@Entity
@NamedQuery(name = Sector.OF_BOARD, query = "select s from Sector s where s.boardId = :board order by s.position, s.id")
public class Sector extends TenantOwned {

    public static final String OF_BOARD = "Sector.ofBoard";
    public static final int MAX_POSITION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "board_id", updatable = false)
    private Long boardId;
    private String name;
    private int position;
    @Version
    private long version;

    protected Sector() {
    }

    public Sector(long boardId, String name, int position) {
        this.boardId = boardId;
        edit(name, position);
    }

    public void edit(String name, int position) {
        if (position < 0 || position > MAX_POSITION) {
            throw new BusinessException("sector.position.invalid", 0, MAX_POSITION);
        }
        this.name = ClaimField.SECTOR.required(name);
        this.position = position;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("board", boardId);
        state.put("name", name);
        state.put("position", position);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getBoardId() {
        return boardId;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
