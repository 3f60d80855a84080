"""An HTML page end to end: the text is trafilatura's main text, the headline line is removed as ``title``."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest import read_inputs
from newsgraph.records import Result
from newsgraph.settings import Settings

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Russia says in contact with Iran over Syria peace talks - Example News</title>
<meta property="og:title" content="Russia says in contact with Iran over Syria peace talks">
<meta name="date" content="2017-01-19"></head>
<body><header><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Sign in</a></header>
<article>
<h1>Russia says in contact with Iran over Syria peace talks</h1>
<p>Russia says it is in talks with Iranian officials on preparations for the upcoming Syria peace talks in the
Kazakhstan's capital, Astana, among them the possible US presence in the discussions.</p>
<p>“We continue contacts with our Iranian counterparts, including regarding discussions of the topic,” Kremlin
spokesman, Dmitry Peskov, said on Thursday.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer><p>© 2017 Example News. All rights reserved.</p></footer>
</body></html>
"""


def test_html_page_through_the_engine(tmp_path: Path, engine) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "astana.html"
    path.write_text(PAGE, encoding="utf-8")
    (document,) = list(read_inputs([str(path)], settings=Settings()))
    (result,) = list(engine.run([document]))
    assert isinstance(result, Result)
    assert result.doc_id == "astana"
    assert result.published == "2017-01-19"
    assert result.title == "Russia says in contact with Iran over Syria peace talks"
    assert result.text.startswith("Russia says in contact with Iran over Syria peace talks\n")
    assert "Home" not in result.text and "All rights reserved" not in result.text
    (title,) = [span for span in result.removed if span.kind == "title"]
    assert result.text[title.start : title.end] == result.title
    assert all(span.kind == "title" for span in result.removed)
