from dataclasses import dataclass


@dataclass
class Telescope:
    id: int
    name: str
    aperture_mm: int
    site: str


TELESCOPES = {
    1: Telescope(1, "Dobson", 254, "roof"),
    2: Telescope(2, "Refractor", 102, "garden"),
}
