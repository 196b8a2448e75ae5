"""One page of a paged record view (ledger, clues, cases), read in two steps.

First the ids of the page, sorted and cut in SQL (an index walk in the sort's order that
stops after the page: no row is built for the records before it), then the rows of just
those ids; the rows come back in the page's order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row, Select
from sqlalchemy.orm import Session


def page_rows(session: Session, ids: Select[Any], keys: Sequence[Any], descending: bool,
              offset: int, limit: int,
              rows: Callable[[list[uuid.UUID]], Select[*tuple[Any, ...]]]
              ) -> list[Row[*tuple[Any, ...]]]:
    """The rows of one page, in its order.

    `ids` selects the filtered records' ids (one column); it is sorted by `keys`, all
    descending or all ascending (the last key, the id, breaks ties), and cut from `offset`
    for `limit` (either below 0 counts as 0). `rows(page_ids)` selects the columns a row
    shows, the id first, for the ids of the page; a row it does not give is left out.
    """
    page = list(session.scalars(
        ids.order_by(*(k.desc() if descending else k.asc() for k in keys))
        .offset(max(offset, 0)).limit(max(limit, 0))))
    if not page:
        return []
    found: dict[uuid.UUID, Row[*tuple[Any, ...]]] = {
        row[0]: row for row in session.execute(rows(page))}
    return [found[i] for i in page if i in found]
