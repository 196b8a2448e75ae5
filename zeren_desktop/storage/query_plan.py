"""Two hints for SQLite's query planner, for the paged record views.

Without statistics SQLite takes any index that serves a WHERE term over one that serves the
ORDER BY: a ledger of 1,000,000 entries filtered on this year and sorted by cadre was read
in full and sorted (6 s) where walking the cadres by name and each one's entries by index
gives the first page in a millisecond. `straight_join` keeps the left table the outer loop
(SQLite's CROSS JOIN); `no_index(column)` makes a term unusable for an index (a unary `+`).
On other databases both are plain SQL (a JOIN, the column).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import FromClause, Join


class StraightJoin(Join):
    """An inner join whose left side SQLite keeps as the outer loop."""

    inherit_cache = True


class NoIndex(FunctionElement[Any]):
    """A column as it is, but not usable by SQLite to pick an index."""

    inherit_cache = True
    name = "no_index"

    def __init__(self, column: ColumnElement[Any]) -> None:
        super().__init__(column)
        self.type = column.type


def straight_join(left: FromClause, right: FromClause, onclause: ColumnElement[bool]
                  ) -> StraightJoin:
    return StraightJoin(left, right, onclause)


def no_index(column: Any) -> Any:
    return NoIndex(column)


@compiles(StraightJoin, "sqlite")
def _straight_join_sqlite(join: StraightJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    assert join.onclause is not None
    return (f"{compiler.process(join.left, **kw)} CROSS JOIN "
            f"{compiler.process(join.right, **kw)} ON {compiler.process(join.onclause, **kw)}")


@compiles(NoIndex)
def _no_index(element: NoIndex, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(NoIndex, "sqlite")
def _no_index_sqlite(element: NoIndex, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))
