"""Titles after a reporter's name in a Korean byline lead: ``김수연 기자 =``.

Sources: the ledes of Korean wire copy (Yonhap ``연합뉴스``, Newsis ``뉴시스``,
News1 ``뉴스1``), where the reporters' names, each followed by a title, stand
between the dateline and the story and close with ``=``:
``(서울=연합뉴스) 김수연 기자 =``, ``(워싱턴=연합뉴스) 김동현 특파원 =``,
``(서울=뉴스1) 김수연 이재호 기자 =``.
"""

from __future__ import annotations

#: reporter, correspondent, senior, specialist and guest reporter, roving
#: correspondent, stringer
KOREAN_REPORTER_TITLES: tuple[str, ...] = (
    "기자", "특파원", "선임기자", "전문기자", "객원기자", "순회특파원", "통신원",
)  # fmt: skip
