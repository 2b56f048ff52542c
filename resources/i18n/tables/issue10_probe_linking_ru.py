"""Russian for the issue 10 probe fixes of P1: linking shows the caller as stored; a continued draft never rolls a
caller's details back (app/ui/identity_section.py)."""

TRANSLATIONS = {
    ("IdentitySection", "Shown as stored for this caller, not as typed: %1. Type a field again to change it."): (
        "Показано так, как сохранено для этого обратившегося, а не так, как введено: %1. "
        "Чтобы изменить, введите поле заново."
    ),
    (
        "IdentitySection",
        "Changed elsewhere while this form was put aside: %1. The form shows your typing; check it before saving.",
    ): (
        "Изменено в другом месте, пока эта форма была отложена: %1. В форме то, что ввели вы; "
        "проверьте это перед сохранением."
    ),
    ("IdentitySection", "birth date"): "дата рождения",
    ("IdentitySection", "e-mail"): "эл. почта",
    ("IdentitySection", "municipality"): "самоуправление",
}
