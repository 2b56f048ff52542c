"""Estonian for joining a team server, the first sign-in on a team workstation and a sync conflict (issue 14)."""

TRANSLATIONS = {
    ("FirstAdministratorDialog", "Or, on a workstation of a team that shares a server:"): (
        "Või meeskonna tööjaamas, mis kasutab ühist serverit:"
    ),
    ("FirstAdministratorDialog", "&Join a team server…"): "&Liitu meeskonna serveriga…",
    ("JoinTeamDialog", "Join a team server – %1"): "Meeskonna serveriga liitumine – %1",
    (
        "JoinTeamDialog",
        "Your administrator gives you the team server's name and the team's certificate file. Sign in with your own "
        "user name and password: this computer then keeps the contacts you may see and works on when the network is "
        "down.",
    ): "Administraator annab sulle meeskonna serveri nime ja meeskonna sertifikaadifaili. Logi sisse oma "
    "kasutajanime ja parooliga: see arvuti hoiab siis kontakte, mida sul on lubatud näha, ja töötab edasi ka siis, "
    "kui võrk on maas.",
    ("JoinTeamDialog", "&Browse…"): "&Vali…",
    ("JoinTeamDialog", "&Server"): "&Server",
    ("JoinTeamDialog", "P&ort"): "P&ort",
    ("JoinTeamDialog", "&Database"): "&Andmebaas",
    ("JoinTeamDialog", "Team &certificate"): "Meeskonna s&ertifikaat",
    ("JoinTeamDialog", "&User name"): "&Kasutajanimi",
    ("JoinTeamDialog", "&Password"): "&Parool",
    ("JoinTeamDialog", "&Join"): "&Liitu",
    ("JoinTeamDialog", "The team's certificate"): "Meeskonna sertifikaat",
    ("JoinTeamDialog", "Certificates (*.crt *.pem);;All files (*)"): "Sertifikaadid (*.crt *.pem);;Kõik failid (*)",
    ("MainWindow", "another workstation"): "teine tööjaam",
    ("Messages", "Type the team server's name as your administrator gave it (for example helpline.example.ee)."): (
        "Kirjuta meeskonna serveri nimi nii, nagu administraator selle andis (näiteks helpline.example.ee)."
    ),
    ("Messages", "Choose the team's certificate file (ca.crt) that your administrator gave you."): (
        "Vali meeskonna sertifikaadifail (ca.crt), mille administraator sulle andis."
    ),
    ("Messages", "The team server did not accept this user name and password. Check both and try again."): (
        "Meeskonna server ei võtnud seda kasutajanime ja parooli vastu. Kontrolli mõlemat ja proovi uuesti."
    ),
    (
        "Messages",
        "This is your first sign-in on this computer, and the team server, which checks it, cannot be reached now. "
        "Sign in once while the computer is online; after that you can sign in here offline too.",
    ): "Logid selles arvutis sisse esimest korda ja meeskonna server, mis seda kontrollib, pole praegu kättesaadav. "
    "Logi üks kord sisse, kui arvuti on võrgus; pärast seda saad siin sisse logida ka võrguta.",
    ("WorkstationPage", "On a team workstation the station code comes from the team server."): (
        "Meeskonna tööjaamas annab jaama koodi meeskonna server."
    ),
}
