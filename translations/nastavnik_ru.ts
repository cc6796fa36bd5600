<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Cli</name>
        <message>
            <source>Usage:
  nastavnik-cli demo DB
  nastavnik-cli import FILE.json DB
  nastavnik-cli export DB FILE.json
  nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] [--format text|json]
  nastavnik-cli workdays add DATE N
  nastavnik-cli render DB KIND ID OUT.(pdf|odt)
</source>
            <translation>Использование:
  nastavnik-cli demo БАЗА
  nastavnik-cli import ФАЙЛ.json БАЗА
  nastavnik-cli export БАЗА ФАЙЛ.json
  nastavnik-cli check (БАЗА | ФАЙЛ.json) [--profile ПРОФИЛЬ] [--today ГГГГ-ММ-ДД] [--format text|json]
  nastavnik-cli workdays add ДАТА N
  nastavnik-cli render БАЗА ВИД ID ВЫХОД.(pdf|odt)
</translation>
        </message>
        <message>
            <source>Unknown command «%1».</source>
            <translation>Неизвестная команда «%1».</translation>
        </message>
        <message>
            <source>demo: give the database file to create, e.g. nastavnik-cli demo demo.sqlite</source>
            <translation>demo: укажите файл создаваемой базы, например: nastavnik-cli demo demo.sqlite</translation>
        </message>
        <message>
            <source>demo: «%1» already exists. The demo is only written to a new file: choose another name or delete the file first.</source>
            <translation>demo: файл «%1» уже существует. Демонстрационная база записывается только в новый файл: выберите другое имя или сначала удалите этот файл.</translation>
        </message>
        <message numerus="yes">
            <source>Demo database written to «%1»: %n people</source>
            <translation>
                <numerusform>Демонстрационная база записана в «%1»: %n человек</numerusform>
                <numerusform>Демонстрационная база записана в «%1»: %n человека</numerusform>
                <numerusform>Демонстрационная база записана в «%1»: %n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n pairs.</source>
            <translation>
                <numerusform>, %n пара.</numerusform>
                <numerusform>, %n пары.</numerusform>
                <numerusform>, %n пар.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was chosen. Choose a file or create a new database.</source>
            <translation>Файл базы данных не выбран. Выберите файл или создайте новую базу.</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a database file. Choose a file with the extension .sqlite.</source>
            <translation>«%1» — это папка, а не файл базы данных. Выберите файл с расширением .sqlite.</translation>
        </message>
        <message>
            <source>The database file «%1» does not exist. It may have been moved or deleted: open it from its new place, or create a new database.</source>
            <translation>Файл базы данных «%1» не найден. Возможно, он перемещён или удалён: откройте его из нового места или создайте новую базу.</translation>
        </message>
        <message>
            <source>The folder «%1» could not be created. Choose a folder where you may write.</source>
            <translation>Не удалось создать папку «%1». Выберите папку, в которую у вас есть право записи.</translation>
        </message>
        <message>
            <source>The database file «%1» could not be created: %2. Choose a folder where you may write.</source>
            <translation>Не удалось создать файл базы данных «%1»: %2. Выберите папку, в которую у вас есть право записи.</translation>
        </message>
        <message>
            <source>The file «%1» cannot be read: %2. Check that you have access to it.</source>
            <translation>Не удалось прочитать файл «%1»: %2. Проверьте, что у вас есть доступ к нему.</translation>
        </message>
        <message>
            <source>«%1» is not a Nastavnik database (it is not an SQLite file). Choose the .sqlite file of your database, or create a new one.</source>
            <translation>«%1» — не база данных «Наставника» (это не файл SQLite). Выберите файл .sqlite вашей базы или создайте новую.</translation>
        </message>
        <message>
            <source>The database «%1» is read-only%2, so changes could not be saved. Copy the file to a folder where you may write (for example, Documents) and open the copy, or ask your administrator for write access.</source>
            <translation>База данных «%1» доступна только для чтения%2, поэтому изменения нельзя было бы сохранить. Скопируйте файл в папку, куда у вас есть право записи (например, «Документы»), и откройте копию, или попросите администратора дать право записи.</translation>
        </message>
        <message>
            <source> (its folder does not allow writing)</source>
            <translation> (в её папку запрещена запись)</translation>
        </message>
        <message>
            <source>The database «%1» is already open in another window of Nastavnik (process %2 on computer «%3»). Close it there first, then open the file again.</source>
            <translation>База данных «%1» уже открыта в другом окне «Наставника» (процесс %2 на компьютере «%3»). Сначала закройте её там, затем откройте файл снова.</translation>
        </message>
        <message>
            <source>The database «%1» could not be opened: %2</source>
            <translation>Не удалось открыть базу данных «%1»: %2</translation>
        </message>
        <message>
            <source>The database «%1» needs an update to this version of Nastavnik, but the safety copy could not be written, so nothing was changed. %2</source>
            <translation>Базу данных «%1» нужно обновить для этой версии «Наставника», но не удалось записать страховочную копию, поэтому ничего не изменено. %2</translation>
        </message>
        <message>
            <source>The database «%1» is locked by another program. Close the other program that uses it, then open the file again.</source>
            <translation>База данных «%1» заблокирована другой программой. Закройте программу, которая её использует, и откройте файл снова.</translation>
        </message>
        <message>
            <source>«%1» is not a Nastavnik database (the file is not a readable SQLite database). Choose the .sqlite file of your database.</source>
            <translation>«%1» — не база данных «Наставника» (файл не является читаемой базой SQLite). Выберите файл .sqlite вашей базы.</translation>
        </message>
        <message>
            <source>The database «%1» is read-only. Copy it to a folder where you may write and open the copy.</source>
            <translation>База данных «%1» доступна только для чтения. Скопируйте её в папку, куда у вас есть право записи, и откройте копию.</translation>
        </message>
        <message>
            <source>The database «%1» is damaged and cannot be read (%2). Open the latest automatic backup from the folder «%3», or restore the file from your own copy.</source>
            <translation>База данных «%1» повреждена и не читается (%2). Откройте последнюю автоматическую резервную копию из папки «%3» или восстановите файл из своей копии.</translation>
        </message>
        <message>
            <source>«%1» is an SQLite database of another program, not of Nastavnik. Choose the .sqlite file of your Nastavnik database, or create a new one.</source>
            <translation>«%1» — база данных SQLite другой программы, а не «Наставника». Выберите файл .sqlite вашей базы «Наставника» или создайте новую.</translation>
        </message>
        <message>
            <source>The database «%1» was written by a newer version of Nastavnik (schema %2; this version knows up to %3). Install the newer version to open it. The file was not changed.</source>
            <translation>База данных «%1» записана более новой версией «Наставника» (схема %2; эта версия знает схемы до %3). Установите новую версию, чтобы открыть её. Файл не изменён.</translation>
        </message>
        <message>
            <source>The database «%1» is damaged (%2). Open the latest automatic backup from the folder «%3», or restore the file from your own copy.</source>
            <translation>База данных «%1» повреждена (%2). Откройте последнюю автоматическую резервную копию из папки «%3» или восстановите файл из своей копии.</translation>
        </message>
        <message>
            <source>The schema update «%1» is missing from this build.</source>
            <translation>В этой сборке отсутствует обновление схемы «%1».</translation>
        </message>
        <message>
            <source>The database «%1» could not be updated to schema %2 (%3: %4). Nothing was changed; the file is as it was.</source>
            <translation>Не удалось обновить базу данных «%1» до схемы %2 (%3: %4). Ничего не изменено, файл остался прежним.</translation>
        </message>
        <message>
            <source>The database «%1» could not be updated to schema %2: its references do not match. Nothing was changed.</source>
            <translation>Не удалось обновить базу данных «%1» до схемы %2: нарушены связи между записями. Ничего не изменено.</translation>
        </message>
        <message>
            <source>The old copy «%1» could not be replaced.</source>
            <translation>Не удалось заменить старую копию «%1».</translation>
        </message>
        <message>
            <source>The copy «%1» could not be written: %2</source>
            <translation>Не удалось записать копию «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>DatasetRepository</name>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>people</source>
            <translation>участники</translation>
        </message>
        <message>
            <source>documents of people</source>
            <translation>документы участников</translation>
        </message>
        <message>
            <source>consents</source>
            <translation>согласия</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>приказы</translation>
        </message>
        <message>
            <source>orders' pairs</source>
            <translation>пары в приказах</translation>
        </message>
        <message>
            <source>orders' people</source>
            <translation>участники в приказах</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>пары</translation>
        </message>
        <message>
            <source>mentees of pairs</source>
            <translation>наставляемые в парах</translation>
        </message>
        <message>
            <source>events of pairs</source>
            <translation>события пар</translation>
        </message>
        <message>
            <source>plans</source>
            <translation>индивидуальные планы</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>встречи</translation>
        </message>
        <message>
            <source>The data could not be saved (%1): %2</source>
            <translation>Не удалось сохранить данные (%1): %2</translation>
        </message>
        <message>
            <source>The data could not be read (%1): %2</source>
            <translation>Не удалось прочитать данные (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>OrganizationRepository</name>
        <message>
            <source>The organisation's settings could not be read: %1</source>
            <translation>Не удалось прочитать сведения об организации: %1</translation>
        </message>
        <message>
            <source>Choose the provision profile the organisation works under.</source>
            <translation>Выберите профиль положения, по которому работает организация.</translation>
        </message>
        <message>
            <source>The head «%1» is not in the database.</source>
            <translation>Руководителя «%1» нет в базе.</translation>
        </message>
        <message>
            <source>The curator «%1» is not in the database.</source>
            <translation>Куратора «%1» нет в базе.</translation>
        </message>
        <message>
            <source>The organisation's settings could not be saved: %1</source>
            <translation>Не удалось сохранить сведения об организации: %1</translation>
        </message>
    </context>
    <context>
        <name>PeopleRepository</name>
        <message>
            <source>The person could not be read: %1</source>
            <translation>Не удалось прочитать карточку участника: %1</translation>
        </message>
        <message>
            <source>The person «%1» is not in the database (it may have been deleted).</source>
            <translation>Участника «%1» нет в базе (возможно, он удалён).</translation>
        </message>
        <message>
            <source>The person's documents could not be read: %1</source>
            <translation>Не удалось прочитать документы участника: %1</translation>
        </message>
        <message>
            <source>The surname is empty.</source>
            <translation>Не указана фамилия.</translation>
        </message>
        <message>
            <source>The birth date %1 is in the future.</source>
            <translation>Дата рождения %1 ещё не наступила.</translation>
        </message>
        <message>
            <source>The birth date %1 is before 1900.</source>
            <translation>Дата рождения %1 раньше 1900 года.</translation>
        </message>
        <message>
            <source>The kind of person «%1» is unknown.</source>
            <translation>Неизвестная категория участника «%1».</translation>
        </message>
        <message>
            <source>The gender must be «m», «f» or empty.</source>
            <translation>Пол должен быть «m», «f» или не указан.</translation>
        </message>
        <message>
            <source>A person cannot be their own supervisor.</source>
            <translation>Участник не может быть своим непосредственным руководителем.</translation>
        </message>
        <message>
            <source>The supervisor «%1» is not in the database.</source>
            <translation>Руководителя «%1» нет в базе.</translation>
        </message>
        <message>
            <source>Years of experience must be between 0 and 80.</source>
            <translation>Стаж должен быть от 0 до 80 лет.</translation>
        </message>
        <message>
            <source>The mentee category «%1» is unknown.</source>
            <translation>Неизвестная категория наставляемого «%1».</translation>
        </message>
        <message>
            <source>The e-mail «%1» does not look like an address (name@example.ru).</source>
            <translation>«%1» не похож на адрес электронной почты (имя@example.ru).</translation>
        </message>
        <message>
            <source>The document type «%1» is unknown.</source>
            <translation>Неизвестный вид документа «%1».</translation>
        </message>
        <message>
            <source>«%1»: valid until %2 is before the issue date %3.</source>
            <translation>«%1»: срок действия до %2 раньше даты выдачи %3.</translation>
        </message>
        <message>
            <source>«%1»: the issue date %2 is too far in the future.</source>
            <translation>«%1»: дата выдачи %2 слишком далеко в будущем.</translation>
        </message>
        <message>
            <source>«%1» could not be saved: %2</source>
            <translation>Не удалось сохранить «%1»: %2</translation>
        </message>
        <message>
            <source>The documents of «%1» could not be saved: %2</source>
            <translation>Не удалось сохранить документы участника «%1»: %2</translation>
        </message>
        <message>
            <source>The consent type «%1» is unknown.</source>
            <translation>Неизвестный вид согласия «%1».</translation>
        </message>
        <message>
            <source>«%1»: the date of signing is missing.</source>
            <translation>«%1»: не указана дата подписания.</translation>
        </message>
        <message>
            <source>«%1»: the date of signing %2 is in the future.</source>
            <translation>«%1»: дата подписания %2 ещё не наступила.</translation>
        </message>
        <message>
            <source>«%1»: withdrawn on %2, before it was signed on %3.</source>
            <translation>«%1»: отозвано %2, раньше даты подписания %3.</translation>
        </message>
        <message>
            <source>«%1»: the signer «%2» is not in the database.</source>
            <translation>«%1»: подписавшего «%2» нет в базе.</translation>
        </message>
        <message>
            <source>A consent could not be removed: %1</source>
            <translation>Не удалось удалить согласие: %1</translation>
        </message>
        <message>
            <source>A consent could not be saved: %1</source>
            <translation>Не удалось сохранить согласие: %1</translation>
        </message>
        <message>
            <source>mentor of pair %1</source>
            <translation>наставник в паре %1</translation>
        </message>
        <message>
            <source>mentee in pair %1</source>
            <translation>наставляемый в паре %1</translation>
        </message>
        <message>
            <source>signed a consent for %1</source>
            <translation>подписал(а) согласие за участника %1</translation>
        </message>
        <message>
            <source>supervisor of %1</source>
            <translation>непосредственный руководитель участника %1</translation>
        </message>
        <message>
            <source>head of the organisation</source>
            <translation>руководитель организации</translation>
        </message>
        <message>
            <source>curator of the programme</source>
            <translation>куратор программы наставничества</translation>
        </message>
        <message>
            <source>named in order № %1</source>
            <translation>указан(а) в приказе № %1</translation>
        </message>
        <message>
            <source>This person cannot be deleted because the records refer to them: %1. Archive the person instead: they disappear from the lists but the history stays intact.</source>
            <translation>Этого участника нельзя удалить: на него ссылаются записи (%1). Переведите его в архив: он исчезнет из списков, а история сохранится.</translation>
        </message>
        <message>
            <source>The person could not be deleted: %1</source>
            <translation>Не удалось удалить участника: %1</translation>
        </message>
        <message>
            <source>The person could not be archived: %1</source>
            <translation>Не удалось перевести участника в архив: %1</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>Could not start saving: %1</source>
            <translation>Не удалось начать сохранение: %1</translation>
        </message>
        <message>
            <source>Nothing to save: the change was already undone.</source>
            <translation>Нечего сохранять: изменение уже отменено.</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>Не удалось сохранить изменение: %1</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Pupil</source>
            <translation>Обучающийся</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Студент</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Педагог</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Родитель (законный представитель)</translation>
        </message>
        <message>
            <source>Graduate</source>
            <translation>Выпускник</translation>
        </message>
        <message>
            <source>Employer's staff</source>
            <translation>Сотрудник предприятия</translation>
        </message>
        <message>
            <source>Entrepreneur</source>
            <translation>Предприниматель</translation>
        </message>
        <message>
            <source>Veteran of teaching</source>
            <translation>Ветеран педагогического труда</translation>
        </message>
        <message>
            <source>Civil servant</source>
            <translation>Гражданский служащий</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Status «Mentor»</source>
            <translation>Статус «Ментор»</translation>
        </message>
        <message>
            <source>Tutor certificate</source>
            <translation>Удостоверение тьютора</translation>
        </message>
        <message>
            <source>Coach training</source>
            <translation>Подготовка коуча</translation>
        </message>
        <message>
            <source>Certificate of no criminal record</source>
            <translation>Справка об отсутствии судимости</translation>
        </message>
        <message>
            <source>Medical certificate</source>
            <translation>Медицинская справка</translation>
        </message>
        <message>
            <source>Cooperation agreement</source>
            <translation>Договор о сотрудничестве</translation>
        </message>
        <message>
            <source>Supplementary agreement (Labour Code art. 351.8)</source>
            <translation>Дополнительное соглашение (ст. 351.8 ТК РФ)</translation>
        </message>
        <message>
            <source>Processing of personal data</source>
            <translation>На обработку персональных данных</translation>
        </message>
        <message>
            <source>Publication of personal data</source>
            <translation>На распространение (публикацию) персональных данных</translation>
        </message>
        <message>
            <source>Consent to act as a mentor</source>
            <translation>На осуществление наставничества</translation>
        </message>
        <message>
            <source>Pupil – pupil</source>
            <translation>Ученик – ученик</translation>
        </message>
        <message>
            <source>Teacher – teacher</source>
            <translation>Учитель – учитель</translation>
        </message>
        <message>
            <source>Student – pupil</source>
            <translation>Студент – ученик</translation>
        </message>
        <message>
            <source>Employer – pupil</source>
            <translation>Работодатель – ученик</translation>
        </message>
        <message>
            <source>Employer – student</source>
            <translation>Работодатель – студент</translation>
        </message>
        <message>
            <source>Teacher – pupil</source>
            <translation>Учитель – ученик</translation>
        </message>
        <message>
            <source>Traditional mentoring</source>
            <translation>Традиционное наставничество</translation>
        </message>
        <message>
            <source>Mentoring (mentor – mentee)</source>
            <translation>Менторство</translation>
        </message>
        <message>
            <source>Tutoring</source>
            <translation>Тьюторство</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Коучинг</translation>
        </message>
        <message>
            <source>Mentoring in the civil service</source>
            <translation>Наставничество на гражданской службе</translation>
        </message>
        <message>
            <source>Mentoring of the management reserve</source>
            <translation>Наставничество в резерве управленческих кадров</translation>
        </message>
        <message>
            <source>The mentor's employment ended</source>
            <translation>Прекращение наставником трудовых отношений</translation>
        </message>
        <message>
            <source>Psychological incompatibility</source>
            <translation>Психологическая несовместимость наставника и наставляемого</translation>
        </message>
        <message>
            <source>The mentor systematically fails their duties</source>
            <translation>Систематическое неисполнение наставником своих обязанностей</translation>
        </message>
        <message>
            <source>Disciplinary action against the mentor</source>
            <translation>Привлечение наставника к дисциплинарной ответственности</translation>
        </message>
        <message>
            <source>A justified request of the mentor or the mentee</source>
            <translation>Обоснованная просьба наставника или наставляемого</translation>
        </message>
        <message>
            <source>Temporary incapacity for work</source>
            <translation>Временная нетрудоспособность</translation>
        </message>
        <message>
            <source>Business trip</source>
            <translation>Командировка</translation>
        </message>
        <message>
            <source>Other long absence for a good reason</source>
            <translation>Иное продолжительное отсутствие по уважительной причине</translation>
        </message>
        <message>
            <source>The mentor</source>
            <translation>Наставник</translation>
        </message>
        <message>
            <source>The employer</source>
            <translation>Работодатель</translation>
        </message>
        <message>
            <source>Agreement of the parties</source>
            <translation>Соглашение сторон</translation>
        </message>
        <message>
            <source>Appointment of the curator</source>
            <translation>О назначении куратора</translation>
        </message>
        <message>
            <source>Approval of the roadmap</source>
            <translation>Об утверждении дорожной карты</translation>
        </message>
        <message>
            <source>Approval of pairs and groups</source>
            <translation>Об утверждении наставнических пар и групп</translation>
        </message>
        <message>
            <source>Replacement of a mentor</source>
            <translation>О замене наставника</translation>
        </message>
        <message>
            <source>Extension of mentoring</source>
            <translation>О продлении срока наставничества</translation>
        </message>
        <message>
            <source>Early completion of mentoring</source>
            <translation>О досрочном завершении наставничества</translation>
        </message>
        <message>
            <source>Rewards to participants</source>
            <translation>О поощрении участников</translation>
        </message>
        <message>
            <source>Conduct of the final event</source>
            <translation>О проведении итогового мероприятия</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписан</translation>
        </message>
        <message>
            <source>Replacement of the mentor</source>
            <translation>Замена наставника</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Продление</translation>
        </message>
        <message>
            <source>Early completion</source>
            <translation>Досрочное завершение</translation>
        </message>
        <message>
            <source>First (organisational) meeting</source>
            <translation>Первая (организационная) встреча</translation>
        </message>
        <message>
            <source>Trial (working) meeting</source>
            <translation>Пробная (рабочая) встреча</translation>
        </message>
        <message>
            <source>Planning meeting</source>
            <translation>Встреча-планирование</translation>
        </message>
        <message>
            <source>Regular meeting</source>
            <translation>Регулярная встреча</translation>
        </message>
        <message>
            <source>Final meeting</source>
            <translation>Заключительная встреча</translation>
        </message>
        <message>
            <source>Shows outstanding abilities</source>
            <translation>Проявляет выдающиеся способности</translation>
        </message>
        <message>
            <source>Unsatisfactory results</source>
            <translation>Неудовлетворительные образовательные результаты</translation>
        </message>
        <message>
            <source>Special educational needs</source>
            <translation>Ограниченные возможности здоровья</translation>
        </message>
        <message>
            <source>In a difficult life situation</source>
            <translation>Трудная жизненная ситуация</translation>
        </message>
        <message>
            <source>Behaviour problems</source>
            <translation>Проблемы с поведением</translation>
        </message>
        <message>
            <source>Not involved in school life</source>
            <translation>Не участвует в жизни школы</translation>
        </message>
        <message>
            <source>Young specialist</source>
            <translation>Молодой специалист</translation>
        </message>
        <message>
            <source>Emotional burnout</source>
            <translation>Эмоциональное выгорание</translation>
        </message>
        <message>
            <source>Adapting to a new workplace</source>
            <translation>Адаптация на новом месте работы</translation>
        </message>
        <message>
            <source>Wants to master digital skills</source>
            <translation>Хочет освоить цифровые навыки</translation>
        </message>
        <message>
            <source>Newly appointed</source>
            <translation>Вновь назначенный</translation>
        </message>
        <message>
            <source>In the management reserve</source>
            <translation>В резерве управленческих кадров</translation>
        </message>
        <message>
            <source>Manager with under 3 years' experience</source>
            <translation>Руководитель со стажем до 3 лет</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
    </context>
</TS>
