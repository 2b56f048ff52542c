"""Estonian for the issue 10 probe fixes of P1: linking shows the caller as stored; a continued draft never rolls a
caller's details back (app/ui/identity_section.py)."""

TRANSLATIONS = {
    ("IdentitySection", "Shown as stored for this caller, not as typed: %1. Type a field again to change it."): (
        "Näidatud nii, nagu selle pöörduja kohta on salvestatud, mitte nii, nagu sisestati: %1. "
        "Muutmiseks sisesta väli uuesti."
    ),
    (
        "IdentitySection",
        "Changed elsewhere while this form was put aside: %1. The form shows your typing; check it before saving.",
    ): (
        "Muudeti mujal sel ajal, kui see vorm oli kõrvale pandud: %1. Vormil on sinu sisestatu; "
        "kontrolli seda enne salvestamist."
    ),
    ("IdentitySection", "birth date"): "sünniaeg",
    ("IdentitySection", "e-mail"): "e-post",
    ("IdentitySection", "municipality"): "omavalitsus",
}
