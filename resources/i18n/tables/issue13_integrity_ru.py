"""Russian for the store's integrity check once the window is up (issue 13; fill_translations.py)."""

TRANSLATIONS = {
    (
        "Integrity",
        "The program's check of the store found it damaged (a failing disk, or the file changed outside the program). So that the damage does not spread, nothing more can be saved. Write down on paper what you are working on, then close the program and start it again: it will offer to restore the newest good backup. Tell your administrator.",
    ): "Проверка программы обнаружила, что хранилище данных повреждено (неисправный диск или файл изменён вне программы). Чтобы повреждение не распространилось, сохранять больше ничего нельзя. Запишите на бумаге то, над чем вы работаете, затем закройте программу и запустите её снова: она предложит восстановить последнюю исправную резервную копию. Сообщите своему администратору.",
    (
        "Integrity",
        "The program was not closed properly last time, so the store is checked before it opens. On a very large store this takes up to a minute.",
    ): "В прошлый раз программа была закрыта некорректно, поэтому хранилище данных проверяется перед открытием. Для очень большого хранилища это занимает до минуты.",
    (
        "Integrity",
        "A check found the store damaged last time, so it is checked again before it opens.",
    ): "В прошлый раз проверка обнаружила, что хранилище данных повреждено, поэтому перед открытием оно проверяется снова.",
    (
        "Integrity",
        "The store has not been checked in full for a week, so it is checked before it opens. On a very large store this takes up to a minute.",
    ): "Хранилище данных не проверялось полностью неделю, поэтому оно проверяется перед открытием. Для очень большого хранилища это занимает до минуты.",
}
