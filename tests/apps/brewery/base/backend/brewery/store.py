from dataclasses import dataclass


@dataclass
class Batch:
    id: int
    style: str
    abv: float
    stage: str


@dataclass
class Tasting:
    id: int
    batch_id: int
    score: int
    notes: str


BATCHES = {1: Batch(1, "Porter", 5.2, "conditioning"), 2: Batch(2, "Saison", 6.1, "fermenting")}
TASTINGS: dict[int, Tasting] = {}
