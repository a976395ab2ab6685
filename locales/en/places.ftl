## Home: the way into places near the young person

home-places = Places near me
home-places-hint = Drop-ins, youth clubs and help, with opening times

## The list of places

places-title = Places near me
places-example = Example places: these are not real places yet. Your key worker can tell you when places in your area are added.
places-search = Search places
places-category = Kind of place
places-category-all = All kinds
places-category-drop-in = Drop-in
places-category-youth-club = Youth club
places-category-cultural-centre = Community and culture
places-category-worship = Place of worship
places-category-legal-advice = Legal advice
places-category-health = Health
places-category-food = Food
places-category-other = Other help
places-open-now = Open now
places-free = Free only
places-language = Language spoken
places-language-any = Any language
places-found = Places found: { $count }
places-none = No places match. Try fewer filters.
places-show-more = Show more places
places-distance = { $km } km away
places-share-location = Show how far away places are
places-share-location-hint = Your location is used on this phone only. It is not kept or sent anywhere.
places-location-failed = Your location could not be found. Places are shown without distance.

## When a place is open

places-open-until = Open now, until { $time }
places-opens-today = Closed. Opens today at { $time }
places-opens-tomorrow = Closed. Opens tomorrow at { $time }
places-opens-day = Closed. Opens { $day } at { $time }
places-opens-date = Closed. Opens { $date } at { $time }
places-closed = Closed
places-hours-unknown = Opening times not known

## One place's page

place-back = All places
place-not-found = This place is not in Harbour's list any more.
place-hours = Opening times
place-hours-line = { $when }: { $opens } to { $closes }
place-when-fortnightly = { $days }, every other week
place-when-every-weeks = { $days }, every { $count } weeks
place-when-nth = the { $nth } { $day } of the month
place-when-month-days = day { $days } of the month
place-when-last-day = the last day of the month
place-nth-1 = first
place-nth-2 = second
place-nth-3 = third
place-nth-4 = fourth
place-nth-5 = fifth
place-nth-last = last
place-nth-second-last = second to last
place-hours-from = from { $date }
place-hours-to = until { $date }
place-address = Address
place-directions = Get directions
place-directions-hint = Opens a map app or website.
place-call = Call { $number }
place-website = Website
place-web-address = Website (not a safe link, so Harbour does not open it): { $address }
place-languages = Languages spoken
place-free = Free
place-costs = There may be a cost. Ask before you go.
place-ages = Ages { $min } to { $max }
place-age-min = Ages { $min } and over
place-age-max = Up to age { $max }

## Updating places and numbers

places-updated = Places and help numbers from { $date }
places-update = Check for new places and numbers
places-update-hint = This asks Harbour's server for your area's newest list. Only the name of your area is sent. Your name and what you saved are never sent.
places-update-checking = Checking…
places-update-done = Updated. Harbour now has { $count } places.
places-update-same = You already have the newest places and numbers.
places-update-offline = Harbour's server could not be reached. Your places and numbers are kept as they were.
places-update-server = Harbour's server did not send an update (error { $status }). Your places and numbers are kept as they were.
pack-error-not-pack = The update was not a Harbour list. Nothing was changed.
pack-error-signature = The update was not signed by Harbour, so it was refused. Nothing was changed.
pack-error-damaged = The update was damaged, so it was refused. Nothing was changed.
pack-error-format = The update needs a newer version of Harbour. Nothing was changed.
pack-error-older = The update was older than the list you have, so it was refused. Nothing was changed.
pack-error-area = The update was for another area, so it was refused. Nothing was changed.
kept-content-pack = Places and help numbers for your area
