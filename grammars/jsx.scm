; impact: JSX, for JavaScript and TSX files.
(jsx_closing_element) @skip
(jsx_opening_element name: (identifier) @jsx.name)
(jsx_self_closing_element name: (identifier) @jsx.name)
