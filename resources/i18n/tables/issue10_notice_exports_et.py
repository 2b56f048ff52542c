"""Estonian for the notice shown inside the program from memory (issue 10, point 6)."""

TRANSLATIONS = {
    ("NoticeViewer", "Notice %1"): "Teatis %1",
    ("NoticeViewer", "&Save as… (Ctrl+S)"): "&Salvesta faili… (Ctrl+S)",
    ("NoticeViewer", "&Print… (Ctrl+P)"): "&Prindi… (Ctrl+P)",
    ("NoticeViewer", "Close (Esc)"): "Sulge (Esc)",
}
