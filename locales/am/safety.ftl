## "When I come back" card

card-return-title = ስትመለስ
card-return-intro = መጥፋት ወንጀል አይደለም። ሰዎች ደህና መሆንህን ማወቅ ይፈልጋሉ።
card-return-safe-well = ፖሊስ ደህና እና ጤነኛ መሆንህን ለማረጋገጥ ሊያይህ ይፈልጋል። ይህ «safe and well check» ይባላል።
card-return-interview = ከማይንከባከብህ ሰው ጋር እንድትነጋገር ይቀርብልሃል። ይህ «return interview» (የመመለሻ ቃለ መጠይቅ) ይባላል። በስኮትላንድ «return discussion» ይባላል። ከተመለስክ በ72 ሰዓታት (3 ቀናት) ውስጥ መሆን አለበት። አስተርጓሚ መጠየቅ ትችላለህ።
card-return-why = በመመለሻ ቃለ መጠይቁ ለምን እንደሄድክ፣ እና ደህንነት እንዲሰማህ ምን እንደሚረዳህ መናገር ትችላለህ።
card-return-decline = የመመለሻ ቃለ መጠይቁን እምቢ ማለት ትችላለህ።
card-return-info = እንደገና ከሄድክ እንዴት ደህና መሆን እንደምትችል፣ እና የትኞቹን የእርዳታ መስመሮች መደወል እንደምትችል ሊነገርህ ይገባል።

## "Staying safe" card

card-safe-title = ደህና መሆን
card-safe-signs-title = ብዝበዛ ምን ሊመስል ይችላል
card-safe-sign-debt = አንድ ሰው ገንዘብ እንዳለብህ ይነግርሃል፣ ለምሳሌ ለጉዞህ፣ ለስልክ ወይም ለምግብ፣ እና ለመክፈል እንድትሠራ ይነግርሃል።
card-safe-sign-keeping = አንድ ሰው ወረቀቶችህን፣ ገንዘብህን ወይም ስልክህን ይዞብሃል።
card-safe-sign-moved = ከቦታ ወደ ቦታ ትዘዋወራለህ፣ ወይም ወደ ሌሎች ከተሞች ትወሰዳለህ።
card-safe-sign-distrust = አንድ ሰው ፖሊስ ወይም ማህበራዊ ሰራተኛህ እንደሚጎዱህ እና ልታምናቸው እንደማይገባ ይነግርሃል።
card-safe-relationships-title = ደህንነቱ የተጠበቀ ግንኙነት
card-safe-gifts = በደንብ ከማታውቀው ሰው የሚመጣ ስጦታ፣ ገንዘብ ወይም ስልክ አንተን ለመቆጣጠር የሚያገለግል «ዕዳ» ሊሆን ይችላል።
card-safe-talk = እንደዚህ ያለ ነገር እየደረሰብህ ከሆነ ጥፋቱ ያንተ አይደለም። ከማህበራዊ ሰራተኛህ ጋር መነጋገር፣ ወይም ለሸሹ ወጣቶች የእርዳታ መስመር በ116 000 መደወል ትችላለህ።
card-safe-stay-away-title = አንድ ሰው ርቄ እንድቆይ እያስገደደኝ ነው
card-safe-stay-away = አንድ ሰው ርቀህ እንድትቆይ እያስገደደህ ከሆነ፣ ይህ ከባድ ነው። ይህን የሚያደርገው ሰው ምናልባት ሕግ እየጣሰ ነው። ጥፋቱ ያንተ አይደለም።
card-safe-stay-away-helpline = ለሸሹ ወጣቶች የእርዳታ መስመር ደህና እንድትሆን ሊረዳህ ይችላል: ወደ 116 000 ደውል ወይም መልእክት ላክ። ነጻ ነው።
card-safe-stay-away-danger = አሁን አደጋ ላይ ከሆንክ ወደ 999 ደውል።
