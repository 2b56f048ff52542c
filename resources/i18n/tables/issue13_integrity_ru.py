"""Russian for the store's integrity check once the window is up (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    (
        "Integrity",
        "The program's check of the store found it damaged (a failing disk, or the file changed outside the program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are working on, then close the program and start it again: it will offer to restore the newest good backup. Tell your administrator.",
    ): "Проверка программы обнаружила, что хранилище данных повреждено (неисправный диск или файл изменён вне программы). Чтобы повреждение не распространилось, сохранять больше ничего нельзя. Запишите на бумаге то, над чем вы работаете, затем закройте программу и запустите её снова: она предложит восстановить последнюю исправную резервную копию. Сообщите своему администратору.",
}
