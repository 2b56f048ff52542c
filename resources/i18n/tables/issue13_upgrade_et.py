"""Estonian for issue 13: why the first start of a new version takes longer."""

TRANSLATIONS = {
    (
        "Integrity",
        "This version of the program changes how the store is kept: it backs the store up first, then changes it. "
        "This happens once; on a very large store it takes up to a minute.",
    ): (
        "See programmi versioon muudab andmete hoidmise viisi: kõigepealt tehakse andmebaasist varukoopia, siis "
        "muudetakse seda. See juhtub üks kord; väga suure andmebaasi puhul võtab see kuni minuti."
    ),
}
