-- The public board's policies ask, for each board and sector, whether it holds a published item:
-- found by index, not by reading every tenant's items.
create index claimable_item_of_board on claimable_item (board_id, status);
create index claimable_item_of_sector on claimable_item (sector_id, status);
