## Safety plan screen

plan-title = My safety plan
plan-intro = Your plan, in your words. It stays on this phone and is saved as soon as you change it.
plan-section-leaving = When I feel like leaving
plan-section-helps = Things that help me
plan-section-safe-places = People and places where I feel safe
plan-section-ask-for-help = Who I can ask for help
plan-section-if-missing = If I go missing: how I stay safe
plan-section-phone-taken = If someone takes my phone
plan-empty = Nothing here yet.
plan-add-label = Add to “{ $section }”
plan-add = Add
plan-edit = Change “{ $item }”
plan-edit-label = Change this line
plan-save = Save
plan-cancel = Cancel
plan-delete = Delete “{ $item }”
plan-move-up = Move “{ $item }” up
plan-move-down = Move “{ $item }” down
plan-saved = Saved.
plan-suggestion = Suggestion: keep it, change it or delete it.
plan-error-empty = Write something first.
plan-error-too-long = This is too long. Please use at most { $max } letters.
plan-error-save = This could not be saved. Please try again.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = I cannot sleep and keep thinking about my case.
plan-starter-leaving-2 = Someone I do not trust keeps messaging me.
plan-starter-helps-1 = Listening to music.
plan-starter-helps-2 = Going for a walk or playing football.
plan-starter-safe-places-1 = The youth club.
plan-starter-ask-for-help-1 = My social worker.
plan-starter-ask-for-help-2 = Childline, 0800 1111: free, for anyone under 19.
plan-starter-if-missing-1 = Charge my phone before I go out.
plan-starter-if-missing-2 = Know 116 000 by heart: the Runaway Helpline, free to call or text.
plan-starter-if-missing-3 = If I am in danger, call 999.
plan-starter-phone-taken-1 = Write my social worker’s number on paper and keep it with me.
plan-starter-phone-taken-2 = A phone with a SIM card can call 999, even if it is locked or has no credit.
