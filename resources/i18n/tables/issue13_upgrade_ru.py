"""Russian for issue 13: why the first start of a new version takes longer."""

TRANSLATIONS = {
    (
        "Integrity",
        "This version of the program changes how the store is kept: it backs the store up first, then changes it. "
        "This happens once; on a very large store it takes up to a minute.",
    ): (
        "Эта версия программы меняет способ хранения данных: сначала делается резервная копия базы, затем она "
        "изменяется. Это происходит один раз; для очень большой базы это занимает до минуты."
    ),
}
