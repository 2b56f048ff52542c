"""Russian for joining a team server, the first sign-in on a team workstation and a sync conflict (issue 14)."""

TRANSLATIONS = {
    ("FirstAdministratorDialog", "Or, on a workstation of a team that shares a server:"): (
        "Или на рабочем месте команды с общим сервером:"
    ),
    ("FirstAdministratorDialog", "&Join a team server…"): "Подк&лючиться к серверу команды…",
    ("JoinTeamDialog", "Join a team server – %1"): "Подключение к серверу команды – %1",
    (
        "JoinTeamDialog",
        "Your administrator gives you the team server's name and the team's certificate file. Sign in with your own "
        "user name and password: this computer then keeps the contacts you may see and works on when the network is "
        "down.",
    ): "Администратор даёт вам имя сервера команды и файл сертификата команды. Войдите под своим именем "
    "пользователя и паролем: этот компьютер будет хранить контакты, которые вам разрешено видеть, и продолжит "
    "работать, когда сеть недоступна.",
    ("JoinTeamDialog", "&Browse…"): "&Выбрать…",
    ("JoinTeamDialog", "&Server"): "&Сервер",
    ("JoinTeamDialog", "P&ort"): "Пор&т",
    ("JoinTeamDialog", "&Database"): "&База данных",
    ("JoinTeamDialog", "Team &certificate"): "С&ертификат команды",
    ("JoinTeamDialog", "&User name"): "&Имя пользователя",
    ("JoinTeamDialog", "&Password"): "&Пароль",
    ("JoinTeamDialog", "&Join"): "П&рисоединиться",
    ("JoinTeamDialog", "The team's certificate"): "Сертификат команды",
    ("JoinTeamDialog", "Certificates (*.crt *.pem);;All files (*)"): "Сертификаты (*.crt *.pem);;Все файлы (*)",
    ("MainWindow", "another workstation"): "другое рабочее место",
    ("Messages", "Type the team server's name as your administrator gave it (for example helpline.example.ee)."): (
        "Введите имя сервера команды так, как его дал администратор (например, helpline.example.ee)."
    ),
    ("Messages", "Choose the team's certificate file (ca.crt) that your administrator gave you."): (
        "Выберите файл сертификата команды (ca.crt), который вам дал администратор."
    ),
    ("Messages", "The team server did not accept this user name and password. Check both and try again."): (
        "Сервер команды не принял это имя пользователя и пароль. Проверьте оба и попробуйте снова."
    ),
    (
        "Messages",
        "This is your first sign-in on this computer, and the team server, which checks it, cannot be reached now. "
        "Sign in once while the computer is online; after that you can sign in here offline too.",
    ): "Вы входите на этом компьютере впервые, а сервер команды, который это проверяет, сейчас недоступен. Войдите "
    "один раз, когда компьютер в сети; после этого здесь можно входить и без сети.",
    ("WorkstationPage", "On a team workstation the station code comes from the team server."): (
        "На рабочем месте команды код станции выдаёт сервер команды."
    ),
}
