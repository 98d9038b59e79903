"""The localized labels of the vendor's docs platform (Mintlify), one entry per language.

A text page is read by its labels: the body and response headings that bound the parameter
list, and, inside a parameter's block, `required`, `default:`, `Required range:`, `Available
options:` and `Example:`. Where each string comes from:

- ja, de, fr, ko: the seed pages themselves (../shared/seeds, 000-004).
- en: Mintlify API pages as shown text (e.g. the Orgo and Firecrawl docs, found with the code
  search corpus): `Authorizations`, `Body`, `Response`, `required`, `default:`, `Required range:`,
  `Available options:`; `Example:` and `Skip to main content` are Mintlify's usual English.
- es: Firecrawl's Spanish Mintlify pages: `Saltar al contenido principal`, `Autorizaciones`,
  `Cuerpo`, `Respuesta`, `predeterminado:`, `Rango requerido:`, `Opciones disponibles:`.
- `Headers`, `Path Parameters`: the vendor's native-api and task pages (tests/ingest/pages/native); es
  `Parámetros de ruta`, fr `Paramètres de chemin`: its task pages. `Query Parameters` is Mintlify's English.
- zh: Firecrawl's and InsForge's Chinese Mintlify pages: `授权`, `请求体`, `响应`, `必需`,
  `可用选项:`, `必填范围:` and `所需范围:` (both are in use).

Not found in any corpus, so marked unverified below (a page using another word still parses: its
range line is read with a warning, see `text_page`): es `requerido`/`obligatorio`, `Ejemplo:`;
zh `示例:`, `默认值:`, `跳转到主要内容`; de `Erforderlicher Bereich:`. The Japanese pages print the
example label as a bare `:`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.values import COLON


@dataclass(frozen=True)
class Labels:
    """One language's labels. Label fields without a colon; the colon is matched separately."""

    language: str
    skip: tuple[str, ...]
    auth: tuple[str, ...]
    body: tuple[str, ...]
    response: tuple[str, ...]
    headers: tuple[str, ...]
    path: tuple[str, ...]
    query: tuple[str, ...]
    required: tuple[str, ...]
    default: tuple[str, ...]
    range: tuple[str, ...]
    options: tuple[str, ...]
    example: tuple[str, ...]


LANGUAGES: tuple[Labels, ...] = (
    Labels(
        "en",
        skip=("Skip to main content",),
        auth=("Authorizations",),
        body=("Body",),
        response=("Response",),
        headers=("Headers",),
        path=("Path Parameters",),
        query=("Query Parameters",),
        required=("required",),
        default=("default",),
        range=("Required range",),
        options=("Available options",),
        example=("Example",),
    ),
    Labels(
        "ja",
        skip=("メインコンテンツへスキップ",),
        auth=("承認",),
        body=("ボディ",),
        response=("レスポンス",),
        headers=("ヘッダー",),  # headers, path, query: unverified
        path=("パスパラメータ",),
        query=("クエリパラメータ",),
        required=("必須",),
        default=("デフォルト",),
        range=("必須範囲",),
        options=("利用可能なオプション",),
        example=("", "例"),
    ),
    Labels(
        "de",
        skip=("Zum Hauptinhalt springen",),
        auth=("Autorisierungen",),
        body=("Body",),
        response=("Antwort",),
        headers=("Header",),  # headers, path, query: unverified
        path=("Pfadparameter",),
        query=("Query-Parameter",),
        required=("erforderlich",),
        default=("Standard",),
        range=("Erforderlicher Bereich",),  # unverified
        options=("Verfügbare Optionen",),
        example=("Beispiel",),
    ),
    Labels(
        "fr",
        skip=("Passer au contenu principal",),
        auth=("Autorisations",),
        body=("Corps",),
        response=("Réponse",),
        headers=("En-têtes",),  # headers and query unverified
        path=("Paramètres de chemin",),
        query=("Paramètres de requête",),
        required=("requis",),
        default=("défaut",),
        range=("Plage requise",),
        options=("Options disponibles",),
        example=("Exemple",),
    ),
    Labels(
        "ko",
        skip=("메인 콘텐츠로 건너뛰기",),
        auth=("인증",),
        body=("본문",),
        response=("응답",),
        headers=("헤더",),  # headers, path, query: unverified
        path=("경로 매개변수",),
        query=("쿼리 매개변수",),
        required=("필수",),
        default=("기본값",),
        range=("필수 범위",),
        options=("사용 가능한 옵션",),
        example=("예시",),
    ),
    Labels(
        "zh",
        skip=("跳转到主要内容",),  # unverified
        auth=("授权",),
        body=("请求体",),
        response=("响应",),
        headers=("请求头",),  # headers, path, query: unverified
        path=("路径参数",),
        query=("查询参数",),
        required=("必需", "必填"),
        default=("默认值",),  # unverified; some zh pages print the English `default:`
        range=("必填范围", "所需范围"),
        options=("可用选项",),
        example=("示例",),  # unverified
    ),
    Labels(
        "es",
        skip=("Saltar al contenido principal",),
        auth=("Autorizaciones",),
        body=("Cuerpo",),
        response=("Respuesta",),
        headers=("Encabezados",),  # headers and query unverified
        path=("Parámetros de ruta",),
        query=("Parámetros de consulta",),
        required=("requerido", "obligatorio"),  # unverified
        default=("predeterminado",),
        range=("Rango requerido",),
        options=("Opciones disponibles",),
        example=("Ejemplo",),  # unverified
    ),
)
"""Every language the reader knows; `language` codes are ISO 639-1, as spec/models' `sources` use."""

_PROSE_DEFAULT_LABELS = "Par défaut|Por defecto|Default|default|デフォルト|기본값|Standard|默认值|predeterminado"
PROSE_DEFAULT = re.compile(
    rf"(?:^|[•*\-\s])(?:{_PROSE_DEFAULT_LABELS})\s*{COLON}\s*" r"(?P<value>-?\d+(?:\.\d+)?|true|false)(?![\w.])"
)
"""A default stated in a description's prose (`• Par défaut : 1.0`): compared, never taken as data."""


def labels_of(kind: str) -> dict[str, list[str]]:
    """`kind` (a field of `Labels`) -> label -> the languages that use it."""
    table: dict[str, list[str]] = {}
    for labels in LANGUAGES:
        for label in getattr(labels, kind):
            table.setdefault(label, []).append(labels.language)
    return table


def language_of(hits: dict[str, int]) -> str | None:
    """The language with the most label hits, None when there are none or two tie for first."""
    ranked = sorted(hits.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
