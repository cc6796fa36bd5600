-- Schema 6: the open items of the individual plans by due date. «Сегодня» reads the items not
-- done nor cancelled that fall due by its horizon (DeadlinesRepository): with this index
-- SQLite reaches those few thousand rows of 100,000 directly instead of reading the table.
CREATE INDEX plan_item_open ON plan_item(due) WHERE done IS NULL AND status NOT IN ('done', 'cancelled');
