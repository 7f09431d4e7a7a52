from dataclasses import dataclass


@dataclass
class Tree:
    id: int
    variety: str
    row: int
    planted: str
    pruned: bool = False


@dataclass
class Harvest:
    id: int
    tree_id: int
    kilos: float
    picker: str


TREES: dict[int, Tree] = {
    1: Tree(1, "Cox", 1, "2019-03-02"),
    2: Tree(2, "Bramley", 1, "2020-02-11"),
}
HARVESTS: dict[int, Harvest] = {}
