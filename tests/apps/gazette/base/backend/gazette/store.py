from dataclasses import dataclass, field


@dataclass
class Comment:
    id: int
    author: str
    text: str


@dataclass
class Article:
    id: int
    headline: str
    byline: str
    published: bool = False
    comments: list[Comment] = field(default_factory=list)


ARTICLES = {1: Article(1, "Harbour reopens", "R. Vance"), 2: Article(2, "Tide tables", "M. Orr")}
