<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Inventaris: the asset register of a Bagian Umum. Without a verb the window opens.</source>
        <translation>Inventaris: the asset register of a Bagian Umum. Without a verb the window opens.</translation>
    </message>
    <message>
        <source>database: sqlite:///file.db or postgresql://user@server/name (default: INVENTARIS_DB, then the saved setting, then a file in the data folder)</source>
        <translation>database: sqlite:///file.db or postgresql://user@server/name (default: INVENTARIS_DB, then the saved setting, then a file in the data folder)</translation>
    </message>
    <message>
        <source>language: id (default) or en</source>
        <translation>language: id (default) or en</translation>
    </message>
    <message>
        <source>print the version and stop</source>
        <translation>print the version and stop</translation>
    </message>
    <message>
        <source>VERB</source>
        <translation>VERB</translation>
    </message>
    <message>
        <source>verbs</source>
        <translation>verbs</translation>
    </message>
    <message>
        <source>fill an empty database with a demo office</source>
        <translation>fill an empty database with a demo office</translation>
    </message>
    <message>
        <source>number of assets (≤ 100000)</source>
        <translation>number of assets (≤ 100000)</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation>the same seed gives the same data</translation>
    </message>
    <message>
        <source>bring the database to this version's schema (with backup)</source>
        <translation>bring the database to this version's schema (with backup)</translation>
    </message>
    <message>
        <source>show the database, its schema version and its contents</source>
        <translation>show the database, its schema version and its contents</translation>
    </message>
    <message>
        <source>check the --db database and make it this PC's default</source>
        <translation>check the --db database and make it this PC's default</translation>
    </message>
    <message>
        <source>add a user account (asks for the password)</source>
        <translation>add a user account (asks for the password)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>NIP, 18 digits</source>
        <translation>NIP, 18 digits</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>read the password from standard input</translation>
    </message>
    <message>
        <source>Backup before upgrading: {path}</source>
        <translation>Backup before upgrading: {path}</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Demo office ready in {url}: {assets} assets, {rooms} rooms, {vehicles} vehicles, {residences} residences.</source>
        <translation>Demo office ready in {url}: {assets} assets, {rooms} rooms, {vehicles} vehicles, {residences} residences.</translation>
    </message>
    <message>
        <source>Demo accounts (password {password}):</source>
        <translation>Demo accounts (password {password}):</translation>
    </message>
    <message>
        <source>{url} is at schema {revision}.</source>
        <translation>{url} is at schema {revision}.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>Schema: {revision}</source>
        <translation>Schema: {revision}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>Assets: {assets}, rooms: {rooms}, users: {users}</source>
        <translation>Assets: {assets}, rooms: {rooms}, users: {users}</translation>
    </message>
    <message>
        <source>Specify the database with --db URL.</source>
        <translation>Specify the database with --db URL.</translation>
    </message>
    <message>
        <source>This PC now opens {url}.</source>
        <translation>This PC now opens {url}.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>Repeat password: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>User {username} created.</source>
        <translation>User {username} created.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (WIB)</source>
        <translation>When (WIB)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>logged in</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>demo data loaded</source>
        <translation>demo data loaded</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Regency settings</source>
        <translation>Regency settings</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Useful life</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Asset history</source>
        <translation>Asset history</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Asset code</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Active assets</source>
        <translation>Active assets</translation>
    </message>
    <message>
        <source>Acquisition value</source>
        <translation>Acquisition value</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Official residences</source>
        <translation>Official residences</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>Nothing needs attention right now.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account is locked after {count} wrong passwords. Try again after {time} WIB or ask an Admin to unlock it.</source>
        <translation>This account is locked after {count} wrong passwords. Try again after {time} WIB or ask an Admin to unlock it.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an Admin.</source>
        <translation>This account is deactivated. Ask an Admin.</translation>
    </message>
    <message>
        <source>{label}: use at least {minimum} characters.</source>
        <translation>{label}: use at least {minimum} characters.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>User name: use 3 to 32 lower-case letters, digits, dots or hyphens ("{value}" is not).</source>
        <translation>User name: use 3 to 32 lower-case letters, digits, dots or hyphens ("{value}" is not).</translation>
    </message>
    <message>
        <source>User name: "{value}" is already in use.</source>
        <translation>User name: "{value}" is already in use.</translation>
    </message>
    <message>
        <source>This database already has accounts; log in with one of them.</source>
        <translation>This database already has accounts; log in with one of them.</translation>
    </message>
    <message>
        <source>The user account {id} does not exist.</source>
        <translation>The user account {id} does not exist.</translation>
    </message>
    <message>
        <source>At least one active Admin must remain; {name} is the last one.</source>
        <translation>At least one active Admin must remain; {name} is the last one.</translation>
    </message>
    <message>
        <source>Role: "{value}" is not a role.</source>
        <translation>Role: "{value}" is not a role.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The office settings are incomplete (regency, city, unit or kode lokasi): reports and labels need them.</source>
        <translation>The office settings are incomplete (regency, city, unit or kode lokasi): reports and labels need them.</translation>
    </message>
    <message>
        <source>The database address "{url}" is not valid. Use sqlite:///path/to/file.db or postgresql://user@server/database.</source>
        <translation>The database address "{url}" is not valid. Use sqlite:///path/to/file.db or postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>This installation cannot open {url}: the database driver is missing ({detail}).</source>
        <translation>This installation cannot open {url}: the database driver is missing ({detail}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so the database file cannot be created there.</source>
        <translation>The folder {folder} does not exist, so the database file cannot be created there.</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened: {detail}</source>
        <translation>The database {url} cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>The file {url} is not an Inventaris database or is damaged. Nothing was changed; restore a backup from {backups}.</source>
        <translation>The file {url} is not an Inventaris database or is damaged. Nothing was changed; restore a backup from {backups}.</translation>
    </message>
    <message>
        <source>The database {url} is busy: another program holds it locked. Close that program and try again.</source>
        <translation>The database {url} is busy: another program holds it locked. Close that program and try again.</translation>
    </message>
    <message>
        <source>The database {url} can only be read (no write permission on the file or folder).</source>
        <translation>The database {url} can only be read (no write permission on the file or folder).</translation>
    </message>
    <message>
        <source>The database server for {url} does not answer or refused the login. Check the address, user and password, and that the server is running.</source>
        <translation>The database server for {url} does not answer or refused the login. Check the address, user and password, and that the server is running.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database; {url} already has accounts or assets. Use a new file, e.g. --db sqlite:///demo.db.</source>
        <translation>Demo data goes only into an empty database; {url} already has accounts or assets. Use a new file, e.g. --db sqlite:///demo.db.</translation>
    </message>
    <message>
        <source>Number of assets: choose from 0 to {maximum} (not {value}).</source>
        <translation>Number of assets: choose from 0 to {maximum} (not {value}).</translation>
    </message>
    <message>
        <source>{label}: a NIP has 18 digits (birth date, appointment year and month, sex, sequence).</source>
        <translation>{label}: a NIP has 18 digits (birth date, appointment year and month, sex, sequence).</translation>
    </message>
    <message>
        <source>{label}: NIP {nip} does not start with a valid birth date and appointment year and month.</source>
        <translation>{label}: NIP {nip} does not start with a valid birth date and appointment year and month.</translation>
    </message>
    <message>
        <source>{label}: digit 15 of a NIP is 1 (male) or 2 (female), not {digit}.</source>
        <translation>{label}: digit 15 of a NIP is 1 (male) or 2 (female), not {digit}.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <source>Paper size: choose A4 or F4.</source>
        <translation>Paper size: choose A4 or F4.</translation>
    </message>
    <message>
        <source>Kode lokasi: use digits separated by dots, e.g. 12.05.01.02.01 ("{value}" is not).</source>
        <translation>Kode lokasi: use digits separated by dots, e.g. 12.05.01.02.01 ("{value}" is not).</translation>
    </message>
    <message>
        <source>Logo: use a PNG picture of at most 1 MB.</source>
        <translation>Logo: use a PNG picture of at most 1 MB.</translation>
    </message>
    <message>
        <source>Useful life, row {row}: "{value}" is not a code prefix such as 1.3.2.10.</source>
        <translation>Useful life, row {row}: "{value}" is not a code prefix such as 1.3.2.10.</translation>
    </message>
    <message>
        <source>Useful life, row {row}: the years must be a whole number from 1 to 100.</source>
        <translation>Useful life, row {row}: the years must be a whole number from 1 to 100.</translation>
    </message>
    <message>
        <source>Useful life, row {row}: the prefix {value} is listed twice.</source>
        <translation>Useful life, row {row}: the prefix {value} is listed twice.</translation>
    </message>
    <message>
        <source>Someone else saved these settings after you opened them. Reload to see their changes, then make yours again.</source>
        <translation>Someone else saved these settings after you opened them. Reload to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>The unit {id} does not exist.</source>
        <translation>The unit {id} does not exist.</translation>
    </message>
    <message>
        <source>Regency name</source>
        <translation>Regency name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>NIP of the head of the unit</source>
        <translation>NIP of the head of the unit</translation>
    </message>
    <message>
        <source>NIP of the Pengurus Barang</source>
        <translation>NIP of the Pengurus Barang</translation>
    </message>
    <message>
        <source>Capitalisation threshold, equipment</source>
        <translation>Capitalisation threshold, equipment</translation>
    </message>
    <message>
        <source>Capitalisation threshold, buildings</source>
        <translation>Capitalisation threshold, buildings</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Pengurus Barang</source>
        <translation>Pengurus Barang</translation>
    </message>
    <message>
        <source>Koordinator Pengemudi</source>
        <translation>Koordinator Pengemudi</translation>
    </message>
    <message>
        <source>Staf Sekretariat</source>
        <translation>Staf Sekretariat</translation>
    </message>
    <message>
        <source>Pimpinan (read only)</source>
        <translation>Pimpinan (read only)</translation>
    </message>
    <message>
        <source>view the data</source>
        <translation>view the data</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>change the office settings</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>change the asset register</source>
        <translation>change the asset register</translation>
    </message>
    <message>
        <source>change the vehicle log</source>
        <translation>change the vehicle log</translation>
    </message>
    <message>
        <source>book meeting rooms</source>
        <translation>book meeting rooms</translation>
    </message>
    <message>
        <source>confirm bookings</source>
        <translation>confirm bookings</translation>
    </message>
    <message>
        <source>change official residences</source>
        <translation>change official residences</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>load demo data</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}.</source>
        <translation>Your role ({role}) may not {action}.</translation>
    </message>
    <message>
        <source>The database {url} was made by a newer version of Inventaris (schema {revision}). Install that version; this one changes nothing.</source>
        <translation>The database {url} was made by a newer version of Inventaris (schema {revision}). Install that version; this one changes nothing.</translation>
    </message>
    <message>
        <source>The database {url} already holds tables that are not Inventaris's. Choose an empty database or an Inventaris one.</source>
        <translation>The database {url} already holds tables that are not Inventaris's. Choose an empty database or an Inventaris one.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong; the details are written to {path}. Please tell your Admin.</source>
        <translation>Something unexpected went wrong; the details are written to {path}. Please tell your Admin.</translation>
    </message>
    <message>
        <source>Inventaris</source>
        <translation>Inventaris</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to Inventaris</source>
        <translation>Welcome to Inventaris</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the Admin account: it sets up the office and the other users. Keep its password safe.</source>
        <translation>This database has no accounts yet. Create the Admin account: it sets up the office and the other users. Keep its password safe.</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>at least {count} characters</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Inventaris</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>Please log in.</translation>
    </message>
    <message>
        <source>The database was upgraded; a backup is at {path}</source>
        <translation>The database was upgraded; a backup is at {path}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Inventaris</source>
        <translation>Log in to Inventaris</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Inventaris</source>
        <translation>&amp;About Inventaris</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes the next time Inventaris is opened.</source>
        <translation>The language changes the next time Inventaris is opened.</translation>
    </message>
    <message>
        <source>About Inventaris</source>
        <translation>About Inventaris</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inventaris {version}&lt;/b&gt;&lt;br&gt;Asset register, labels, vehicles, meeting rooms and official residences for the Bagian Umum of a regency office.</source>
        <translation>&lt;b&gt;Inventaris {version}&lt;/b&gt;&lt;br&gt;Asset register, labels, vehicles, meeting rooms and official residences for the Bagian Umum of a regency office.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Langkat</source>
        <translation>e.g. Langkat</translation>
    </message>
    <message>
        <source>e.g. Stabat</source>
        <translation>e.g. Stabat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Regency name *</source>
        <translation>Regency name *</translation>
    </message>
    <message>
        <source>City (place of signing) *</source>
        <translation>City (place of signing) *</translation>
    </message>
    <message>
        <source>Logo (PNG)</source>
        <translation>Logo (PNG)</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Report paper</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Unit and signatories</source>
        <translation>Unit and signatories</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <source>Kode lokasi</source>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Title of the head</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>Name of the head</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP of the head</translation>
    </message>
    <message>
        <source>Pengurus Barang</source>
        <translation>Pengurus Barang</translation>
    </message>
    <message>
        <source>NIP of the Pengurus Barang</source>
        <translation>NIP of the Pengurus Barang</translation>
    </message>
    <message>
        <source>Capitalisation thresholds (Rp)</source>
        <translation>Capitalisation thresholds (Rp)</translation>
    </message>
    <message>
        <source>Equipment and machines</source>
        <translation>Equipment and machines</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Code prefix</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Useful life by code prefix (years)</source>
        <translation>Useful life by code prefix (years)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>This PC uses {url}. To use another database, start Inventaris with --db URL or run: inventaris --db URL set-db</source>
        <translation>This PC uses {url}. To use another database, start Inventaris with --db URL or run: inventaris --db URL set-db</translation>
    </message>
    <message>
        <source>Your role can read these settings; only an Admin can change them.</source>
        <translation>Your role can read these settings; only an Admin can change them.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>18 digits, optional</source>
        <translation>18 digits, optional</translation>
    </message>
    <message>
        <source>Account may log in</source>
        <translation>Account may log in</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>&amp;User name *</translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation>&amp;Full name *</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Role *</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Password *</translation>
    </message>
    <message>
        <source>Repeat password *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>Add a user (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the selected user (Enter or F2)</source>
        <translation>Edit the selected user (Enter or F2)</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Search by user, data, action or record</source>
        <translation>Search by user, data, action or record</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No values were changed.</source>
        <translation>No values were changed.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>New password for {name}:</translation>
    </message>
    <message>
        <source>The password was set.</source>
        <translation>The password was set.</translation>
    </message>
</context>
</TS>