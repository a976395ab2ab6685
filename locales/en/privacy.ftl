## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Quick exit
quick-exit-discreet = Close

## Privacy and safety screen

home-privacy = Privacy and safety
home-privacy-hint = What Harbour keeps, a lock code, and quick exit
privacy-title = Privacy and safety
privacy-kept-title = What Harbour keeps on this phone
privacy-kept-intro = This list is made from what is saved right now.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = None of this is sent anywhere. Harbour has no account. It only downloads new information from its own server. For this it sends the name of your area, but never your name or what you saved.
kept-setting = Settings (language, your name in messages, lock)
kept-question = Questions for your lawyer or social worker
kept-contact = Trusted adults
kept-plan-item = Lines in your safety plan
kept-vault = Your saved things, locked with your code
kept-audio-pack = Recordings of Harbour's words, for Listen
kept-damaged = Damaged copies of what you saved
privacy-damaged = Harbour could not read these copies, so it started again with nothing saved. It kept them in case someone can repair them. They may still hold your trusted adults, plan and questions.
privacy-damaged-delete = Delete the damaged copies
privacy-server-sees = Like any website, Harbour's server can see your phone's internet address and when it downloads.
privacy-quick-exit-title = Quick exit
privacy-quick-exit = The Quick exit button at the top of every screen hides Harbour at once and shows a calculator. The Back button will not bring Harbour back. Anything you were typing is saved first.

## Discreet mode

privacy-discreet-title = Discreet mode
privacy-discreet = In discreet mode, Harbour shows the name “Calculator” and a calculator icon. Its first screen has no words about help or safety. The web address does not change. An icon you added to your home screen before keeps its old name.
privacy-discreet-on = Use discreet mode
privacy-discreet-off-code = Harbour has a lock code, so type it here before you turn discreet mode off.
discreet-name = Calculator
discreet-open = Open

## Lock code (PIN)

privacy-pin-title = Lock code
privacy-pin-intro = You can lock Harbour with a code of 4 to 12 digits. It is asked when Harbour opens, and after Harbour has been in the background for 2 minutes.
privacy-pin-protects = With a code, your trusted adults, plan, questions and settings are kept locked on the phone. Without the code, nobody can read them, even with your phone in their hands.
privacy-pin-limits = The code cannot stop someone who sees you type it, or who makes you tell them. It does not hide that Harbour is on the phone. Discreet mode helps with that.
privacy-pin-longer = A code of 6 digits or more is much harder to guess. Do not use your birthday.
privacy-pin-current = Your code now
privacy-pin-change = Change the code
privacy-pin-forget-warning = If you forget the code, the only way back in is to delete everything in Harbour. Nobody can reset it for you.
privacy-pin-new = New code
privacy-pin-confirm = Type the code again
privacy-pin-set = Lock with this code
privacy-pin-is-set = Harbour is locked with a code.
privacy-pin-remove = Remove the code
privacy-pin-saved = Saved. Harbour will ask for this code.
privacy-pin-removed = The code is removed.
pin-error-length = The code must have 4 to 12 digits.
pin-error-common = This code is too easy to guess. Choose another one.
pin-error-digits = Use only the digits 0 to 9.
pin-error-mismatch = The two codes are not the same.
pin-error-save = The code could not be saved. Please try again.

## Lock screen

lock-title = Enter your code
lock-code = Code
lock-open = Open
lock-wrong = That code is not right.
lock-wait = Too many tries. Try again in { $seconds } seconds.
lock-forgot = Forgot the code?
lock-forgot-explain = Without the code, the only way in is to delete everything saved in Harbour. That means trusted adults, your plan, questions and settings.

## Delete everything

privacy-wipe-title = Delete everything
privacy-wipe = This deletes everything Harbour saved on this phone: trusted adults, your safety plan, your questions and your settings. Harbour will be as new. This cannot be undone.
privacy-wipe-button = Delete everything
privacy-wipe-confirm = Are you sure? Everything will be deleted.
privacy-wipe-yes = Yes, delete everything
privacy-wipe-no = No, keep it
privacy-wipe-failed = Harbour could not delete everything. Close Harbour, open it again, and try once more.
privacy-outside = Harbour cannot delete what is kept outside it. Messages and calls you start from Harbour stay in your phone's Messages and call list. Your browser's history and your keyboard may also remember things. Delete them there if you need to.
