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
        <source>only this unit's assets: its kode lokasi, e.g. 12.02.05.04.01.01.01 (see the verb units)</source>
        <translation>only this unit's assets: its kode lokasi, e.g. 12.02.05.04.01.01.01 (see the verb units)</translation>
    </message>
    <message>
        <source>number of assets (≤ 100000 in one unit, ≤ 1000000 over several units)</source>
        <translation>number of assets (≤ 100000 in one unit, ≤ 1000000 over several units)</translation>
    </message>
    <message>
        <source>spread the assets over this many units of the regency (default 1: the Bagian Umum alone)</source>
        <translation>spread the assets over this many units of the regency (default 1: the Bagian Umum alone)</translation>
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
        <source>print the units, one a line (kode lokasi, name, number of items)</source>
        <translation>print the units, one a line (kode lokasi, name, number of items)</translation>
    </message>
    <message>
        <source>print the assets matching TEXT, one a line (code+register, name, room)</source>
        <translation>print the assets matching TEXT, one a line (code+register, name, room)</translation>
    </message>
    <message>
        <source>words to search for, or a scanned code</source>
        <translation>words to search for, or a scanned code</translation>
    </message>
    <message>
        <source>include disposed assets</source>
        <translation>include disposed assets</translation>
    </message>
    <message>
        <source>import the BPKAD's code table from .xlsx or .csv</source>
        <translation>import the BPKAD's code table from .xlsx or .csv</translation>
    </message>
    <message>
        <source>the spreadsheet, with columns kode and nama/uraian</source>
        <translation>the spreadsheet, with columns kode and nama/uraian</translation>
    </message>
    <message>
        <source>import assets from an .xlsx or .csv list (KIB sheets, older systems' exports)</source>
        <translation>import assets from an .xlsx or .csv list (KIB sheets, older systems' exports)</translation>
    </message>
    <message>
        <source>the spreadsheet to import</source>
        <translation>the spreadsheet to import</translation>
    </message>
    <message>
        <source>the sheet to import (again for more; default: the KIB sheets, else the first)</source>
        <translation>the sheet to import (again for more; default: the KIB sheets, else the first)</translation>
    </message>
    <message>
        <source>check every row and write nothing</source>
        <translation>check every row and write nothing</translation>
    </message>
    <message>
        <source>import the rows without problems even when other rows have some</source>
        <translation>import the rows without problems even when other rows have some</translation>
    </message>
    <message>
        <source>create the rooms and holders the file names and the register lacks</source>
        <translation>create the rooms and holders the file names and the register lacks</translation>
    </message>
    <message>
        <source>import the values the check doubts (its warnings) as they are</source>
        <translation>import the values the check doubts (its warnings) as they are</translation>
    </message>
    <message>
        <source>save a room's card (KIR) as an Excel workbook</source>
        <translation>save a room's card (KIR) as an Excel workbook</translation>
    </message>
    <message>
        <source>the room's code, e.g. R.01</source>
        <translation>the room's code, e.g. R.01</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>the .xlsx file to write</translation>
    </message>
    <message>
        <source>11: the 11 columns of Permendagri 47/2021 (the default); 14: the older card with the counts per condition (B, RR, RB)</source>
        <translation>11: the 11 columns of Permendagri 47/2021 (the default); 14: the older card with the counts per condition (B, RR, RB)</translation>
    </message>
    <message>
        <source>save asset labels with QR codes as a PDF</source>
        <translation>save asset labels with QR codes as a PDF</translation>
    </message>
    <message>
        <source>the .pdf file to write</source>
        <translation>the .pdf file to write</translation>
    </message>
    <message>
        <source>label template: a4-3x7, a4-2x7, a4-4x10, f4-3x8, roll-50x30, roll-60x40 or one of the office's own</source>
        <translation>label template: a4-3x7, a4-2x7, a4-4x10, f4-3x8, roll-50x30, roll-60x40 or one of the office's own</translation>
    </message>
    <message>
        <source>the assets of one room (its code or name)</source>
        <translation>the assets of one room (its code or name)</translation>
    </message>
    <message>
        <source>every asset in the register</source>
        <translation>every asset in the register</translation>
    </message>
    <message>
        <source>the assets whose label was never printed (the default)</source>
        <translation>the assets whose label was never printed (the default)</translation>
    </message>
    <message>
        <source>first position on the first sheet, for a partly used sheet</source>
        <translation>first position on the first sheet, for a partly used sheet</translation>
    </message>
    <message>
        <source>draw cut lines (plain paper)</source>
        <translation>draw cut lines (plain paper)</translation>
    </message>
    <message>
        <source>print what is due or overdue (vehicles and residences), most urgent first</source>
        <translation>print what is due or overdue (vehicles and residences), most urgent first</translation>
    </message>
    <message>
        <source>look this many days ahead</source>
        <translation>look this many days ahead</translation>
    </message>
    <message>
        <source>save a year's vehicle costs as an Excel workbook: the fleet, or one vehicle</source>
        <translation>save a year's vehicle costs as an Excel workbook: the fleet, or one vehicle</translation>
    </message>
    <message>
        <source>the year, e.g. 2026</source>
        <translation>the year, e.g. 2026</translation>
    </message>
    <message>
        <source>one vehicle's plate, e.g. "BK 1234 AB" (default: the whole fleet)</source>
        <translation>one vehicle's plate, e.g. "BK 1234 AB" (default: the whole fleet)</translation>
    </message>
    <message>
        <source>save a year's inventory workbook (KIB A/B/C, KIR, Buku Inventaris, Rekapitulasi, Mutasi, Penyusutan) for the BPKAD</source>
        <translation>save a year's inventory workbook (KIB A/B/C, KIR, Buku Inventaris, Rekapitulasi, Mutasi, Penyusutan) for the BPKAD</translation>
    </message>
    <message>
        <source>the position date within the year, YYYY-MM-DD (default: 31 December)</source>
        <translation>the position date within the year, YYYY-MM-DD (default: 31 December)</translation>
    </message>
    <message>
        <source>the unit's kode lokasi (default: the first unit of the database)</source>
        <translation>the unit's kode lokasi (default: the first unit of the database)</translation>
    </message>
    <message>
        <source>the whole regency: a Rekapitulasi per KIB with a row per unit, and each unit's own workbook in the folder &lt;file&gt;-unit beside it</source>
        <translation>the whole regency: a Rekapitulasi per KIB with a row per unit, and each unit's own workbook in the folder &lt;file&gt;-unit beside it</translation>
    </message>
    <message>
        <source>save a vehicle's history (services, fuel, documents, plans) as a PDF</source>
        <translation>save a vehicle's history (services, fuel, documents, plans) as a PDF</translation>
    </message>
    <message>
        <source>the plate, e.g. "BK 1234 AB"</source>
        <translation>the plate, e.g. "BK 1234 AB"</translation>
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
        <source>back up the database, checked (SQLite: a copy of the file; PostgreSQL: pg_dump -Fc)</source>
        <translation>back up the database, checked (SQLite: a copy of the file; PostgreSQL: pg_dump -Fc)</translation>
    </message>
    <message>
        <source>the file to write (default: a dated file in the data folder's backups folder)</source>
        <translation>the file to write (default: a dated file in the data folder's backups folder)</translation>
    </message>
    <message>
        <source>put a backup in place of the database's contents (a safety copy is made first)</source>
        <translation>put a backup in place of the database's contents (a safety copy is made first)</translation>
    </message>
    <message>
        <source>the backup file (.db, or .dump for PostgreSQL)</source>
        <translation>the backup file (.db, or .dump for PostgreSQL)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>check the database: integrity, foreign keys and the audit log (exit 1 on a problem)</source>
        <translation>check the database: integrity, foreign keys and the audit log (exit 1 on a problem)</translation>
    </message>
    <message>
        <source>kode barang + register (e.g. 1.3.2.10.01.02.002.000007) or a scanned label line</source>
        <translation>kode barang + register (e.g. 1.3.2.10.01.02.002.000007) or a scanned label line</translation>
    </message>
    <message>
        <source>propose items for disposal (usulan penghapusan) and save the letter as a PDF</source>
        <translation>propose items for disposal (usulan penghapusan) and save the letter as a PDF</translation>
    </message>
    <message>
        <source>the reason, e.g. "Rusak berat"</source>
        <translation>the reason, e.g. "Rusak berat"</translation>
    </message>
    <message>
        <source>record the disposal decree (SK) for proposed items: they leave the register on its date</source>
        <translation>record the disposal decree (SK) for proposed items: they leave the register on its date</translation>
    </message>
    <message>
        <source>the decree's number</source>
        <translation>the decree's number</translation>
    </message>
    <message>
        <source>the decree's date, YYYY-MM-DD</source>
        <translation>the decree's date, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>how the items are disposed of (default: pemusnahan)</source>
        <translation>how the items are disposed of (default: pemusnahan)</translation>
    </message>
    <message>
        <source>the stock-take (inventarisasi): start one, count a room by scanning, report</source>
        <translation>the stock-take (inventarisasi): start one, count a room by scanning, report</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>start a stock-take and print its number alone</source>
        <translation>start a stock-take and print its number alone</translation>
    </message>
    <message>
        <source>its name, e.g. "Inventarisasi BMD 2026"</source>
        <translation>its name, e.g. "Inventarisasi BMD 2026"</translation>
    </message>
    <message>
        <source>only these rooms, by their codes (default: every room and the items outside rooms)</source>
        <translation>only these rooms, by their codes (default: every room and the items outside rooms)</translation>
    </message>
    <message>
        <source>the number of the team's decree (SK)</source>
        <translation>the number of the team's decree (SK)</translation>
    </message>
    <message>
        <source>count a room: read what the scanner typed from standard input, a line a scan</source>
        <translation>count a room: read what the scanner typed from standard input, a line a scan</translation>
    </message>
    <message>
        <source>Each line is a scanned label (INV:KEY code+register name), a bare label key or a kode barang + register; empty lines are skipped. One line is printed per scan (the result and the item) and a summary at the end. A line that cannot be counted is reported with its number and the others are still counted; the exit code is then 1.</source>
        <translation>Each line is a scanned label (INV:KEY code+register name), a bare label key or a kode barang + register; empty lines are skipped. One line is printed per scan (the result and the item) and a summary at the end. A line that cannot be counted is reported with its number and the others are still counted; the exit code is then 1.</translation>
    </message>
    <message>
        <source>the stock-take's number</source>
        <translation>the stock-take's number</translation>
    </message>
    <message>
        <source>the room's code, e.g. R.01, or "-" for the items outside rooms (land, buildings, vehicles)</source>
        <translation>the room's code, e.g. R.01, or "-" for the items outside rooms (land, buildings, vehicles)</translation>
    </message>
    <message>
        <source>save the results (the LHI lists and the recap) as an Excel workbook</source>
        <translation>save the results (the LHI lists and the recap) as an Excel workbook</translation>
    </message>
    <message>
        <source>print the counts as JSON: expected, found, not_found (expected items not checked), misplaced and unknown</source>
        <translation>print the counts as JSON: expected, found, not_found (expected items not checked), misplaced and unknown</translation>
    </message>
    <message>
        <source>a kode barang + register, or what the scanner typed from the item's label</source>
        <translation>a kode barang + register, or what the scanner typed from the item's label</translation>
    </message>
    <message>
        <source>hand items over to an employee and save the BAST (Berita Acara Serah Terima)</source>
        <translation>hand items over to an employee and save the BAST (Berita Acara Serah Terima)</translation>
    </message>
    <message>
        <source>the employee's name</source>
        <translation>the employee's name</translation>
    </message>
    <message>
        <source>the employee's NIP, 18 digits</source>
        <translation>the employee's NIP, 18 digits</translation>
    </message>
    <message>
        <source>the employee's position (jabatan)</source>
        <translation>the employee's position (jabatan)</translation>
    </message>
    <message>
        <source>take items back from their holder and save the BAST of the return</source>
        <translation>take items back from their holder and save the BAST of the return</translation>
    </message>
    <message>
        <source>the condition on return: B, RR or RB</source>
        <translation>the condition on return: B, RR or RB</translation>
    </message>
    <message>
        <source>the date, YYYY-MM-DD (default: today)</source>
        <translation>the date, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>the BAST's number (default: the settings' pattern)</source>
        <translation>the BAST's number (default: the settings' pattern)</translation>
    </message>
    <message>
        <source>a note on the BAST</source>
        <translation>a note on the BAST</translation>
    </message>
    <message>
        <source>Backup before upgrading: {path}</source>
        <translation>Backup before upgrading: {path}</translation>
    </message>
    <message>
        <source>Several units have a room {room}: name the unit with --unit KODE.</source>
        <translation>Several units have a room {room}: name the unit with --unit KODE.</translation>
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
        <source>  and the Pengurus Barang of each of the {units} units: pb.&lt;unit&gt;, e.g. {example} (the verb units lists them)</source>
        <translation>  and the Pengurus Barang of each of the {units} units: pb.&lt;unit&gt;, e.g. {example} (the verb units lists them)</translation>
    </message>
    <message>
        <source>{url} is at schema {revision}.</source>
        <translation>{url} is at schema {revision}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({tables} tables, {rows} rows).</source>
        <translation>Backup written and checked: {path} ({tables} tables, {rows} rows).</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Backup written and checked: {path}</translation>
    </message>
    <message>
        <source>Restore {file} (schema {revision}) over {url}? [y/N]</source>
        <translation>Restore {file} (schema {revision}) over {url}? [y/N]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>{url} was restored from {file}.</source>
        <translation>{url} was restored from {file}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>The database as it was before is kept in {path}.</translation>
    </message>
    <message>
        <source>The backup's schema was upgraded to this version's.</source>
        <translation>The backup's schema was upgraded to this version's.</translation>
    </message>
    <message>
        <source>Anyone using Inventaris on another PC must restart it now.</source>
        <translation>Anyone using Inventaris on another PC must restart it now.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>PROBLEM: {detail}</source>
        <translation>PROBLEM: {detail}</translation>
    </message>
    <message>
        <source>The check found problems (see above).</source>
        <translation>The check found problems (see above).</translation>
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
    <message>
        <source>No asset matches {text}.</source>
        <translation>No asset matches {text}.</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <source>Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.</source>
        <translation>Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.</translation>
    </message>
    <message>
        <source>There is no unit with the kode lokasi {code}.</source>
        <translation>There is no unit with the kode lokasi {code}.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Inventory workbook {year} saved to {path}: {items} items.</source>
        <translation>Inventory workbook {year} saved to {path}: {items} items.</translation>
    </message>
    <message>
        <source>Regency recap {year} saved to {path}: {units} units, {items} items; each unit's workbook in {folder}.</source>
        <translation>Regency recap {year} saved to {path}: {units} units, {items} items; each unit's workbook in {folder}.</translation>
    </message>
    <message>
        <source>There is no room with the code {code}.</source>
        <translation>There is no room with the code {code}.</translation>
    </message>
    <message>
        <source>Room card of {room} saved to {path}: {items} items on {rows} rows.</source>
        <translation>Room card of {room} saved to {path}: {items} items on {rows} rows.</translation>
    </message>
    <message>
        <source>There is no room called {room}.</source>
        <translation>There is no room called {room}.</translation>
    </message>
    <message>
        <source>No asset needs a label.</source>
        <translation>No asset needs a label.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>{count} labels on {pages} page(s) saved to {path}.</source>
        <translation>{count} labels on {pages} page(s) saved to {path}.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>within 7 days</translation>
    </message>
    <message>
        <source>within 14 days</source>
        <translation>within 14 days</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>within 30 days</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>within 90 days</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Costs of {vehicle} in {year} saved to {path}: {km} km, {cost}.</source>
        <translation>Costs of {vehicle} in {year} saved to {path}: {km} km, {cost}.</translation>
    </message>
    <message>
        <source>Fleet costs in {year} saved to {path}: {vehicles} vehicles, {km} km, {cost}.</source>
        <translation>Fleet costs in {year} saved to {path}: {vehicles} vehicles, {km} km, {cost}.</translation>
    </message>
    <message>
        <source>History of {vehicle} saved to {path}: {records} records on {pages} page(s).</source>
        <translation>History of {vehicle} saved to {path}: {records} records on {pages} page(s).</translation>
    </message>
    <message>
        <source>"{text}" is not a time such as "2026-12-01 09:30".</source>
        <translation>"{text}" is not a time such as "2026-12-01 09:30".</translation>
    </message>
    <message>
        <source>give the name of the file to write</source>
        <translation>give the name of the file to write</translation>
    </message>
    <message>
        <source>"{path}" is a folder; give the name of the file to write in it</source>
        <translation>"{path}" is a folder; give the name of the file to write in it</translation>
    </message>
    <message>
        <source>the folder "{folder}" does not exist</source>
        <translation>the folder "{folder}" does not exist</translation>
    </message>
    <message>
        <source>"{text}" is not a date such as 2026-12-01.</source>
        <translation>"{text}" is not a date such as 2026-12-01.</translation>
    </message>
    <message>
        <source>book a meeting room (times in WIB)</source>
        <translation>book a meeting room (times in WIB)</translation>
    </message>
    <message>
        <source>the meeting room's name or code</source>
        <translation>the meeting room's name or code</translation>
    </message>
    <message>
        <source>the start, "YYYY-MM-DD HH:MM"</source>
        <translation>the start, "YYYY-MM-DD HH:MM"</translation>
    </message>
    <message>
        <source>the end, "YYYY-MM-DD HH:MM"</source>
        <translation>the end, "YYYY-MM-DD HH:MM"</translation>
    </message>
    <message>
        <source>the agenda of the meeting</source>
        <translation>the agenda of the meeting</translation>
    </message>
    <message>
        <source>the organising unit</source>
        <translation>the organising unit</translation>
    </message>
    <message>
        <source>print a day's bookings, one a line (time, room, title, status)</source>
        <translation>print a day's bookings, one a line (time, room, title, status)</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>the day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>save a day's meeting-room agenda (Jadwal Ruang Rapat) as a PDF</source>
        <translation>save a day's meeting-room agenda (Jadwal Ruang Rapat) as a PDF</translation>
    </message>
    <message>
        <source>save the bookings of a period as an Excel workbook</source>
        <translation>save the bookings of a period as an Excel workbook</translation>
    </message>
    <message>
        <source>the first day, YYYY-MM-DD</source>
        <translation>the first day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the last day, YYYY-MM-DD</source>
        <translation>the last day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>save a meeting room's bookings as a calendar file (.ics)</source>
        <translation>save a meeting room's bookings as a calendar file (.ics)</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>the .ics file to write</translation>
    </message>
    <message>
        <source>Booking {id} saved:</source>
        <translation>Booking {id} saved:</translation>
    </message>
    <message>
        <source>No bookings on {date}.</source>
        <translation>No bookings on {date}.</translation>
    </message>
    <message>
        <source>Agenda of {date} saved to {path}: {bookings} bookings on {pages} page(s).</source>
        <translation>Agenda of {date} saved to {path}: {bookings} bookings on {pages} page(s).</translation>
    </message>
    <message>
        <source>Bookings from {first} to {last} saved to {path}: {rows} rows.</source>
        <translation>Bookings from {first} to {last} saved to {path}: {rows} rows.</translation>
    </message>
    <message>
        <source>Calendar of {room} saved to {path}: {events} bookings.</source>
        <translation>Calendar of {room} saved to {path}: {events} bookings.</translation>
    </message>
    <message>
        <source>This booking is part of a series. What should change?</source>
        <translation>This booking is part of a series. What should change?</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Only this one</translation>
    </message>
    <message>
        <source>This and the following ones</source>
        <translation>This and the following ones</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>The whole series</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column {column}</source>
        <translation>{sheet}, row {row}, column {column}</translation>
    </message>
    <message>
        <source>Warning: {line}</source>
        <translation>Warning: {line}</translation>
    </message>
    <message>
        <source>Note: {line}</source>
        <translation>Note: {line}</translation>
    </message>
    <message>
        <source>Note: {sheet}: {message}</source>
        <translation>Note: {sheet}: {message}</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Rooms not in the register: {names}</source>
        <translation>Rooms not in the register: {names}</translation>
    </message>
    <message>
        <source>Holders not in the register: {names}</source>
        <translation>Holders not in the register: {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new items, {updated} updated, {unchanged} unchanged, {bad} rows with problems.</source>
        <translation>{rows} rows: {new} new items, {updated} updated, {unchanged} unchanged, {bad} rows with problems.</translation>
    </message>
    <message>
        <source>Imported from {file}.</source>
        <translation>Imported from {file}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows above, or use --valid-only.</source>
        <translation>Nothing was imported. Correct the rows above, or use --valid-only.</translation>
    </message>
    <message>
        <source>Nothing was imported: the rooms and holders above would be created. Check the names, then run again with --create-missing.</source>
        <translation>Nothing was imported: the rooms and holders above would be created. Check the names, then run again with --create-missing.</translation>
    </message>
    <message>
        <source>Nothing was imported: the values in the warnings above are doubtful. Check them, then run again with --accept-warnings.</source>
        <translation>Nothing was imported: the values in the warnings above are doubtful. Check them, then run again with --accept-warnings.</translation>
    </message>
    <message>
        <source>registered in {room}</source>
        <translation>registered in {room}</translation>
    </message>
    <message>
        <source>also scanned in {room}</source>
        <translation>also scanned in {room}</translation>
    </message>
    <message>
        <source>disposed of on {date}</source>
        <translation>disposed of on {date}</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <source>{lines} lines read: {counts}; {failed} failed.</source>
        <translation>{lines} lines read: {counts}; {failed} failed.</translation>
    </message>
    <message>
        <source>Results of {name} saved to {path}: {expected} items expected, {found} found, {not_found} not found, {misplaced} in the wrong room, {unknown} not in the register.</source>
        <translation>Results of {name} saved to {path}: {expected} items expected, {found} found, {not_found} not found, {misplaced} in the wrong room, {unknown} not in the register.</translation>
    </message>
    <message>
        <source>No asset has the code or label {item}.</source>
        <translation>No asset has the code or label {item}.</translation>
    </message>
    <message>
        <source>{title}: {count} item(s) proposed for disposal; the letter is saved to {path}.</source>
        <translation>{title}: {count} item(s) proposed for disposal; the letter is saved to {path}.</translation>
    </message>
    <message>
        <source>{item} is not proposed for disposal: propose it first (inventaris propose-disposal).</source>
        <translation>{item} is not proposed for disposal: propose it first (inventaris propose-disposal).</translation>
    </message>
    <message>
        <source>Note: no inspection (berita acara) is recorded on {title}.</source>
        <translation>Note: no inspection (berita acara) is recorded on {title}.</translation>
    </message>
    <message>
        <source>{count} item(s) disposed of by the decree {decree} of {date}.</source>
        <translation>{count} item(s) disposed of by the decree {decree} of {date}.</translation>
    </message>
    <message>
        <source>No asset has the code or label "{item}".</source>
        <translation>No asset has the code or label "{item}".</translation>
    </message>
    <message>
        <source>BAST {number} of {count} item(s) saved to {path} ({pages} page(s)).</source>
        <translation>BAST {number} of {count} item(s) saved to {path} ({pages} page(s)).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Inventaris</source>
        <translation>About Inventaris</translation>
    </message>
    <message>
        <source>Asset register, labels, vehicles, meeting rooms and official residences for the Bagian Umum of a regency office.</source>
        <translation>Asset register, labels, vehicles, meeting rooms and official residences for the Bagian Umum of a regency office.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>none open</translation>
    </message>
    <message>
        <source>SQLite file {path}</source>
        <translation>SQLite file {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server {url}</source>
        <translation>PostgreSQL server {url}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the folder in the file manager</source>
        <translation>Open the folder in the file manager</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answers about the item</source>
        <translation>Answers about the item</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Recorded in {place}, condition {condition}</source>
        <translation>Recorded in {place}, condition {condition}</translation>
    </message>
    <message>
        <source>Present (checked)</source>
        <translation>Present (checked)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>As recorded ({condition})</source>
        <translation>As recorded ({condition})</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Observed condition</source>
        <translation>Observed condition</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>BAST or agreement number</source>
        <translation>BAST or agreement number</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>User's name</source>
        <translation>User's name</translation>
    </message>
    <message>
        <source>User's NIP</source>
        <translation>User's NIP</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code and register of the other record</source>
        <translation>Code and register of the other record</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Recorded twice</translation>
    </message>
    <message>
        <source>The building stands on land not owned by the regency</source>
        <translation>The building stands on land not owned by the regency</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What is recorded wrongly (empty: as recorded)</source>
        <translation>What is recorded wrongly (empty: as recorded)</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>as recorded</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Add this many identical items, each its own register</source>
        <translation>Add this many identical items, each its own register</translation>
    </message>
    <message>
        <source>Kode barang *</source>
        <translation>Kode barang *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/type</translation>
    </message>
    <message>
        <source>Size/CC</source>
        <translation>Size/CC</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Serial/factory no.</source>
        <translation>Serial/factory no.</translation>
    </message>
    <message>
        <source>NIBAR</source>
        <translation>NIBAR</translation>
    </message>
    <message>
        <source>Unit of count</source>
        <translation>Unit of count</translation>
    </message>
    <message>
        <source>Identical items</source>
        <translation>Identical items</translation>
    </message>
    <message>
        <source>e.g. APBD 2026</source>
        <translation>e.g. APBD 2026</translation>
    </message>
    <message>
        <source>Date of acquisition</source>
        <translation>Date of acquisition</translation>
    </message>
    <message>
        <source>Year of acquisition *</source>
        <translation>Year of acquisition *</translation>
    </message>
    <message>
        <source>Cara perolehan *</source>
        <translation>Cara perolehan *</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Price (Rp) *</source>
        <translation>Price (Rp) *</translation>
    </message>
    <message>
        <source>Condition *</source>
        <translation>Condition *</translation>
    </message>
    <message>
        <source>— no room —</source>
        <translation>— no room —</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>NIP of the holder</source>
        <translation>NIP of the holder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nomor polisi</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Nomor rangka</source>
        <translation>Nomor rangka</translation>
    </message>
    <message>
        <source>Nomor mesin</source>
        <translation>Nomor mesin</translation>
    </message>
    <message>
        <source>Nomor BPKB</source>
        <translation>Nomor BPKB</translation>
    </message>
    <message>
        <source>e.g. Hak Pakai, Sertifikat</source>
        <translation>e.g. Hak Pakai, Sertifikat</translation>
    </message>
    <message>
        <source>Multi-storey</source>
        <translation>Multi-storey</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>Concrete</translation>
    </message>
    <message>
        <source>Address / location *</source>
        <translation>Address / location *</translation>
    </message>
    <message>
        <source>Land area (m²)</source>
        <translation>Land area (m²)</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>Title (status hak)</source>
        <translation>Title (status hak)</translation>
    </message>
    <message>
        <source>Use of the land</source>
        <translation>Use of the land</translation>
    </message>
    <message>
        <source>Certificate/document date</source>
        <translation>Certificate/document date</translation>
    </message>
    <message>
        <source>Certificate/document no.</source>
        <translation>Certificate/document no.</translation>
    </message>
    <message>
        <source>Code of the land</source>
        <translation>Code of the land</translation>
    </message>
    <message>
        <source>e.g. Aspal, Beton, Pipa PVC</source>
        <translation>e.g. Aspal, Beton, Pipa PVC</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Length (km)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Width (m)</translation>
    </message>
    <message>
        <source>Kind of building</source>
        <translation>Kind of building</translation>
    </message>
    <message>
        <source>Construction started</source>
        <translation>Construction started</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Contract value (Rp)</source>
        <translation>Contract value (Rp)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Book: title/author</source>
        <translation>Book: title/author</translation>
    </message>
    <message>
        <source>Art: region of origin</source>
        <translation>Art: region of origin</translation>
    </message>
    <message>
        <source>Art: creator</source>
        <translation>Art: creator</translation>
    </message>
    <message>
        <source>Animal/plant: kind</source>
        <translation>Animal/plant: kind</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Room and holder</source>
        <translation>Room and holder</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Land / building</source>
        <translation>Land / building</translation>
    </message>
    <message>
        <source>Books, art, plants</source>
        <translation>Books, art, plants</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>why, e.g. stock opname 2026</source>
        <translation>why, e.g. stock opname 2026</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Construction finished…</source>
        <translation>Construction finished…</translation>
    </message>
    <message>
        <source>The works are handed over: they become a building (KIB C) of the same value</source>
        <translation>The works are handed over: they become a building (KIB C) of the same value</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Asset {code}</source>
        <translation>Asset {code}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} WIB</source>
        <translation>Last changed by {who} on {when} WIB</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>This code is not in the code table; choose one with Choose…</source>
        <translation>This code is not in the code table; choose one with Choose…</translation>
    </message>
    <message>
        <source>Road / network</source>
        <translation>Road / network</translation>
    </message>
    <message>
        <source>Saved: {item}</source>
        <translation>Saved: {item}</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>Save or undo your changes first.</translation>
    </message>
    <message>
        <source>{works} finished: now {building}</source>
        <translation>{works} finished: now {building}</translation>
    </message>
    <message>
        <source>Not saved: {who} saved this asset on {when} WIB, after you opened it.</source>
        <translation>Not saved: {who} saved this asset on {when} WIB, after you opened it.</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>What they changed:</translation>
    </message>
    <message>
        <source>None of the fields on this form changed.</source>
        <translation>None of the fields on this form changed.</translation>
    </message>
    <message>
        <source>Press Reload to take their changes into the form: what you typed is kept, and you choose for each field you both changed.</source>
        <translation>Press Reload to take their changes into the form: what you typed is kept, and you choose for each field you both changed.</translation>
    </message>
    <message>
        <source>Updated: changed on another PC at {time} by {who}.</source>
        <translation>Updated: changed on another PC at {time} by {who}.</translation>
    </message>
    <message>
        <source>Changed on another PC at {time} by {who}:</source>
        <translation>Changed on another PC at {time} by {who}:</translation>
    </message>
    <message>
        <source>Reloaded with the change {who} saved at {time}.</source>
        <translation>Reloaded with the change {who} saved at {time}.</translation>
    </message>
    <message>
        <source>Your changes are kept: {fields}. Check them and Save.</source>
        <translation>Your changes are kept: {fields}. Check them and Save.</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Close without saving your changes?</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Attach a photo or a scan: PDF, JPEG or PNG, at most {limit}</source>
        <translation>Attach a photo or a scan: PDF, JPEG or PNG, at most {limit}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open with this PC's viewer (Enter)</source>
        <translation>Open with this PC's viewer (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attached by {who} on {when} WIB</source>
        <translation>Attached by {who} on {when} WIB</translation>
    </message>
    <message>
        <source>Save first; then photos and scans can be attached.</source>
        <translation>Save first; then photos and scans can be attached.</translation>
    </message>
    <message>
        <source>No attachments yet. Add a photo or a scan (PDF, JPEG or PNG, at most {limit}), or drop the file here; every PC of the office sees it.</source>
        <translation>No attachments yet. Add a photo or a scan (PDF, JPEG or PNG, at most {limit}), or drop the file here; every PC of the office sees it.</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
    <message numerus="yes">
        <source>{count} attachment(s). Double-click one to open it.</source>
        <translation>
            <numerusform>{count} attachment. Double-click one to open it.</numerusform>
            <numerusform>{count} attachments. Double-click one to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Photos and scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos and scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>No program on this PC opens {file}; a copy is at {path}.</source>
        <translation>No program on this PC opens {file}; a copy is at {path}.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Remove {file} from the database? Every PC loses it; the audit log keeps only its name and size.</source>
        <translation>Remove {file} from the database? Every PC loses it; the audit log keeps only its name and size.</translation>
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
        <source>locked after wrong passwords</source>
        <translation>locked after wrong passwords</translation>
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
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <source>Inventaris backs the database up by itself at the first start of each day and when the window closes, into {folder} (kept: 7 daily, 4 weekly, 12 monthly).</source>
        <translation>Inventaris backs the database up by itself at the first start of each day and when the window closes, into {folder} (kept: 7 daily, 4 weekly, 12 monthly).</translation>
    </message>
    <message>
        <source>Backups of the PostgreSQL server are the server's Admin's work; Back up now saves a dump (pg_dump) of it.</source>
        <translation>Backups of the PostgreSQL server are the server's Admin's work; Back up now saves a dump (pg_dump) of it.</translation>
    </message>
    <message>
        <source>Inventaris backups (*.db)</source>
        <translation>Inventaris backups (*.db)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump)</source>
        <translation>PostgreSQL backups (*.dump)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>Backing up and checking the backup…</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation>Backup saved and checked: {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message numerus="yes">
        <source> It holds {count} asset(s).</source>
        <translation>
            <numerusform> It holds {count} asset.</numerusform>
            <numerusform> It holds {count} assets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup {file} (schema {revision}) over the database {url}?{assets}

Everything saved after this backup was made will be gone. A copy of the database as it is now is kept in the backups folder first. Everyone using Inventaris on another PC must close it before and restart it after.</source>
        <translation>Restore the backup {file} (schema {revision}) over the database {url}?{assets}

Everything saved after this backup was made will be gone. A copy of the database as it is now is kept in the backups folder first. Everyone using Inventaris on another PC must close it before and restart it after.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The database was restored from {file}.</source>
        <translation>The database was restored from {file}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>The database as it was before is kept in {path}.</translation>
    </message>
    <message>
        <source>The backup's schema was upgraded to this version's.</source>
        <translation>The backup's schema was upgraded to this version's.</translation>
    </message>
    <message>
        <source>Users on other PCs must restart Inventaris now. You will be logged out here; log in again.</source>
        <translation>Users on other PCs must restart Inventaris now. You will be logged out here; log in again.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Change the booking</source>
        <translation>Change the booking</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>({count} seat(s))</source>
        <translation>
            <numerusform>({count} seat)</numerusform>
            <numerusform>({count} seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>e.g. Rapat koordinasi persiapan HUT RI</source>
        <translation>e.g. Rapat koordinasi persiapan HUT RI</translation>
    </message>
    <message>
        <source>e.g. Bagian Protokol</source>
        <translation>e.g. Bagian Protokol</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Room / vehicle *</source>
        <translation>Room / vehicle *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Time *</source>
        <translation>Time *</translation>
    </message>
    <message>
        <source>Agenda *</source>
        <translation>Agenda *</translation>
    </message>
    <message>
        <source>Organising unit</source>
        <translation>Organising unit</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>Monthly on the same date</translation>
    </message>
    <message>
        <source>Monthly on the same weekday (e.g. 2nd Tuesday)</source>
        <translation>Monthly on the same weekday (e.g. 2nd Tuesday)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>times:</translation>
    </message>
    <message>
        <source>Check the dates</source>
        <translation>Check the dates</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Conflicts with</source>
        <translation>Conflicts with</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Public holiday: {name}. Book only if the office is open.</source>
        <translation>Public holiday: {name}. Book only if the office is open.</translation>
    </message>
    <message>
        <source>Some dates are taken; they are ticked to skip. </source>
        <translation>Some dates are taken; they are ticked to skip. </translation>
    </message>
    <message>
        <source>Save again to book the rest.</source>
        <translation>Save again to book the rest.</translation>
    </message>
</context>
<context>
    <name>BookingSettingsDialog</name>
    <message>
        <source>Booking settings</source>
        <translation>Booking settings</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>Bookings by secretariat staff wait for an Admin's confirmation</source>
        <translation>Bookings by secretariat staff wait for an Admin's confirmation</translation>
    </message>
    <message>
        <source>Office hours from</source>
        <translation>Office hours from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Time step</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Meeting rooms</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>Pool vehicles</source>
        <translation>Pool vehicles</translation>
    </message>
    <message>
        <source>Day: all rooms</source>
        <translation>Day: all rooms</translation>
    </message>
    <message>
        <source>Week: one room</source>
        <translation>Week: one room</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Print the day's agenda…</source>
        <translation>Print the day's agenda…</translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <translation>Agenda as PDF…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>{room}: week of {first} to {last}</source>
        <translation>{room}: week of {first} to {last}</translation>
    </message>
    <message>
        <source>No meeting rooms yet: mark a room as a meeting room in Rooms.</source>
        <translation>No meeting rooms yet: mark a room as a meeting room in Rooms.</translation>
    </message>
    <message>
        <source>{count} booking(s) shown</source>
        <translation>{count} booking(s) shown</translation>
    </message>
    <message>
        <source>No pool vehicles yet: tick Pool vehicle in the vehicle's data in Vehicles.</source>
        <translation>No pool vehicles yet: tick Pool vehicle in the vehicle's data in Vehicles.</translation>
    </message>
    <message numerus="yes">
        <source>{count} seat(s)</source>
        <translation>
            <numerusform>{count} seat</numerusform>
            <numerusform>{count} seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Reason for the cancellation:</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Save the agenda</translation>
    </message>
    <message>
        <source>Export the bookings</source>
        <translation>Export the bookings</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <source>Choose a booking (its series), or a room in the week view.</source>
        <translation>Choose a booking (its series), or a room in the week view.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>— a new building —</source>
        <translation>— a new building —</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Building name *</source>
        <translation>Building name *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>The database is busy; waiting…</source>
        <translation>The database is busy; waiting…</translation>
    </message>
</context>
<context>
    <name>CapitaliseDialog</name>
    <message>
        <source>Capitalise an improvement</source>
        <translation>Capitalise an improvement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The amount is added to the asset's value from this date on, and spread over the rest of its useful life in the depreciation.</source>
        <translation>The amount is added to the asset's value from this date on, and spread over the rest of its useful life in the depreciation.</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <source>A major repair may make the item last longer: 0 keeps its useful life.</source>
        <translation>A major repair may make the item last longer: 0 keeps its useful life.</translation>
    </message>
    <message>
        <source>Amount (Rp) *</source>
        <translation>Amount (Rp) *</translation>
    </message>
    <message>
        <source>Extends the useful life by</source>
        <translation>Extends the useful life by</translation>
    </message>
    <message>
        <source>Improvement capitalised</source>
        <translation>Improvement capitalised</translation>
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
    <name>ChoiceDialog</name>
    <message>
        <source>Both changed the same fields</source>
        <translation>Both changed the same fields</translation>
    </message>
    <message>
        <source>You and {who} both changed these fields. Choose, field by field, which value to keep; yours is kept unless you choose theirs.</source>
        <translation>You and {who} both changed these fields. Choose, field by field, which value to keep; yours is kept unless you choose theirs.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>Theirs ({who})</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Use these values</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Choose a kode barang</source>
        <translation>Choose a kode barang</translation>
    </message>
    <message>
        <source>Type part of a name (laptop) or a code (1.3.2.10)</source>
        <translation>Type part of a name (laptop) or a code (1.3.2.10)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message numerus="yes">
        <source>{count} code(s) found</source>
        <translation>
            <numerusform>{count} code found</numerusform>
            <numerusform>{count} codes found</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches. To load the full code table, use Import codes… in the asset register.</source>
        <translation>No code matches. To load the full code table, use Import codes… in the asset register.</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <source>Change the condition</source>
        <translation>Change the condition</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New condition *</source>
        <translation>New condition *</translation>
    </message>
    <message>
        <source>Condition changed: {count} asset(s)</source>
        <translation>Condition changed: {count} asset(s)</translation>
    </message>
</context>
<context>
    <name>CostReportDialog</name>
    <message>
        <source>Vehicle cost report</source>
        <translation>Vehicle cost report</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>Only {vehicle}</source>
        <translation>Only {vehicle}</translation>
    </message>
    <message>
        <source>Only the chosen vehicle</source>
        <translation>Only the chosen vehicle</translation>
    </message>
    <message>
        <source>Year *</source>
        <translation>Year *</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Cost report saved: {path}</source>
        <translation>Cost report saved: {path}</translation>
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
        <source>Enter or double-click opens the item.</source>
        <translation>Enter or double-click opens the item.</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Meetings today</translation>
    </message>
    <message>
        <source>By KIB</source>
        <translation>By KIB</translation>
    </message>
    <message>
        <source>By condition</source>
        <translation>By condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Meeting rooms this week</source>
        <translation>Meeting rooms this week</translation>
    </message>
    <message>
        <source>No meetings booked today.</source>
        <translation>No meetings booked today.</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>waiting for confirmation</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>Nothing needs attention right now.</translation>
    </message>
    <message>
        <source>Acquisition value by KIB</source>
        <translation>Acquisition value by KIB</translation>
    </message>
    <message>
        <source>Number of assets by KIB</source>
        <translation>Number of assets by KIB</translation>
    </message>
    <message>
        <source>Acquisition value by condition</source>
        <translation>Acquisition value by condition</translation>
    </message>
    <message>
        <source>Number of assets by condition</source>
        <translation>Number of assets by condition</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>Other codes</translation>
    </message>
    <message>
        <source>{count} · {hours} h</source>
        <translation>{count} · {hours} h</translation>
    </message>
    <message numerus="yes">
        <source>{room}: %n booking(s), {hours} hours</source>
        <translation>
            <numerusform>{room}: %n booking, {hours} hours</numerusform>
            <numerusform>{room}: %n bookings, {hours} hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting rooms yet.</source>
        <translation>No meeting rooms yet.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Choose from the calendar (F4)</translation>
    </message>
    <message>
        <source>{field} is required: type a date such as {example}.</source>
        <translation>{field} is required: type a date such as {example}.</translation>
    </message>
    <message>
        <source>{field}: "{text}" is not a date. Type day-month-year, e.g. {example}.</source>
        <translation>{field}: "{text}" is not a date. Type day-month-year, e.g. {example}.</translation>
    </message>
    <message>
        <source>{field} must lie between {first} and {last}.</source>
        <translation>{field} must lie between {first} and {last}.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>The date</translation>
    </message>
</context>
<context>
    <name>DecreeDialog</name>
    <message>
        <source>e.g. SK Bupati No. 188.45/77/2026</source>
        <translation>e.g. SK Bupati No. 188.45/77/2026</translation>
    </message>
    <message>
        <source>Decree number *</source>
        <translation>Decree number *</translation>
    </message>
    <message>
        <source>Decree date *</source>
        <translation>Decree date *</translation>
    </message>
    <message>
        <source>Method *</source>
        <translation>Method *</translation>
    </message>
    <message>
        <source>No inspection is recorded on this proposal yet. The decree can still be recorded; record the berita acara when it comes.</source>
        <translation>No inspection is recorded on this proposal yet. The decree can still be recorded; record the berita acara when it comes.</translation>
    </message>
    <message>
        <source>Record the decree</source>
        <translation>Record the decree</translation>
    </message>
    <message>
        <source>{count} item(s) of {title} leave the register on the decree's date; their rows and history are kept. This cannot be undone in the program.</source>
        <translation>{count} item(s) of {title} leave the register on the decree's date; their rows and history are kept. This cannot be undone in the program.</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <source>Disposed of by decree: {count} item(s)</source>
        <translation>Disposed of by decree: {count} item(s)</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Vehicle details</source>
        <translation>Vehicle details</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <source>Pool vehicle (not assigned to one official)</source>
        <translation>Pool vehicle (not assigned to one official)</translation>
    </message>
    <message>
        <source>Previous plate</source>
        <translation>Previous plate</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>Wheels</translation>
    </message>
    <message>
        <source>Assigned driver</source>
        <translation>Assigned driver</translation>
    </message>
    <message>
        <source>Plate, chassis, engine and BPKB numbers, CC and holder are on the asset form (Assets, F2).</source>
        <translation>Plate, chassis, engine and BPKB numbers, CC and holder are on the asset form (Assets, F2).</translation>
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
    <name>DisposeDialog</name>
    <message>
        <source>Dispose from the register</source>
        <translation>Dispose from the register</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <source>The items leave the register from this date; their rows and history are kept. This cannot be undone in the program.</source>
        <translation>The items leave the register from this date; their rows and history are kept. This cannot be undone in the program.</translation>
    </message>
    <message>
        <source>e.g. SK Bupati No. 030/123/BPKAD/2026</source>
        <translation>e.g. SK Bupati No. 030/123/BPKAD/2026</translation>
    </message>
    <message>
        <source>SK number *</source>
        <translation>SK number *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Disposed of: {count} asset(s)</source>
        <translation>Disposed of: {count} asset(s)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Renew a document</source>
        <translation>Renew a document</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Correct a document</source>
        <translation>Correct a document</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>What was paid for it (the tax at a renewal): counted in the vehicle's costs</source>
        <translation>What was paid for it (the tax at a renewal): counted in the vehicle's costs</translation>
    </message>
    <message>
        <source>Previous: {number}</source>
        <translation>Previous: {number}</translation>
    </message>
    <message>
        <source>Valid until now: {date}</source>
        <translation>Valid until now: {date}</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>Document *</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Valid until *</source>
        <translation>Valid until *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>EndLoanDialog</name>
    <message>
        <source>End of the loan (pinjam pakai)</source>
        <translation>End of the loan (pinjam pakai)</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>as recorded</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <source>End the loan</source>
        <translation>End the loan</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Wrong user name or password. One more wrong password locks this account for {minutes} minutes.</source>
        <translation>Wrong user name or password. One more wrong password locks this account for {minutes} minutes.</translation>
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
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
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
        <source>The database refused a value (too long, or not of the right kind); nothing was saved. Details: {detail}</source>
        <translation>The database refused a value (too long, or not of the right kind); nothing was saved. Details: {detail}</translation>
    </message>
    <message>
        <source>Someone else saved the same data at the same moment; nothing of yours was saved. Reload and make your change again.</source>
        <translation>Someone else saved the same data at the same moment; nothing of yours was saved. Reload and make your change again.</translation>
    </message>
    <message>
        <source>The database server for {url} does not answer or refused the login. Check the address, user and password, and that the server is running.</source>
        <translation>The database server for {url} does not answer or refused the login. Check the address, user and password, and that the server is running.</translation>
    </message>
    <message>
        <source>The database server {server} refused the login: check the user name, the password and the database name in the address.</source>
        <translation>The database server {server} refused the login: check the user name, the password and the database name in the address.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} is lost (the network, or the server is stopped). Nothing was saved, and what you typed is still here: try again when the server is back.</source>
        <translation>The connection to the database server {server} is lost (the network, or the server is stopped). Nothing was saved, and what you typed is still here: try again when the server is back.</translation>
    </message>
    <message>
        <source>Your account was changed or switched off by an Admin since you logged in; log in again.</source>
        <translation>Your account was changed or switched off by an Admin since you logged in; log in again.</translation>
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
        <source>Number of assets: one unit holds at most {maximum} (not {value}); spread more over several units, e.g. --units 40.</source>
        <translation>Number of assets: one unit holds at most {maximum} (not {value}); spread more over several units, e.g. --units 40.</translation>
    </message>
    <message>
        <source>Number of units: choose from 1 to {maximum} (not {value}).</source>
        <translation>Number of units: choose from 1 to {maximum} (not {value}).</translation>
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
        <source>{label}: at most {maximum} ({value} given).</source>
        <translation>{label}: at most {maximum} ({value} given).</translation>
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
        <source>Kode lokasi</source>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <source>Title of the head of the unit</source>
        <translation>Title of the head of the unit</translation>
    </message>
    <message>
        <source>Name of the head of the unit</source>
        <translation>Name of the head of the unit</translation>
    </message>
    <message>
        <source>Name of the Pengurus Barang</source>
        <translation>Name of the Pengurus Barang</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Unit organisasi (Pengguna Barang)</source>
        <translation>Unit organisasi (Pengguna Barang)</translation>
    </message>
    <message>
        <source>Sub unit (Kuasa Pengguna Barang)</source>
        <translation>Sub unit (Kuasa Pengguna Barang)</translation>
    </message>
    <message>
        <source>UPB</source>
        <translation>UPB</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Position of the SIP signatory</source>
        <translation>Position of the SIP signatory</translation>
    </message>
    <message>
        <source>Name of the SIP signatory</source>
        <translation>Name of the SIP signatory</translation>
    </message>
    <message>
        <source>NIP of the SIP signatory</source>
        <translation>NIP of the SIP signatory</translation>
    </message>
    <message>
        <source>BAST number pattern</source>
        <translation>BAST number pattern</translation>
    </message>
    <message>
        <source>BAST number pattern: use {{seq}} for the year's next number and {{year}} for the year, e.g. 030/{{seq}}/BU/{{year}} ("{value}" is not such a pattern).</source>
        <translation>BAST number pattern: use {{seq}} for the year's next number and {{year}} for the year, e.g. 030/{{seq}}/BU/{{year}} ("{value}" is not such a pattern).</translation>
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
        <source>BPKAD (reads every unit)</source>
        <translation>BPKAD (reads every unit)</translation>
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
        <source>book pool vehicles</source>
        <translation>book pool vehicles</translation>
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
        <source>back up, restore and check the database</source>
        <translation>back up, restore and check the database</translation>
    </message>
    <message>
        <source>read every unit's data</source>
        <translation>read every unit's data</translation>
    </message>
    <message>
        <source>add and change the units</source>
        <translation>add and change the units</translation>
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
    <message>
        <source>The file {path} is empty (0 bytes): it is not an Inventaris database, and Inventaris does not turn it into a new one. If it should hold your data, restore a backup over it (inventaris restore, backups are in {backups}); for a new database, delete the empty file or choose a name that does not exist yet.</source>
        <translation>The file {path} is empty (0 bytes): it is not an Inventaris database, and Inventaris does not turn it into a new one. If it should hold your data, restore a backup over it (inventaris restore, backups are in {backups}); for a new database, delete the empty file or choose a name that does not exist yet.</translation>
    </message>
    <message>
        <source>SK number of the disposal</source>
        <translation>SK number of the disposal</translation>
    </message>
    <message>
        <source>NIP of the holder</source>
        <translation>NIP of the holder</translation>
    </message>
    <message>
        <source>Reason for disposal: choose one of {choices} ("{value}" is not).</source>
        <translation>Reason for disposal: choose one of {choices} ("{value}" is not).</translation>
    </message>
    <message>
        <source>Choose at least one asset first.</source>
        <translation>Choose at least one asset first.</translation>
    </message>
    <message>
        <source>Room: the room {id} does not exist in this unit.</source>
        <translation>Room: the room {id} does not exist in this unit.</translation>
    </message>
    <message>
        <source>{asset} is KIB {kib}; only KIB B and KIB E items sit in rooms.</source>
        <translation>{asset} is KIB {kib}; only KIB B and KIB E items sit in rooms.</translation>
    </message>
    <message>
        <source>Amount: the capitalised value must be more than Rp 0 (it is added to the price).</source>
        <translation>Amount: the capitalised value must be more than Rp 0 (it is added to the price).</translation>
    </message>
    <message>
        <source>Extends the useful life by: {value} years is not between 0 and {most}.</source>
        <translation>Extends the useful life by: {value} years is not between 0 and {most}.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is already this asset's code.</source>
        <translation>Kode barang: {code} is already this asset's code.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is not in the code table.</source>
        <translation>Kode barang: {code} is not in the code table.</translation>
    </message>
    <message>
        <source>{label}: {value} is before {asset} was acquired ({acquired}).</source>
        <translation>{label}: {value} is before {asset} was acquired ({acquired}).</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Slightly damaged</source>
        <translation>Slightly damaged</translation>
    </message>
    <message>
        <source>Badly damaged</source>
        <translation>Badly damaged</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Condition changed</source>
        <translation>Condition changed</translation>
    </message>
    <message>
        <source>Holder changed</source>
        <translation>Holder changed</translation>
    </message>
    <message>
        <source>Value changed (capitalisation)</source>
        <translation>Value changed (capitalisation)</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>Reclassified</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Proposed for disposal</source>
        <translation>Proposed for disposal</translation>
    </message>
    <message>
        <source>Withdrawn from a disposal proposal</source>
        <translation>Withdrawn from a disposal proposal</translation>
    </message>
    <message>
        <source>Lent (pinjam pakai)</source>
        <translation>Lent (pinjam pakai)</translation>
    </message>
    <message>
        <source>Back from loan</source>
        <translation>Back from loan</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Semi-permanent</source>
        <translation>Semi-permanent</translation>
    </message>
    <message>
        <source>Temporary (darurat)</source>
        <translation>Temporary (darurat)</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Kode barang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year of acquisition</source>
        <translation>Year of acquisition</translation>
    </message>
    <message>
        <source>Date of acquisition</source>
        <translation>Date of acquisition</translation>
    </message>
    <message>
        <source>Cara perolehan</source>
        <translation>Cara perolehan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Address / location</source>
        <translation>Address / location</translation>
    </message>
    <message>
        <source>Land area (m²)</source>
        <translation>Land area (m²)</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>Title (status hak)</source>
        <translation>Title (status hak)</translation>
    </message>
    <message>
        <source>Number of identical items</source>
        <translation>Number of identical items</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Length (km)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Width (m)</translation>
    </message>
    <message>
        <source>Kind of building</source>
        <translation>Kind of building</translation>
    </message>
    <message>
        <source>Construction started</source>
        <translation>Construction started</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Contract value</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/type</translation>
    </message>
    <message>
        <source>Size/CC</source>
        <translation>Size/CC</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Serial/factory no.</source>
        <translation>Serial/factory no.</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Unit of count</source>
        <translation>Unit of count</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>NIBAR</source>
        <translation>NIBAR</translation>
    </message>
    <message>
        <source>Use of the land</source>
        <translation>Use of the land</translation>
    </message>
    <message>
        <source>Certificate/document no.</source>
        <translation>Certificate/document no.</translation>
    </message>
    <message>
        <source>Code of the land</source>
        <translation>Code of the land</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Book: title/author</source>
        <translation>Book: title/author</translation>
    </message>
    <message>
        <source>Art: region of origin</source>
        <translation>Art: region of origin</translation>
    </message>
    <message>
        <source>Art: creator</source>
        <translation>Art: creator</translation>
    </message>
    <message>
        <source>Animal/plant: kind</source>
        <translation>Animal/plant: kind</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is not in the code table. Pick one with Choose…</source>
        <translation>Kode barang: {code} is not in the code table. Pick one with Choose…</translation>
    </message>
    <message>
        <source>Kode barang: {code} belongs to KIB {actual}, not to KIB {expected}.</source>
        <translation>Kode barang: {code} belongs to KIB {actual}, not to KIB {expected}.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is above the jenis level; choose a more precise code.</source>
        <translation>Kode barang: {code} is above the jenis level; choose a more precise code.</translation>
    </message>
    <message>
        <source>Year of acquisition: from {first} to {last} ({value} is outside).</source>
        <translation>Year of acquisition: from {first} to {last} ({value} is outside).</translation>
    </message>
    <message>
        <source>{label}: {value} is in the future.</source>
        <translation>{label}: {value} is in the future.</translation>
    </message>
    <message>
        <source>Date of acquisition {value} is not in the year of acquisition {year}.</source>
        <translation>Date of acquisition {value} is not in the year of acquisition {year}.</translation>
    </message>
    <message>
        <source>Cara perolehan: choose one of {choices} ("{value}" is not).</source>
        <translation>Cara perolehan: choose one of {choices} ("{value}" is not).</translation>
    </message>
    <message>
        <source>Condition: B, RR or RB ("{value}" is not).</source>
        <translation>Condition: B, RR or RB ("{value}" is not).</translation>
    </message>
    <message>
        <source>Kind of building: P, SP or D ("{value}" is not).</source>
        <translation>Kind of building: P, SP or D ("{value}" is not).</translation>
    </message>
    <message>
        <source>Progress (%): from 0 to 100 (not {value}).</source>
        <translation>Progress (%): from 0 to 100 (not {value}).</translation>
    </message>
    <message>
        <source>Room: only KIB B and KIB E items sit in rooms; {code} is KIB {kib}.</source>
        <translation>Room: only KIB B and KIB E items sit in rooms; {code} is KIB {kib}.</translation>
    </message>
    <message>
        <source>Number of identical items: from 1 to {maximum} (not {value}).</source>
        <translation>Number of identical items: from 1 to {maximum} (not {value}).</translation>
    </message>
    <message>
        <source>{count} identical items cannot share one serial, plate, chassis, engine, BPKB or NIBAR number; leave those empty and fill them in per item.</source>
        <translation>{count} identical items cannot share one serial, plate, chassis, engine, BPKB or NIBAR number; leave those empty and fill them in per item.</translation>
    </message>
    <message>
        <source>The asset {id} does not exist.</source>
        <translation>The asset {id} does not exist.</translation>
    </message>
    <message>
        <source>{who} saved a change to this asset on {when} WIB, after you opened it. Reload it to see that change, then make yours again.</source>
        <translation>{who} saved a change to this asset on {when} WIB, after you opened it. Reload it to see that change, then make yours again.</translation>
    </message>
    <message>
        <source>{asset} was disposed of on {date}; a disposed item cannot be changed.</source>
        <translation>{asset} was disposed of on {date}; a disposed item cannot be changed.</translation>
    </message>
    <message>
        <source>KIB A – Land</source>
        <translation>KIB A – Land</translation>
    </message>
    <message>
        <source>KIB B – Equipment and machines</source>
        <translation>KIB B – Equipment and machines</translation>
    </message>
    <message>
        <source>KIB C – Buildings</source>
        <translation>KIB C – Buildings</translation>
    </message>
    <message>
        <source>KIB D – Roads, irrigation and networks</source>
        <translation>KIB D – Roads, irrigation and networks</translation>
    </message>
    <message>
        <source>KIB E – Other fixed assets</source>
        <translation>KIB E – Other fixed assets</translation>
    </message>
    <message>
        <source>KIB F – Construction in progress</source>
        <translation>KIB F – Construction in progress</translation>
    </message>
    <message>
        <source>{label}: "{value}" is not a kode barang. Write up to seven levels of digits separated by dots: 1.3.2.10.01.02.002.</source>
        <translation>{label}: "{value}" is not a kode barang. Write up to seven levels of digits separated by dots: 1.3.2.10.01.02.002.</translation>
    </message>
    <message>
        <source>{file}: no header row with a code column ("kode") and a name column ("nama" or "uraian") in the first 30 rows.</source>
        <translation>{file}: no header row with a code column ("kode") and a name column ("nama" or "uraian") in the first 30 rows.</translation>
    </message>
    <message>
        <source>{count} problem(s) in {file}; nothing was imported. The first, row {row}, column {column}: {problem}</source>
        <translation>{count} problem(s) in {file}; nothing was imported. The first, row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet (.xlsx) or a CSV file.</source>
        <translation>{file} cannot be read as a spreadsheet (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <source>"{value}" is not a well-formed code</source>
        <translation>"{value}" is not a well-formed code</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>code {value} appears again (first in row {first_row})</source>
        <translation>code {value} appears again (first in row {first_row})</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Destruction (pemusnahan)</source>
        <translation>Destruction (pemusnahan)</translation>
    </message>
    <message>
        <source>Sale or auction (penjualan/lelang)</source>
        <translation>Sale or auction (penjualan/lelang)</translation>
    </message>
    <message>
        <source>Grant (hibah)</source>
        <translation>Grant (hibah)</translation>
    </message>
    <message>
        <source>Exchange (tukar menukar)</source>
        <translation>Exchange (tukar menukar)</translation>
    </message>
    <message>
        <source>Capital participation (penyertaan modal)</source>
        <translation>Capital participation (penyertaan modal)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Disposed by decree</source>
        <translation>Disposed by decree</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Room code</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Building name</translation>
    </message>
    <message>
        <source>NIP of the person responsible</source>
        <translation>NIP of the person responsible</translation>
    </message>
    <message>
        <source>Room code: {code} is already used by {name}.</source>
        <translation>Room code: {code} is already used by {name}.</translation>
    </message>
    <message>
        <source>The room {id} does not exist.</source>
        <translation>The room {id} does not exist.</translation>
    </message>
    <message>
        <source>The building {id} does not exist.</source>
        <translation>The building {id} does not exist.</translation>
    </message>
    <message>
        <source>Capacity: a whole number of people from 1 to 5000.</source>
        <translation>Capacity: a whole number of people from 1 to 5000.</translation>
    </message>
    <message>
        <source>{what} belongs to a unit you do not work in.</source>
        <translation>{what} belongs to a unit you do not work in.</translation>
    </message>
    <message>
        <source>Your account is not assigned to any unit; ask an Admin.</source>
        <translation>Your account is not assigned to any unit; ask an Admin.</translation>
    </message>
    <message>
        <source>Fill in the office settings first (regency name, city, unit name and kode lokasi): every printed sheet carries them.</source>
        <translation>Fill in the office settings first (regency name, city, unit name and kode lokasi): every printed sheet carries them.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({detail}). If it is open in Excel, close it and try again, or choose another folder.</source>
        <translation>The file {path} cannot be written ({detail}). If it is open in Excel, close it and try again, or choose another folder.</translation>
    </message>
    <message>
        <source>Nomor polisi: write it like BK 1234 AB ("{value}" is not a plate).</source>
        <translation>Nomor polisi: write it like BK 1234 AB ("{value}" is not a plate).</translation>
    </message>
    <message>
        <source>{label} {value} is already used by {name} ({code}).</source>
        <translation>{label} {value} is already used by {name} ({code}).</translation>
    </message>
    <message>
        <source>{label}: another PC saved an item with the same number at the same moment; nothing of yours was saved. Reload, check the number and save again.</source>
        <translation>{label}: another PC saved an item with the same number at the same moment; nothing of yours was saved. Reload, check the number and save again.</translation>
    </message>
    <message>
        <source>This version of Inventaris keeps each plate, chassis, engine and BPKB number to one item, but in this database some are used by more than one item: {numbers}. Nothing was changed. With the version used so far, correct the wrong numbers (or record the disposal of an item that is gone), then start this version again.</source>
        <translation>This version of Inventaris keeps each plate, chassis, engine and BPKB number to one item, but in this database some are used by more than one item: {numbers}. Nothing was changed. With the version used so far, correct the wrong numbers (or record the disposal of an item that is gone), then start this version again.</translation>
    </message>
    <message>
        <source>Row number (not imported)</source>
        <translation>Row number (not imported)</translation>
    </message>
    <message>
        <source>Register number or range</source>
        <translation>Register number or range</translation>
    </message>
    <message>
        <source>Quantity (jumlah)</source>
        <translation>Quantity (jumlah)</translation>
    </message>
    <message>
        <source>Price of the row (all its items)</source>
        <translation>Price of the row (all its items)</translation>
    </message>
    <message>
        <source>Price of one item</source>
        <translation>Price of one item</translation>
    </message>
    <message>
        <source>Cara perolehan (asal usul)</source>
        <translation>Cara perolehan (asal usul)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Nomor polisi</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Certificate/document date</source>
        <translation>Certificate/document date</translation>
    </message>
    <message>
        <source>Multi-storey</source>
        <translation>Multi-storey</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>Concrete</translation>
    </message>
    <message>
        <source>Notes (keterangan)</source>
        <translation>Notes (keterangan)</translation>
    </message>
    <message>
        <source>Nomor rangka</source>
        <translation>Nomor rangka</translation>
    </message>
    <message>
        <source>Nomor mesin</source>
        <translation>Nomor mesin</translation>
    </message>
    <message>
        <source>Nomor BPKB</source>
        <translation>Nomor BPKB</translation>
    </message>
    <message>
        <source>{label}: at most {limit} characters ({count} typed).</source>
        <translation>{label}: at most {limit} characters ({count} typed).</translation>
    </message>
    <message>
        <source>Template {name}: {count} labels of {size} mm with the margins and gaps need {need} mm, but the page is {page} mm.</source>
        <translation>Template {name}: {count} labels of {size} mm with the margins and gaps need {need} mm, but the page is {page} mm.</translation>
    </message>
    <message>
        <source>Template {name}: {label} must be more than 0.</source>
        <translation>Template {name}: {label} must be more than 0.</translation>
    </message>
    <message>
        <source>Template {name} is too small for a readable QR code: its modules would be {size} mm, at least {minimum} mm is needed. Choose a larger label.</source>
        <translation>Template {name} is too small for a readable QR code: its modules would be {size} mm, at least {minimum} mm is needed. Choose a larger label.</translation>
    </message>
    <message>
        <source>There is no label template called {name}.</source>
        <translation>There is no label template called {name}.</translation>
    </message>
    <message>
        <source>Start at position: from 1 to {last} on template {name} (not {value}).</source>
        <translation>Start at position: from 1 to {last} on template {name} (not {value}).</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels 63.5 × 38.1 mm</source>
        <translation>A4, 3 × 7 labels 63.5 × 38.1 mm</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels 99.1 × 38.1 mm</source>
        <translation>A4, 2 × 7 labels 99.1 × 38.1 mm</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels 48.5 × 25.4 mm</source>
        <translation>A4, 4 × 10 labels 48.5 × 25.4 mm</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm), 3 × 8 labels 64 × 38 mm</source>
        <translation>F4 (215 × 330 mm), 3 × 8 labels 64 × 38 mm</translation>
    </message>
    <message>
        <source>Thermal roll, one label 50 × 30 mm</source>
        <translation>Thermal roll, one label 50 × 30 mm</translation>
    </message>
    <message>
        <source>Thermal roll, one label 60 × 40 mm</source>
        <translation>Thermal roll, one label 60 × 40 mm</translation>
    </message>
    <message>
        <source>Annual tax / STNK validation</source>
        <translation>Annual tax / STNK validation</translation>
    </message>
    <message>
        <source>5-yearly STNK and plate</source>
        <translation>5-yearly STNK and plate</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>{vehicle}: {what}</source>
        <translation>{vehicle}: {what}</translation>
    </message>
    <message>
        <source>{vehicle}: {what} at {due_km} km (now {current_km} km)</source>
        <translation>{vehicle}: {what} at {due_km} km (now {current_km} km)</translation>
    </message>
    <message>
        <source>{what}</source>
        <translation>{what}</translation>
    </message>
    <message>
        <source>{what} ({due_km} km)</source>
        <translation>{what} ({due_km} km)</translation>
    </message>
    <message>
        <source>Odometer: {value} km is lower than the last reading, {last} km on {date}. Check the number; if the odometer was replaced, record that first.</source>
        <translation>Odometer: {value} km is lower than the last reading, {last} km on {date}. Check the number; if the odometer was replaced, record that first.</translation>
    </message>
    <message>
        <source>Odometer: {value} km is higher than the next reading, {next} km on {date}. Check the number and the date.</source>
        <translation>Odometer: {value} km is higher than the next reading, {next} km on {date}. Check the number and the date.</translation>
    </message>
    <message>
        <source>Odometer replaced on {date}: the current odometer already reads {last} km on {last_date}, after that day. Give the day it was replaced, on or after {last_date}.</source>
        <translation>Odometer replaced on {date}: the current odometer already reads {last} km on {last_date}, after that day. Give the day it was replaced, on or after {last_date}.</translation>
    </message>
    <message>
        <source>The odometer replacement of {date} cannot be deleted: the new meter's {value} km on {on} is lower than the old meter's {last} km on {last_on}. Delete those records first.</source>
        <translation>The odometer replacement of {date} cannot be deleted: the new meter's {value} km on {on} is lower than the old meter's {last} km on {last_on}. Delete those records first.</translation>
    </message>
    <message>
        <source>{asset} is not a vehicle (kode barang 1.3.2.02).</source>
        <translation>{asset} is not a vehicle (kode barang 1.3.2.02).</translation>
    </message>
    <message>
        <source>Litres must be more than 0.</source>
        <translation>Litres must be more than 0.</translation>
    </message>
    <message>
        <source>Price per litre</source>
        <translation>Price per litre</translation>
    </message>
    <message>
        <source>Official residences</source>
        <translation>Official residences</translation>
    </message>
    <message>
        <source>Occupant's name</source>
        <translation>Occupant's name</translation>
    </message>
    <message>
        <source>SIP number</source>
        <translation>SIP number</translation>
    </message>
    <message>
        <source>Occupant's NIP</source>
        <translation>Occupant's NIP</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>{asset} is not a residence (kode barang {prefix}.).</source>
        <translation>{asset} is not a residence (kode barang {prefix}.).</translation>
    </message>
    <message>
        <source>{house} already has an occupant: {name} (SIP {sip}). Record the move-out first.</source>
        <translation>{house} already has an occupant: {name} (SIP {sip}). Record the move-out first.</translation>
    </message>
    <message>
        <source>The SIP is valid until {until}, which is not after it starts, {start}.</source>
        <translation>The SIP is valid until {until}, which is not after it starts, {start}.</translation>
    </message>
    <message>
        <source>Move-out {moved_out} is before the move-in or the SIP start, {start}.</source>
        <translation>Move-out {moved_out} is before the move-in or the SIP start, {start}.</translation>
    </message>
    <message>
        <source>{name} already moved out on {date}.</source>
        <translation>{name} already moved out on {date}.</translation>
    </message>
    <message>
        <source>The occupancy no longer exists.</source>
        <translation>The occupancy no longer exists.</translation>
    </message>
    <message>
        <source>{label}: choose one of {choices} ("{value}" is not).</source>
        <translation>{label}: choose one of {choices} ("{value}" is not).</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>The disposal proposal {id} does not exist.</source>
        <translation>The disposal proposal {id} does not exist.</translation>
    </message>
    <message>
        <source>{asset} is not on the proposal {proposal}: only proposed items can be decreed.</source>
        <translation>{asset} is not on the proposal {proposal}: only proposed items can be decreed.</translation>
    </message>
    <message>
        <source>{asset} is no longer waiting on the proposal {proposal} ({state}).</source>
        <translation>{asset} is no longer waiting on the proposal {proposal} ({state}).</translation>
    </message>
    <message>
        <source>One proposal holds the items of one unit: {asset} belongs to another.</source>
        <translation>One proposal holds the items of one unit: {asset} belongs to another.</translation>
    </message>
    <message>
        <source>{label}: at most {most} characters.</source>
        <translation>{label}: at most {most} characters.</translation>
    </message>
    <message>
        <source>{label}: {value} is before the proposal was made ({proposed}).</source>
        <translation>{label}: {value} is before the proposal was made ({proposed}).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Number of the inspection's berita acara</source>
        <translation>Number of the inspection's berita acara</translation>
    </message>
    <message>
        <source>Date of the inspection</source>
        <translation>Date of the inspection</translation>
    </message>
    <message>
        <source>Date of the withdrawal</source>
        <translation>Date of the withdrawal</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Moved in {days} days after the SIP date; the rule is within {limit} days.</source>
        <translation>Moved in {days} days after the SIP date; the rule is within {limit} days.</translation>
    </message>
    <message>
        <source>SIP date</source>
        <translation>SIP date</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Moved in on</translation>
    </message>
    <message>
        <source>{label}: {value} is not a believable date (from {first} to {last}).</source>
        <translation>{label}: {value} is not a believable date (from {first} to {last}).</translation>
    </message>
    <message>
        <source>Photo: use a JPEG or PNG picture of at most 2 MB ({size} KB given).</source>
        <translation>Photo: use a JPEG or PNG picture of at most 2 MB ({size} KB given).</translation>
    </message>
    <message>
        <source>{label}: give a number from {low} to {high}.</source>
        <translation>{label}: give a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>SIP valid for (years)</source>
        <translation>SIP valid for (years)</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>Retirement age</translation>
    </message>
    <message>
        <source>{house}: the SIP of {name} expired on {date}.</source>
        <translation>{house}: the SIP of {name} expired on {date}.</translation>
    </message>
    <message>
        <source>{house}: the SIP of {name} ends on {date}.</source>
        <translation>{house}: the SIP of {name} ends on {date}.</translation>
    </message>
    <message>
        <source>{house} is vacant.</source>
        <translation>{house} is vacant.</translation>
    </message>
    <message>
        <source>{house}: {name} reaches retirement age; retires on {date} and must move out.</source>
        <translation>{house}: {name} reaches retirement age; retires on {date} and must move out.</translation>
    </message>
    <message>
        <source>Service plan: give every how many km, every how many months, or both.</source>
        <translation>Service plan: give every how many km, every how many months, or both.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Give the reason for deleting the record.</source>
        <translation>Give the reason for deleting the record.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>Periodic service</translation>
    </message>
    <message>
        <source>Oil change</source>
        <translation>Oil change</translation>
    </message>
    <message>
        <source>Tyres</source>
        <translation>Tyres</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>Brakes</source>
        <translation>Brakes</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Electrical</translation>
    </message>
    <message>
        <source>Bodywork</source>
        <translation>Bodywork</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>Air conditioning</translation>
    </message>
    <message>
        <source>The service plan no longer exists.</source>
        <translation>The service plan no longer exists.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>Wheels: choose R2, R4 or R6.</source>
        <translation>Wheels: choose R2, R4 or R6.</translation>
    </message>
    <message>
        <source>The new expiry date {new} is not later than the current one, {old}.</source>
        <translation>The new expiry date {new} is not later than the current one, {old}.</translation>
    </message>
    <message>
        <source>A series has at most {limit} occurrences; this one would have more.</source>
        <translation>A series has at most {limit} occurrences; this one would have more.</translation>
    </message>
    <message>
        <source>Repeat: give an end date or a number of times.</source>
        <translation>Repeat: give an end date or a number of times.</translation>
    </message>
    <message>
        <source>Repeat until {until}: that is before the first date, {first}.</source>
        <translation>Repeat until {until}: that is before the first date, {first}.</translation>
    </message>
    <message>
        <source>Repeat weekly: choose at least one weekday.</source>
        <translation>Repeat weekly: choose at least one weekday.</translation>
    </message>
    <message>
        <source>Repeat every: give a number from 1 to 12.</source>
        <translation>Repeat every: give a number from 1 to 12.</translation>
    </message>
    <message>
        <source>Repeat monthly: the week must be 1 to 4, or the last.</source>
        <translation>Repeat monthly: the week must be 1 to 4, or the last.</translation>
    </message>
    <message>
        <source>Year: choose a year from {first} to {last}.</source>
        <translation>Year: choose a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>There is no vehicle with the plate {plate}.</source>
        <translation>There is no vehicle with the plate {plate}.</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Snacks</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Sound system</source>
        <translation>Sound system</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{resource} is already booked on {date} from {start} to {end} for “{title}” ({organizer}).</source>
        <translation>{resource} is already booked on {date} from {start} to {end} for “{title}” ({organizer}).</translation>
    </message>
    <message>
        <source>The end, {end}, must be later than the start, {start}.</source>
        <translation>The end, {end}, must be later than the start, {start}.</translation>
    </message>
    <message>
        <source>Times go in steps of {step} minutes; {time} is not on a step.</source>
        <translation>Times go in steps of {step} minutes; {time} is not on a step.</translation>
    </message>
    <message>
        <source>A booking cannot end in the past ({end}).</source>
        <translation>A booking cannot end in the past ({end}).</translation>
    </message>
    <message>
        <source>{room} is not a meeting room; only meeting rooms are booked.</source>
        <translation>{room} is not a meeting room; only meeting rooms are booked.</translation>
    </message>
    <message>
        <source>{vehicle} is not a pool vehicle; only pool vehicles are booked.</source>
        <translation>{vehicle} is not a pool vehicle; only pool vehicles are booked.</translation>
    </message>
    <message>
        <source>The booking no longer exists.</source>
        <translation>The booking no longer exists.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Give the reason for the cancellation.</translation>
    </message>
    <message>
        <source>The booking is already cancelled.</source>
        <translation>The booking is already cancelled.</translation>
    </message>
    <message>
        <source>Needs: "{value}" is not one of {choices}.</source>
        <translation>Needs: "{value}" is not one of {choices}.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>A booking starts at most two years ahead; {start} is further. Check the year.</source>
        <translation>A booking starts at most two years ahead; {start} is further. Check the year.</translation>
    </message>
    <message>
        <source>A booking lasts at most {days} days; book a longer use in parts.</source>
        <translation>A booking lasts at most {days} days; book a longer use in parts.</translation>
    </message>
    <message>
        <source>Office hours: the day must end after it starts ({start} to {end}).</source>
        <translation>Office hours: the day must end after it starts ({start} to {end}).</translation>
    </message>
    <message>
        <source>Time step: choose 5, 10, 15, 30 or 60 minutes.</source>
        <translation>Time step: choose 5, 10, 15, 30 or 60 minutes.</translation>
    </message>
    <message>
        <source>The recurring booking {id} does not exist.</source>
        <translation>The recurring booking {id} does not exist.</translation>
    </message>
    <message>
        <source>The period must end on or after its first day ({first} to {last}).</source>
        <translation>The period must end on or after its first day ({first} to {last}).</translation>
    </message>
    <message>
        <source>The position date {date} is not in {year}: choose a date of that year.</source>
        <translation>The position date {date} is not in {year}: choose a date of that year.</translation>
    </message>
    <message>
        <source>The unit {name} has no kode lokasi: fill it in under Units first, the regency recap names every unit by it.</source>
        <translation>The unit {name} has no kode lokasi: fill it in under Units first, the regency recap names every unit by it.</translation>
    </message>
    <message>
        <source>The register of {name} changed while the regency recap was being made (another PC saved): make the recap again.</source>
        <translation>The register of {name} changed while the regency recap was being made (another PC saved): make the recap again.</translation>
    </message>
    <message>
        <source>kode barang {value} is not in the code table; import the BPKAD's table first</source>
        <translation>kode barang {value} is not in the code table; import the BPKAD's table first</translation>
    </message>
    <message>
        <source>kode barang {value} is above the jenis level; an item needs a more precise code</source>
        <translation>kode barang {value} is above the jenis level; an item needs a more precise code</translation>
    </message>
    <message>
        <source>register {register} of {code} appears again (first in {where})</source>
        <translation>register {register} of {code} appears again (first in {where})</translation>
    </message>
    <message>
        <source>{label} {value} appears again (first in {where})</source>
        <translation>{label} {value} appears again (first in {where})</translation>
    </message>
    <message>
        <source>{label} {value} is already used by {name} ({asset})</source>
        <translation>{label} {value} is already used by {name} ({asset})</translation>
    </message>
    <message>
        <source>only KIB B and KIB E items sit in rooms; {code} is KIB {kib}</source>
        <translation>only KIB B and KIB E items sit in rooms; {code} is KIB {kib}</translation>
    </message>
    <message>
        <source>{asset} was disposed of; the file would change it ({fields})</source>
        <translation>{asset} was disposed of; the file would change it ({fields})</translation>
    </message>
    <message>
        <source>{first_sheet}, row {first_row}</source>
        <translation>{first_sheet}, row {first_row}</translation>
    </message>
    <message>
        <source>Column {column} '{value}': values multiplied by {factor}</source>
        <translation>Column {column} '{value}': values multiplied by {factor}</translation>
    </message>
    <message>
        <source>{name}: {price} for one item is too low to be sure of for KIB {kib} (under {threshold}), and the column's heading names no unit. If the amounts are in thousands, write it in the heading, e.g. "Harga (ribuan Rp)"; if they are in Rupiah, "Harga (Rp)"</source>
        <translation>{name}: {price} for one item is too low to be sure of for KIB {kib} (under {threshold}), and the column's heading names no unit. If the amounts are in thousands, write it in the heading, e.g. "Harga (ribuan Rp)"; if they are in Rupiah, "Harga (Rp)"</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet (.xlsx) or a CSV file.</source>
        <translation>{file} is not a spreadsheet (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import again.</source>
        <translation>{file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import again.</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97–2003 workbook (.xls). Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} is an old Excel 97–2003 workbook (.xls). Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</translation>
    </message>
    <message>
        <source>{file} is a web page or an XML file, not a workbook. Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} is a web page or an XML file, not a workbook. Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than a spreadsheet of assets can be; split it into several files.</source>
        <translation>{file} is {size} MB, more than a spreadsheet of assets can be; split it into several files.</translation>
    </message>
    <message>
        <source>Sheet "{sheet}" of {file} has more than {limit} rows; split it into several files.</source>
        <translation>Sheet "{sheet}" of {file} has more than {limit} rows; split it into several files.</translation>
    </message>
    <message>
        <source>{file} has no sheet "{sheet}". Its sheets: {sheets}.</source>
        <translation>{file} has no sheet "{sheet}". Its sheets: {sheets}.</translation>
    </message>
    <message>
        <source>holds an invisible control character (code {code}); remove it from the cell</source>
        <translation>holds an invisible control character (code {code}); remove it from the cell</translation>
    </message>
    <message>
        <source>the cell holds a formula that was never calculated; open the file in Excel or LibreOffice, save it, and import again</source>
        <translation>the cell holds a formula that was never calculated; open the file in Excel or LibreOffice, save it, and import again</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <source>jumlah {quantity} does not match the register range {range}, which holds {count}</source>
        <translation>jumlah {quantity} does not match the register range {range}, which holds {count}</translation>
    </message>
    <message>
        <source>Sheet "{sheet}" of {file}: no header row with a kode barang column and a name column in its first 40 rows.</source>
        <translation>Sheet "{sheet}" of {file}: no header row with a kode barang column and a name column in its first 40 rows.</translation>
    </message>
    <message>
        <source>{file}: no sheet has a header row with a kode barang column and a name column. Choose the sheet and map its columns.</source>
        <translation>{file}: no sheet has a header row with a kode barang column and a name column. Choose the sheet and map its columns.</translation>
    </message>
    <message>
        <source>Sheet "{sheet}": choose the column that holds "{label}".</source>
        <translation>Sheet "{sheet}": choose the column that holds "{label}".</translation>
    </message>
    <message>
        <source>Sheet "{sheet}": "{label}" is chosen for more than one column.</source>
        <translation>Sheet "{sheet}": "{label}" is chosen for more than one column.</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>the cell is empty</translation>
    </message>
    <message>
        <source>"{value}" is below zero, which is not allowed</source>
        <translation>"{value}" is below zero, which is not allowed</translation>
    </message>
    <message>
        <source>"{value}" is not an amount of Rupiah</source>
        <translation>"{value}" is not an amount of Rupiah</translation>
    </message>
    <message>
        <source>"{value}" is too large an amount to store</source>
        <translation>"{value}" is too large an amount to store</translation>
    </message>
    <message>
        <source>"{value}" is not an area in square metres</source>
        <translation>"{value}" is not an area in square metres</translation>
    </message>
    <message>
        <source>"{value}" is not a date (write 28-11-2026, or the year alone)</source>
        <translation>"{value}" is not a date (write 28-11-2026, or the year alone)</translation>
    </message>
    <message>
        <source>"{value}" is not a possible date</source>
        <translation>"{value}" is not a possible date</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>{value} is in the future</translation>
    </message>
    <message>
        <source>{value} is before {first_year}; dates from {first_year} to {last_year} are accepted</source>
        <translation>{value} is before {first_year}; dates from {first_year} to {last_year} are accepted</translation>
    </message>
    <message>
        <source>"{value}" is not a condition: write B (Baik), RR (Rusak Ringan) or RB (Rusak Berat); KB (Kurang Baik) and SIMDA's 1, 2, 3 are also understood</source>
        <translation>"{value}" is not a condition: write B (Baik), RR (Rusak Ringan) or RB (Rusak Berat); KB (Kurang Baik) and SIMDA's 1, 2, 3 are also understood</translation>
    </message>
    <message>
        <source>"{value}" is not a kode barang: write up to seven levels of digits separated by dots, like 1.3.2.10.01.02.002</source>
        <translation>"{value}" is not a kode barang: write up to seven levels of digits separated by dots, like 1.3.2.10.01.02.002</translation>
    </message>
    <message>
        <source>"{value}" is a number, not a kode barang: format the column as text and type the code again</source>
        <translation>"{value}" is a number, not a kode barang: format the column as text and type the code again</translation>
    </message>
    <message>
        <source>"{value}" is not a register number or range (write 0001, or 0001 - 0050)</source>
        <translation>"{value}" is not a register number or range (write 0001, or 0001 - 0050)</translation>
    </message>
    <message>
        <source>"{value}": register numbers start at 1, not 0</source>
        <translation>"{value}": register numbers start at 1, not 0</translation>
    </message>
    <message>
        <source>"{value}": the range ends before it starts</source>
        <translation>"{value}": the range ends before it starts</translation>
    </message>
    <message>
        <source>"{value}": a register number has at most {digits} digits</source>
        <translation>"{value}": a register number has at most {digits} digits</translation>
    </message>
    <message>
        <source>"{value}" is not a quantity: write a whole number of 1 or more</source>
        <translation>"{value}" is not a quantity: write a whole number of 1 or more</translation>
    </message>
    <message>
        <source>"{value}" is not understood: write {yes} for yes, or {no} for no</source>
        <translation>"{value}" is not understood: write {yes} for yes, or {no} for no</translation>
    </message>
    <message>
        <source>"{value}" is not a kind of building: write P (permanen), SP (semi permanen) or D (darurat)</source>
        <translation>"{value}" is not a kind of building: write P (permanen), SP (semi permanen) or D (darurat)</translation>
    </message>
    <message>
        <source>"{value}" is not a way of acquiring: write {methods}, or a source of funds such as APBD</source>
        <translation>"{value}" is not a way of acquiring: write {methods}, or a source of funds such as APBD</translation>
    </message>
    <message>
        <source>"{value}" was stored as a number and lost digits: format the NIP column as text and type the NIP again</source>
        <translation>"{value}" was stored as a number and lost digits: format the NIP column as text and type the NIP again</translation>
    </message>
    <message>
        <source>"{value}" is not a NIP: a NIP has 18 digits</source>
        <translation>"{value}" is not a NIP: a NIP has 18 digits</translation>
    </message>
    <message>
        <source>"{value}" does not start with a valid birth date and appointment year and month</source>
        <translation>"{value}" does not start with a valid birth date and appointment year and month</translation>
    </message>
    <message>
        <source>digit 15 of a NIP is 1 (male) or 2 (female), not {digit}</source>
        <translation>digit 15 of a NIP is 1 (male) or 2 (female), not {digit}</translation>
    </message>
    <message>
        <source>{file} cannot be read; the file may be damaged. Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} cannot be read; the file may be damaged. Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} is not an Excel workbook (.xlsx). Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc, save it as .xlsx (Excel 2007-365) and import again.</source>
        <translation>{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc, save it as .xlsx (Excel 2007-365) and import again.</translation>
    </message>
    <message>
        <source>Sheet "{sheet}" of {file} unpacks to {size} MB, more than a spreadsheet of assets can be; split it into several files.</source>
        <translation>Sheet "{sheet}" of {file} unpacks to {size} MB, more than a spreadsheet of assets can be; split it into several files.</translation>
    </message>
    <message>
        <source>{file} holds {size} MB of shared text, styles or pictures ({part}), more than a spreadsheet of assets can; split it into several files.</source>
        <translation>{file} holds {size} MB of shared text, styles or pictures ({part}), more than a spreadsheet of assets can; split it into several files.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>≤ 7 days</source>
        <translation>≤ 7 days</translation>
    </message>
    <message>
        <source>≤ 14 days</source>
        <translation>≤ 14 days</translation>
    </message>
    <message>
        <source>≤ 30 days</source>
        <translation>≤ 30 days</translation>
    </message>
    <message>
        <source>≤ 90 days</source>
        <translation>≤ 90 days</translation>
    </message>
    <message>
        <source>The asset</source>
        <translation>The asset</translation>
    </message>
    <message>
        <source>The vehicle document</source>
        <translation>The vehicle document</translation>
    </message>
    <message>
        <source>The house</source>
        <translation>The house</translation>
    </message>
    <message>
        <source>The handover</source>
        <translation>The handover</translation>
    </message>
    <message>
        <source>The disposal proposal</source>
        <translation>The disposal proposal</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{owner} {id} does not exist or belongs to a unit you do not work in.</source>
        <translation>{owner} {id} does not exist or belongs to a unit you do not work in.</translation>
    </message>
    <message>
        <source>Attachments cannot belong to a {kind}.</source>
        <translation>Attachments cannot belong to a {kind}.</translation>
    </message>
    <message>
        <source>The attachment {id} does not exist (any more).</source>
        <translation>The attachment {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>The file {file} is {size}; an attachment may be at most {limit}.</source>
        <translation>The file {file} is {size}; an attachment may be at most {limit}.</translation>
    </message>
    <message>
        <source>The file {file} is not a PDF, JPEG or PNG (judged by its content, not its name); scan or save it as one of these.</source>
        <translation>The file {file} is not a PDF, JPEG or PNG (judged by its content, not its name); scan or save it as one of these.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{label} holds an invisible control character (code {code}); remove it and type the text again.</source>
        <translation>{label} holds an invisible control character (code {code}); remove it and type the text again.</translation>
    </message>
    <message>
        <source>{label}: the time {value} has no time zone; the program stores times with one.</source>
        <translation>{label}: the time {value} has no time zone; the program stores times with one.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({detail}). Make it writable, or point INVENTARIS_HOME at a folder you may write to.</source>
        <translation>The data folder {folder} cannot be used ({detail}). Make it writable, or point INVENTARIS_HOME at a folder you may write to.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}. Nothing was kept.</source>
        <translation>The backup {path} could not be written: {detail}. Nothing was kept.</translation>
    </message>
    <message>
        <source>The backup {path} did not pass its check ({detail}), so it was not kept. The database itself may be damaged: run inventaris check.</source>
        <translation>The backup {path} did not pass its check ({detail}), so it was not kept. The database itself may be damaged: run inventaris check.</translation>
    </message>
    <message>
        <source>The backup {path} does not hold the same rows as the database (table {table}: {copied} instead of {expected}), so it was not kept.</source>
        <translation>The backup {path} does not hold the same rows as the database (table {table}: {copied} instead of {expected}), so it was not kept.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file for the backup.</source>
        <translation>{path} is the database itself; choose another file for the backup.</translation>
    </message>
    <message>
        <source>While {file} was being imported, another PC saved {what} that the file also holds; nothing was imported. Check the file again: the check now names each clash by its row.</source>
        <translation>While {file} was being imported, another PC saved {what} that the file also holds; nothing was imported. Check the file again: the check now names each clash by its row.</translation>
    </message>
    <message>
        <source>items with register numbers</source>
        <translation>items with register numbers</translation>
    </message>
    <message>
        <source>items without a register number</source>
        <translation>items without a register number</translation>
    </message>
    <message>
        <source>an item with a {label}</source>
        <translation>an item with a {label}</translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} is not installed on this PC, so the backup cannot be made or restored. Install the Debian package postgresql-client (sudo apt-get install postgresql-client; on Windows, PostgreSQL's command line tools) and try again.</source>
        <translation>The PostgreSQL program {tool} is not installed on this PC, so the backup cannot be made or restored. Install the Debian package postgresql-client (sudo apt-get install postgresql-client; on Windows, PostgreSQL's command line tools) and try again.</translation>
    </message>
    <message>
        <source>{tool} failed, and nothing was changed by this program: {detail}</source>
        <translation>{tool} failed, and nothing was changed by this program: {detail}</translation>
    </message>
    <message>
        <source>pg_restore failed: {detail}. It works in one transaction, so the database is as it was before; the safety copy is {safety}.</source>
        <translation>pg_restore failed: {detail}. It works in one transaction, so the database is as it was before; the safety copy is {safety}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an Inventaris database (it is not an SQLite database file). Nothing was changed.</source>
        <translation>{path} is not a backup of an Inventaris database (it is not an SQLite database file). Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is a database, but not an Inventaris one (it has no schema version). Nothing was changed.</source>
        <translation>{path} is a database, but not an Inventaris one (it has no schema version). Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this PostgreSQL database: choose a file made by inventaris backup (pg_dump -Fc). Nothing was changed.</source>
        <translation>{path} is not a backup of this PostgreSQL database: choose a file made by inventaris backup (pg_dump -Fc). Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Inventaris (schema {revision}); this version cannot use it. Nothing was changed.</source>
        <translation>The backup {path} was made by a newer version of Inventaris (schema {revision}); this version cannot use it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}). Nothing was changed; choose another one.</source>
        <translation>The backup {path} is damaged ({detail}). Nothing was changed; choose another one.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>{path} is the database itself, not a backup of it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the database: {detail}. The safety copy of the database as it was is {safety}.</source>
        <translation>The backup could not be copied into the database: {detail}. The safety copy of the database as it was is {safety}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the backup file to write in it.</source>
        <translation>{path} is a folder; give the name of the backup file to write in it.</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Integrity of the database file</source>
        <translation>Integrity of the database file</translation>
    </message>
    <message>
        <source>Every table readable</source>
        <translation>Every table readable</translation>
    </message>
    <message>
        <source>Links between records (foreign keys)</source>
        <translation>Links between records (foreign keys)</translation>
    </message>
    <message>
        <source>Audit log protected against changes</source>
        <translation>Audit log protected against changes</translation>
    </message>
    <message>
        <source>Audit log entries readable</source>
        <translation>Audit log entries readable</translation>
    </message>
    <message>
        <source>schema {revision} is older than this program's {head}: run inventaris upgrade</source>
        <translation>schema {revision} is older than this program's {head}: run inventaris upgrade</translation>
    </message>
    <message>
        <source>schema {revision} is unknown to this version of Inventaris (newer?)</source>
        <translation>schema {revision} is unknown to this version of Inventaris (newer?)</translation>
    </message>
    <message>
        <source>no schema version: not an Inventaris database</source>
        <translation>no schema version: not an Inventaris database</translation>
    </message>
    <message>
        <source>the file is damaged: {detail}. Restore a backup (inventaris restore FILE)</source>
        <translation>the file is damaged: {detail}. Restore a backup (inventaris restore FILE)</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>cannot be read: {detail}</translation>
    </message>
    <message>
        <source>{count} record(s) point at records that do not exist (tables: {tables})</source>
        <translation>{count} record(s) point at records that do not exist (tables: {tables})</translation>
    </message>
    <message>
        <source>constraints not validated: {names}</source>
        <translation>constraints not validated: {names}</translation>
    </message>
    <message>
        <source>missing trigger(s): {names}</source>
        <translation>missing trigger(s): {names}</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translation>{tables} tables, {rows} rows</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>This record was changed on another computer after you opened it. Close the form and open the record again to see the change.</source>
        <translation>This record was changed on another computer after you opened it. Close the form and open the record again to see the change.</translation>
    </message>
    <message>
        <source>Amount paid: give the amount. To remove a payment recorded by mistake, delete it.</source>
        <translation>Amount paid: give the amount. To remove a payment recorded by mistake, delete it.</translation>
    </message>
    <message>
        <source>Handover document (BAST) no.</source>
        <translation>Handover document (BAST) no.</translation>
    </message>
    <message>
        <source>Date finished</source>
        <translation>Date finished</translation>
    </message>
    <message>
        <source>{asset} is KIB {kib}; only a construction in progress (KIB F) can be finished into a building.</source>
        <translation>{asset} is KIB {kib}; only a construction in progress (KIB F) can be finished into a building.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is KIB {kib}; a finished construction becomes a KIB C item.</source>
        <translation>Kode barang: {code} is KIB {kib}; a finished construction becomes a KIB C item.</translation>
    </message>
    <message>
        <source>Date finished: {value} is before the works were recorded ({acquired}).</source>
        <translation>Date finished: {value} is before the works were recorded ({acquired}).</translation>
    </message>
    <message>
        <source>{asset} is already proposed for disposal (on the proposal {proposal}).</source>
        <translation>{asset} is already proposed for disposal (on the proposal {proposal}).</translation>
    </message>
    <message>
        <source>Name of the item found</source>
        <translation>Name of the item found</translation>
    </message>
    <message>
        <source>Used by: name</source>
        <translation>Used by: name</translation>
    </message>
    <message>
        <source>Used by: NIP</source>
        <translation>Used by: NIP</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>{asset} was checked in this stock-take; take the check back before calling it {presence}.</source>
        <translation>{asset} was checked in this stock-take; take the check back before calling it {presence}.</translation>
    </message>
    <message>
        <source>Presence: "{value}" is not hilang or tidak_ditemukan.</source>
        <translation>Presence: "{value}" is not hilang or tidak_ditemukan.</translation>
    </message>
    <message>
        <source>Condition: "{value}" is not B, RR or RB.</source>
        <translation>Condition: "{value}" is not B, RR or RB.</translation>
    </message>
    <message>
        <source>Used by: "{value}" is not unit, employee or other.</source>
        <translation>Used by: "{value}" is not unit, employee or other.</translation>
    </message>
    <message>
        <source>Correction: "{value}" is not a field the team checks.</source>
        <translation>Correction: "{value}" is not a field the team checks.</translation>
    </message>
    <message>
        <source>Recorded twice: {value} is not another item of this unit (give its code and register).</source>
        <translation>Recorded twice: {value} is not another item of this unit (give its code and register).</translation>
    </message>
    <message>
        <source>Quantity: {value} is not between 1 and {most}.</source>
        <translation>Quantity: {value} is not between 1 and {most}.</translation>
    </message>
    <message>
        <source>Year: {value} is not between {first} and {last}.</source>
        <translation>Year: {value} is not between {first} and {last}.</translation>
    </message>
    <message>
        <source>The finding {id} does not exist in this stock-take.</source>
        <translation>The finding {id} does not exist in this stock-take.</translation>
    </message>
    <message>
        <source>This finding has been registered already; change the asset in the register.</source>
        <translation>This finding has been registered already; change the asset in the register.</translation>
    </message>
    <message>
        <source>{who} changed these answers after you opened them. Reload, then answer again.</source>
        <translation>{who} changed these answers after you opened them. Reload, then answer again.</translation>
    </message>
    <message>
        <source>The scanned line is empty.</source>
        <translation>The scanned line is empty.</translation>
    </message>
    <message>
        <source>{place} is already closed in this stock-take.</source>
        <translation>{place} is already closed in this stock-take.</translation>
    </message>
    <message>
        <source>The asset {id} is not an item of this unit.</source>
        <translation>The asset {id} is not an item of this unit.</translation>
    </message>
    <message>
        <source>This follow-up was applied already.</source>
        <translation>This follow-up was applied already.</translation>
    </message>
    <message>
        <source>The stock-take's answers do not call for this follow-up on {item}.</source>
        <translation>The stock-take's answers do not call for this follow-up on {item}.</translation>
    </message>
    <message>
        <source>Kode barang: give the code of {item} before registering it.</source>
        <translation>Kode barang: give the code of {item} before registering it.</translation>
    </message>
    <message>
        <source>Estimated value: give the value of {item} before registering it.</source>
        <translation>Estimated value: give the value of {item} before registering it.</translation>
    </message>
    <message>
        <source>The stock-take {id} does not exist.</source>
        <translation>The stock-take {id} does not exist.</translation>
    </message>
    <message>
        <source>The stock-take {name} is finished; its counts can no longer change.</source>
        <translation>The stock-take {name} is finished; its counts can no longer change.</translation>
    </message>
    <message>
        <source>Room: {place} is not counted in the stock-take {name}.</source>
        <translation>Room: {place} is not counted in the stock-take {name}.</translation>
    </message>
    <message>
        <source>Name of the stock-take</source>
        <translation>Name of the stock-take</translation>
    </message>
    <message>
        <source>Team member {row}: name</source>
        <translation>Team member {row}: name</translation>
    </message>
    <message>
        <source>Team member {row}: NIP</source>
        <translation>Team member {row}: NIP</translation>
    </message>
    <message>
        <source>The stock-take {name} is still open in this unit; finish it before starting another.</source>
        <translation>The stock-take {name} is still open in this unit; finish it before starting another.</translation>
    </message>
    <message>
        <source>End date: {end} is before the start date {start}.</source>
        <translation>End date: {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>KIB: {value} is not one of A, B, C, D, E, F.</source>
        <translation>KIB: {value} is not one of A, B, C, D, E, F.</translation>
    </message>
    <message>
        <source>Rooms: the room {id} is not a room of this unit.</source>
        <translation>Rooms: the room {id} is not a room of this unit.</translation>
    </message>
    <message>
        <source>{who} changed this stock-take after you opened it. Reload it, then try again.</source>
        <translation>{who} changed this stock-take after you opened it. Reload it, then try again.</translation>
    </message>
    <message>
        <source>Outside rooms (land, buildings, vehicles …)</source>
        <translation>Outside rooms (land, buildings, vehicles …)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>In the wrong room</source>
        <translation>In the wrong room</translation>
    </message>
    <message>
        <source>Already scanned here</source>
        <translation>Already scanned here</translation>
    </message>
    <message>
        <source>Also scanned in another room</source>
        <translation>Also scanned in another room</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>Already disposed of</source>
        <translation>Already disposed of</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>The unit itself</source>
        <translation>The unit itself</translation>
    </message>
    <message>
        <source>An employee</source>
        <translation>An employee</translation>
    </message>
    <message>
        <source>Another government or party</source>
        <translation>Another government or party</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Brand / type</source>
        <translation>Brand / type</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <source>BPKB number</source>
        <translation>BPKB number</translation>
    </message>
    <message>
        <source>Move to the room where it was found</source>
        <translation>Move to the room where it was found</translation>
    </message>
    <message>
        <source>Record the observed condition</source>
        <translation>Record the observed condition</translation>
    </message>
    <message>
        <source>Register the item</source>
        <translation>Register the item</translation>
    </message>
    <message>
        <source>Propose for disposal</source>
        <translation>Propose for disposal</translation>
    </message>
    <message>
        <source>Number of the decree (SK)</source>
        <translation>Number of the decree (SK)</translation>
    </message>
    <message>
        <source>Date of the decree</source>
        <translation>Date of the decree</translation>
    </message>
    <message>
        <source>Method of disposal: choose one of {choices} ("{value}" is not).</source>
        <translation>Method of disposal: choose one of {choices} ("{value}" is not).</translation>
    </message>
    <message>
        <source>No item of the proposal {proposal} is waiting for a decree.</source>
        <translation>No item of the proposal {proposal} is waiting for a decree.</translation>
    </message>
    <message>
        <source>Loans (pinjam pakai)</source>
        <translation>Loans (pinjam pakai)</translation>
    </message>
    <message>
        <source>{asset} lent to {borrower} ({agreement}): the loan ends on {date}</source>
        <translation>{asset} lent to {borrower} ({agreement}): the loan ends on {date}</translation>
    </message>
    <message>
        <source>lent to {borrower} ({agreement}), ends on {date}</source>
        <translation>lent to {borrower} ({agreement}), ends on {date}</translation>
    </message>
    <message>
        <source>The handover {id} does not exist.</source>
        <translation>The handover {id} does not exist.</translation>
    </message>
    <message>
        <source>Name of the second party</source>
        <translation>Name of the second party</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Position (jabatan)</translation>
    </message>
    <message>
        <source>BAST number</source>
        <translation>BAST number</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>The chosen items belong to different units: one paper holds one unit's items.</source>
        <translation>The chosen items belong to different units: one paper holds one unit's items.</translation>
    </message>
    <message>
        <source>{asset} is held by {holder} (BAST {number}); record its return first.</source>
        <translation>{asset} is held by {holder} (BAST {number}); record its return first.</translation>
    </message>
    <message>
        <source>{asset} is held by {holder}; record its return first.</source>
        <translation>{asset} is held by {holder}; record its return first.</translation>
    </message>
    <message>
        <source>{asset} is lent to {borrower} (pinjam pakai {agreement}) until it comes back.</source>
        <translation>{asset} is lent to {borrower} (pinjam pakai {agreement}) until it comes back.</translation>
    </message>
    <message>
        <source>{asset} is not held by anyone: there is nothing to return.</source>
        <translation>{asset} is not held by anyone: there is nothing to return.</translation>
    </message>
    <message>
        <source>{asset} is held by {holder} and {other} by {other_holder}: return one person's items at a time.</source>
        <translation>{asset} is held by {holder} and {other} by {other_holder}: return one person's items at a time.</translation>
    </message>
    <message>
        <source>{asset} is not on loan.</source>
        <translation>{asset} is not on loan.</translation>
    </message>
    <message>
        <source>{asset} is lent to {borrower} and {other} to {other_borrower}: end one borrower's loan at a time.</source>
        <translation>{asset} is lent to {borrower} and {other} to {other_borrower}: end one borrower's loan at a time.</translation>
    </message>
    <message>
        <source>Date: {value} is before {asset} was handed over with {number} ({date}).</source>
        <translation>Date: {value} is before {asset} was handed over with {number} ({date}).</translation>
    </message>
    <message>
        <source>End of the loan: {end} is not after its start ({start}).</source>
        <translation>End of the loan: {end} is not after its start ({start}).</translation>
    </message>
    <message>
        <source>End of the loan: {end} is more than {years} years after its start ({start}); a longer loan is renewed with a new agreement.</source>
        <translation>End of the loan: {end} is more than {years} years after its start ({start}); a longer loan is renewed with a new agreement.</translation>
    </message>
    <message>
        <source>BAST number {number} is already used (the paper of {date}).</source>
        <translation>BAST number {number} is already used (the paper of {date}).</translation>
    </message>
    <message>
        <source>Condition: choose B, RR or RB ("{value}" is not).</source>
        <translation>Condition: choose B, RR or RB ("{value}" is not).</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Loan (pinjam pakai)</source>
        <translation>Loan (pinjam pakai)</translation>
    </message>
    <message>
        <source>End of loan</source>
        <translation>End of loan</translation>
    </message>
    <message>
        <source>Kode lokasi: {code} is already used by {name}.</source>
        <translation>Kode lokasi: {code} is already used by {name}.</translation>
    </message>
    <message>
        <source>There is no unit with the kode lokasi {code}.</source>
        <translation>There is no unit with the kode lokasi {code}.</translation>
    </message>
    <message>
        <source>Parent unit: {name} cannot stand under itself or under one of its own units.</source>
        <translation>Parent unit: {name} cannot stand under itself or under one of its own units.</translation>
    </message>
    <message>
        <source>At least one unit must stay active; {name} is the last.</source>
        <translation>At least one unit must stay active; {name} is the last.</translation>
    </message>
    <message>
        <source>Your account is not assigned to the unit {id}; ask an Admin.</source>
        <translation>Your account is not assigned to the unit {id}; ask an Admin.</translation>
    </message>
    <message>
        <source>Someone else saved the unit {name} after you opened it. Reload to see their changes, then make yours again.</source>
        <translation>Someone else saved the unit {name} after you opened it. Reload to see their changes, then make yours again.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, and the data folder cannot be written to keep the details. Please tell your Admin.</source>
        <translation>Something unexpected went wrong, and the data folder cannot be written to keep the details. Please tell your Admin.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are written to {path}. Please tell your Admin.</source>
        <translation>Something unexpected went wrong; the details are written to {path}. Please tell your Admin.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} is lost (the network, or the server is stopped), so this list cannot be loaded now. Nothing is lost: it loads again when the server is back.</source>
        <translation>The connection to the database server {server} is lost (the network, or the server is stopped), so this list cannot be loaded now. Nothing is lost: it loads again when the server is back.</translation>
    </message>
    <message>
        <source>Inventaris</source>
        <translation>Inventaris</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>{count} asset(s) chosen.</source>
        <translation>{count} asset(s) chosen.</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>{kind} file</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Item not in the register</source>
        <translation>Item not in the register</translation>
    </message>
    <message>
        <source>Describe the item found</source>
        <translation>Describe the item found</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Found in {place}</source>
        <translation>Found in {place}</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>Scanned: {code}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>An improvement of an item in the register</source>
        <translation>An improvement of an item in the register</translation>
    </message>
    <message>
        <source>Code and register of that item, if known</source>
        <translation>Code and register of that item, if known</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Kode barang</translation>
    </message>
    <message>
        <source>Brand / type</source>
        <translation>Brand / type</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Year acquired</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <source>Estimated value (Rp)</source>
        <translation>Estimated value (Rp)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>Improvement of</source>
        <translation>Improvement of</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FinishConstructionDialog</name>
    <message>
        <source>Construction finished</source>
        <translation>Construction finished</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>{works} ({name}, {value}) leaves the register on the day it is handed over, and a building (KIB C) of the same value enters it. Its address, floor area and land come from the works.</source>
        <translation>{works} ({name}, {value}) leaves the register on the day it is handed over, and a building (KIB C) of the same value enters it. Its address, floor area and land come from the works.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. BAST 027/PPK/2026</source>
        <translation>e.g. BAST 027/PPK/2026</translation>
    </message>
    <message>
        <source>Date finished *</source>
        <translation>Date finished *</translation>
    </message>
    <message>
        <source>Kode barang (KIB C) *</source>
        <translation>Kode barang (KIB C) *</translation>
    </message>
    <message>
        <source>Name of the building</source>
        <translation>Name of the building</translation>
    </message>
    <message>
        <source>Handover document (BAST) no. *</source>
        <translation>Handover document (BAST) no. *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Not finished: {who} changed these works on {when} WIB. The text above shows them as they are now; check it and press Finish again.</source>
        <translation>Not finished: {who} changed these works on {when} WIB. The text above shows them as they are now; check it and press Finish again.</translation>
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
    <name>FollowUpsDialog</name>
    <message>
        <source>Follow-ups of {name}</source>
        <translation>Follow-ups of {name}</translation>
    </message>
    <message>
        <source>Every follow-up</source>
        <translation>Every follow-up</translation>
    </message>
    <message>
        <source>Only those not done yet</source>
        <translation>Only those not done yet</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Code and register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Apply to the chosen</source>
        <translation>Apply to the chosen</translation>
    </message>
    <message>
        <source>Records each chosen follow-up in the register as a dated event.</source>
        <translation>Records each chosen follow-up in the register as a dated event.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>{done} of {count} follow-up(s) done.</source>
        <translation>
            <numerusform>{done} of {count} follow-up done.</numerusform>
            <numerusform>{done} of {count} follow-ups done.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers call for no follow-up.</source>
        <translation>The answers call for no follow-up.</translation>
    </message>
    <message>
        <source>{done} of {count} follow-up(s) applied before the connection was lost. The rest:</source>
        <translation>{done} of {count} follow-up(s) applied before the connection was lost. The rest:</translation>
    </message>
    <message>
        <source>Apply records each one in the register as a dated event.</source>
        <translation>Apply records each one in the register as a dated event.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Someone saved this record on another PC after you opened this form, so saving it would be refused. Close the form and open it again to see their change; what you typed stays here until you close it.</source>
        <translation>Someone saved this record on another PC after you opened this form, so saving it would be refused. Close the form and open it again to see their change; what you typed stays here until you close it.</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>Close without saving what you typed?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>FuelDialog</name>
    <message>
        <source>Record fuel</source>
        <translation>Record fuel</translation>
    </message>
    <message>
        <source>Correct a fuel record</source>
        <translation>Correct a fuel record</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Fuel *</source>
        <translation>Fuel *</translation>
    </message>
    <message>
        <source>Litres *</source>
        <translation>Litres *</translation>
    </message>
    <message>
        <source>Price per litre *</source>
        <translation>Price per litre *</translation>
    </message>
    <message>
        <source>Odometer *</source>
        <translation>Odometer *</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Coupon number</source>
        <translation>Coupon number</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover to an employee (BAST)</source>
        <translation>Handover to an employee (BAST)</translation>
    </message>
    <message>
        <source>Items held by this NIP…</source>
        <translation>Items held by this NIP…</translation>
    </message>
    <message>
        <source>Employee's name *</source>
        <translation>Employee's name *</translation>
    </message>
    <message>
        <source>NIP *</source>
        <translation>NIP *</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Position (jabatan)</translation>
    </message>
    <message>
        <source>Save and print BAST…</source>
        <translation>Save and print BAST…</translation>
    </message>
</context>
<context>
    <name>HeldItemsDialog</name>
    <message>
        <source>Items held by an employee</source>
        <translation>Items held by an employee</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Code + register</source>
        <translation>Code + register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Merk/Type</source>
        <translation>Merk/Type</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>BAST number</source>
        <translation>BAST number</translation>
    </message>
    <message>
        <source>Attachments of BAST {number} (the signed paper, scanned back)</source>
        <translation>Attachments of BAST {number} (the signed paper, scanned back)</translation>
    </message>
    <message>
        <source>Choose an item handed over with a BAST to see its attachments.</source>
        <translation>Choose an item handed over with a BAST to see its attachments.</translation>
    </message>
    <message>
        <source>Type an employee's NIP and press Show.</source>
        <translation>Type an employee's NIP and press Show.</translation>
    </message>
    <message>
        <source>{name} holds {count} item(s).</source>
        <translation>{name} holds {count} item(s).</translation>
    </message>
    <message>
        <source>Nobody with this NIP holds an item now.</source>
        <translation>Nobody with this NIP holds an item now.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>{method}, {price}</source>
        <translation>{method}, {price}</translation>
    </message>
    <message>
        <source>; from {asset}</source>
        <translation>; from {asset}</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>from {old} to {new}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>no room</translation>
    </message>
    <message>
        <source>; BAST {number}</source>
        <translation>; BAST {number}</translation>
    </message>
    <message>
        <source>to {borrower} ({agreement}) until {date}; BAST {number}</source>
        <translation>to {borrower} ({agreement}) until {date}; BAST {number}</translation>
    </message>
    <message>
        <source>BAST {number}</source>
        <translation>BAST {number}</translation>
    </message>
    <message>
        <source>+{amount}, now {total}</source>
        <translation>+{amount}, now {total}</translation>
    </message>
    <message>
        <source>; useful life +{years} year(s)</source>
        <translation>; useful life +{years} year(s)</translation>
    </message>
    <message>
        <source>{reason}, {decree}</source>
        <translation>{reason}, {decree}</translation>
    </message>
    <message>
        <source>; now {asset}</source>
        <translation>; now {asset}</translation>
    </message>
    <message>
        <source>{reason}; on the proposal {proposal}</source>
        <translation>{reason}; on the proposal {proposal}</translation>
    </message>
    <message>
        <source>from the proposal {proposal}</source>
        <translation>from the proposal {proposal}</translation>
    </message>
    <message>
        <source>{year}, day unknown</source>
        <translation>{year}, day unknown</translation>
    </message>
</context>
<context>
    <name>HouseDetailsDialog</name>
    <message>
        <source>House details</source>
        <translation>House details</translation>
    </message>
    <message>
        <source>e.g. Tipe 70</source>
        <translation>e.g. Tipe 70</translation>
    </message>
    <message>
        <source>Golongan *</source>
        <translation>Golongan *</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Storeys</source>
        <translation>Storeys</translation>
    </message>
    <message>
        <source>PLN customer ID</source>
        <translation>PLN customer ID</translation>
    </message>
    <message>
        <source>PDAM account</source>
        <translation>PDAM account</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Address, areas, building document, land status and condition are on the asset form (Assets, F2).</source>
        <translation>Address, areas, building document, land status and condition are on the asset form (Assets, F2).</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>HouseFormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import assets</source>
        <translation>Import assets</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Check every row; nothing is written yet</source>
        <translation>Check every row; nothing is written yet</translation>
    </message>
    <message>
        <source>Choose the spreadsheet that lists the assets (.xlsx or .csv), for example the office's KIB workbook. The sheets holding a table of assets are ticked; tick or untick sheets as needed.</source>
        <translation>Choose the spreadsheet that lists the assets (.xlsx or .csv), for example the office's KIB workbook. The sheets holding a table of assets are ticked; tick or untick sheets as needed.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Sheets to import:</source>
        <translation>Sheets to import:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>{sheet} — no table of assets found</source>
        <translation>{sheet} — no table of assets found</translation>
    </message>
    <message>
        <source>A table of assets was found in: {sheets}.</source>
        <translation>A table of assets was found in: {sheets}.</translation>
    </message>
    <message>
        <source>Tick at least one sheet.</source>
        <translation>Tick at least one sheet.</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. Columns set to "— not imported —" are left out. Kode barang, name, a price and a year or date are needed.</source>
        <translation>Check what each column of the file holds. Columns set to "— not imported —" are left out. Kode barang, name, a price and a year or date are needed.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the values in the file, or write the unit in the column's heading (e.g. "Harga (ribuan Rp)"), and choose it again.</source>
        <translation>Nothing was imported. Correct the values in the file, or write the unit in the column's heading (e.g. "Harga (ribuan Rp)"), and choose it again.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the names in the file if they are wrong.</source>
        <translation>Nothing was imported. Correct the names in the file if they are wrong.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>These values look doubtful ({count}):</source>
        <translation>These values look doubtful ({count}):</translation>
    </message>
    <message>
        <source>Are they right as they are? Import them?</source>
        <translation>Are they right as they are? Import them?</translation>
    </message>
    <message>
        <source>These names are not in the register yet; the import adds them:</source>
        <translation>These names are not in the register yet; the import adds them:</translation>
    </message>
    <message>
        <source>Rooms: {names}</source>
        <translation>Rooms: {names}</translation>
    </message>
    <message>
        <source>Holders: {names}</source>
        <translation>Holders: {names}</translation>
    </message>
    <message>
        <source>Are they spelt right? Add them and import?</source>
        <translation>Are they spelt right? Add them and import?</translation>
    </message>
    <message>
        <source>⚠ Nothing was imported: the register changed since the check. The new result is below.</source>
        <translation>⚠ Nothing was imported: the register changed since the check. The new result is below.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Reading the file was cancelled.</translation>
    </message>
    <message>
        <source>Step 1 of 3 · Choose the file and its sheets</source>
        <translation>Step 1 of 3 · Choose the file and its sheets</translation>
    </message>
    <message>
        <source>Step 2 of 3 · What each column holds</source>
        <translation>Step 2 of 3 · What each column holds</translation>
    </message>
    <message>
        <source>Step 3 of 3 · Check and import</source>
        <translation>Step 3 of 3 · Check and import</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>e.g. BA/12/2026</source>
        <translation>e.g. BA/12/2026</translation>
    </message>
    <message>
        <source>What the team found, e.g. not economical to repair</source>
        <translation>What the team found, e.g. not economical to repair</translation>
    </message>
    <message>
        <source>Berita acara number *</source>
        <translation>Berita acara number *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Record the inspection</source>
        <translation>Record the inspection</translation>
    </message>
    <message>
        <source>The inspection of {title}: the berita acara the team signed.</source>
        <translation>The inspection of {title}: the berita acara the team signed.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Inspection recorded</source>
        <translation>Inspection recorded</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>The assets chosen in the register ({count})</source>
        <translation>The assets chosen in the register ({count})</translation>
    </message>
    <message>
        <source>Everything the register shows now ({count})</source>
        <translation>Everything the register shows now ({count})</translation>
    </message>
    <message>
        <source>The assets of a room</source>
        <translation>The assets of a room</translation>
    </message>
    <message>
        <source>Not yet labelled ({count})</source>
        <translation>Not yet labelled ({count})</translation>
    </message>
    <message>
        <source>Own template…</source>
        <translation>Own template…</translation>
    </message>
    <message>
        <source>Define a label sheet of your own, starting from this one</source>
        <translation>Define a label sheet of your own, starting from this one</translation>
    </message>
    <message>
        <source>For a sheet whose first labels are already used</source>
        <translation>For a sheet whose first labels are already used</translation>
    </message>
    <message>
        <source>Draw cut lines (plain paper)</source>
        <translation>Draw cut lines (plain paper)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>Which assets</source>
        <translation>Which assets</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Start at position</source>
        <translation>Start at position</translation>
    </message>
    <message>
        <source>Printer calibration (mm)</source>
        <translation>Printer calibration (mm)</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preparing the labels…</source>
        <translation>Preparing the labels…</translation>
    </message>
    <message>
        <source>There are no assets to label in this choice.</source>
        <translation>There are no assets to label in this choice.</translation>
    </message>
    <message>
        <source>Print preview – labels</source>
        <translation>Print preview – labels</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Save labels as PDF</translation>
    </message>
    <message>
        <source>Labels saved: {path}</source>
        <translation>Labels saved: {path}</translation>
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
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>The automatic backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Loan to another body (pinjam pakai)</source>
        <translation>Loan to another body (pinjam pakai)</translation>
    </message>
    <message>
        <source>Borrower *</source>
        <translation>Borrower *</translation>
    </message>
    <message>
        <source>Agreement number *</source>
        <translation>Agreement number *</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Starts on *</source>
        <translation>Starts on *</translation>
    </message>
    <message>
        <source>Ends on * (at most 5 years)</source>
        <translation>Ends on * (at most 5 years)</translation>
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
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>Residences</source>
        <translation>Residences</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
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
        <source>S&amp;can a label…</source>
        <translation>S&amp;can a label…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
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
        <source>Switch &amp;unit…</source>
        <translation>Switch &amp;unit…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Inventaris</source>
        <translation>&amp;About Inventaris</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Scan a label</translation>
    </message>
    <message>
        <source>Scan the QR code or type a code:</source>
        <translation>Scan the QR code or type a code:</translation>
    </message>
    <message>
        <source>No asset of this office has the code "{code}".</source>
        <translation>No asset of this office has the code "{code}".</translation>
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
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is the PDF file {path}: open it with a PDF viewer, or ask whoever installed Inventaris to put it back.</source>
        <translation>The user guide could not be opened. It is the PDF file {path}: open it with a PDF viewer, or ask whoever installed Inventaris to put it back.</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Maintenance work</source>
        <translation>Maintenance work</translation>
    </message>
    <message>
        <source>e.g. Perbaikan atap bocor</source>
        <translation>e.g. Perbaikan atap bocor</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Work *</source>
        <translation>Work *</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
</context>
<context>
    <name>MappingTab</name>
    <message>
        <source>The headings were not all recognised: row {row} is taken as the header. Choose what each column holds.</source>
        <translation>The headings were not all recognised: row {row} is taken as the header. Choose what each column holds.</translation>
    </message>
    <message>
        <source>Header found on row {row}; the data starts under it.</source>
        <translation>Header found on row {row}; the data starts under it.</translation>
    </message>
    <message>
        <source>The columns are set as at the last import of a file laid out like this one.</source>
        <translation>The columns are set as at the last import of a file laid out like this one.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Values in the first rows</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to a room</source>
        <translation>Move to a room</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>— no room —</source>
        <translation>— no room —</translation>
    </message>
    <message>
        <source>Destination room *</source>
        <translation>Destination room *</translation>
    </message>
    <message>
        <source>Moved: {count} asset(s)</source>
        <translation>Moved: {count} asset(s)</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Occupant moves out</source>
        <translation>Occupant moves out</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation>Left the service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Moved out on *</source>
        <translation>Moved out on *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
</context>
<context>
    <name>NoMatchNote</name>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>No item matches "{text}" with the filters: {filters}.</source>
        <translation>No item matches "{text}" with the filters: {filters}.</translation>
    </message>
    <message>
        <source>No item matches "{text}".</source>
        <translation>No item matches "{text}".</translation>
    </message>
    <message>
        <source>No item matches the filters: {filters}.</source>
        <translation>No item matches the filters: {filters}.</translation>
    </message>
</context>
<context>
    <name>OccupancyDialog</name>
    <message>
        <source>New occupant</source>
        <translation>New occupant</translation>
    </message>
    <message>
        <source>e.g. Pembina Tk. I / IVb</source>
        <translation>e.g. Pembina Tk. I / IVb</translation>
    </message>
    <message>
        <source>e.g. 032/145/UMUM/2026</source>
        <translation>e.g. 032/145/UMUM/2026</translation>
    </message>
    <message>
        <source>Sekretaris Daerah Kabupaten Langkat</source>
        <translation>Sekretaris Daerah Kabupaten Langkat</translation>
    </message>
    <message numerus="yes">
        <source>Empty: {years} year(s) from the start</source>
        <translation>
            <numerusform>Empty: {years} year from the start</numerusform>
            <numerusform>Empty: {years} years from the start</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Occupant's name *</source>
        <translation>Occupant's name *</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Rank / grade</source>
        <translation>Rank / grade</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>SIP number *</source>
        <translation>SIP number *</translation>
    </message>
    <message>
        <source>SIP date *</source>
        <translation>SIP date *</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Valid from *</source>
        <translation>Valid from *</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Moved in on</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
</context>
<context>
    <name>OdometerDialog</name>
    <message>
        <source>Odometer replaced</source>
        <translation>Odometer replaced</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Use this only when the odometer was replaced or reset: later readings are compared with the new reading instead of the old one.</source>
        <translation>Use this only when the odometer was replaced or reset: later readings are compared with the new reading instead of the old one.</translation>
    </message>
    <message>
        <source>e.g. speedometer cable and meter replaced</source>
        <translation>e.g. speedometer cable and meter replaced</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>New reading *</source>
        <translation>New reading *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Code + register</source>
        <translation>Code + register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Merk/Type</source>
        <translation>Merk/Type</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Holder / status</source>
        <translation>Holder / status</translation>
    </message>
    <message>
        <source>from the numbering pattern in the settings</source>
        <translation>from the numbering pattern in the settings</translation>
    </message>
    <message>
        <source>{count} item(s) chosen:</source>
        <translation>{count} item(s) chosen:</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>lent</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>BAST number</source>
        <translation>BAST number</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Saved with BAST number {number}.</source>
        <translation>Saved with BAST number {number}.</translation>
    </message>
    <message>
        <source>Save the BAST as PDF</source>
        <translation>Save the BAST as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Correct a payment</source>
        <translation>Correct a payment</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{document}, valid until {date}</source>
        <translation>{document}, valid until {date}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Amount paid *</source>
        <translation>Amount paid *</translation>
    </message>
    <message>
        <source>Paid on *</source>
        <translation>Paid on *</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. Oil change</source>
        <translation>e.g. Oil change</translation>
    </message>
    <message>
        <source>The service kind that restarts this plan when recorded</source>
        <translation>The service kind that restarts this plan when recorded</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Due at whichever comes first; leave one at — to use only the other.</source>
        <translation>Due at whichever comes first; leave one at — to use only the other.</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Service kind *</source>
        <translation>Service kind *</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>or every</source>
        <translation>or every</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Disposal proposals</source>
        <translation>Disposal proposals</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Value (Rp)</source>
        <translation>Value (Rp)</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Code and register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>From all RB items…</source>
        <translation>From all RB items…</translation>
    </message>
    <message>
        <source>A new proposal of every Rusak Berat item not proposed yet</source>
        <translation>A new proposal of every Rusak Berat item not proposed yet</translation>
    </message>
    <message>
        <source>Letter (PDF)…</source>
        <translation>Letter (PDF)…</translation>
    </message>
    <message>
        <source>Save the proposal letter and its list as a PDF</source>
        <translation>Save the proposal letter and its list as a PDF</translation>
    </message>
    <message>
        <source>Inspection…</source>
        <translation>Inspection…</translation>
    </message>
    <message>
        <source>Record the inspection team's berita acara</source>
        <translation>Record the inspection team's berita acara</translation>
    </message>
    <message>
        <source>Decree…</source>
        <translation>Decree…</translation>
    </message>
    <message>
        <source>Record the decree (SK) for the chosen items, or for every item still proposed when none is chosen: they are disposed of on its date</source>
        <translation>Record the decree (SK) for the chosen items, or for every item still proposed when none is chosen: they are disposed of on its date</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take the chosen items off the proposal (repaired, found again)</source>
        <translation>Take the chosen items off the proposal (repaired, found again)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No proposal yet: choose items in the register and Propose for disposal.</source>
        <translation>No proposal yet: choose items in the register and Propose for disposal.</translation>
    </message>
    <message>
        <source>inspected: berita acara {number} of {date}</source>
        <translation>inspected: berita acara {number} of {date}</translation>
    </message>
    <message>
        <source>not inspected yet</source>
        <translation>not inspected yet</translation>
    </message>
    <message>
        <source>{title} — {count} item(s) waiting for the decree; {inspected}.</source>
        <translation>{title} — {count} item(s) waiting for the decree; {inspected}.</translation>
    </message>
    <message>
        <source>No item in condition Rusak Berat is waiting to be proposed.</source>
        <translation>No item in condition Rusak Berat is waiting to be proposed.</translation>
    </message>
    <message>
        <source>Withdraw from the proposal</source>
        <translation>Withdraw from the proposal</translation>
    </message>
    <message>
        <source>Take {count} item(s) off {title}? They may be proposed again later.</source>
        <translation>Take {count} item(s) off {title}? They may be proposed again later.</translation>
    </message>
    <message>
        <source>{done} of {count} item(s) withdrawn before the connection was lost. The rest:</source>
        <translation>{done} of {count} item(s) withdrawn before the connection was lost. The rest:</translation>
    </message>
    <message>
        <source>Save the proposal letter</source>
        <translation>Save the proposal letter</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>e.g. 030/45/BU/2026</source>
        <translation>e.g. 030/45/BU/2026</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Propose for disposal</source>
        <translation>Propose for disposal</translation>
    </message>
    <message>
        <source>{count} item(s) chosen. They stay in the register, marked as proposed, until the decree disposes of them.</source>
        <translation>{count} item(s) chosen. They stay in the register, marked as proposed, until the decree disposes of them.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Proposed for disposal: {count} item(s)</source>
        <translation>Proposed for disposal: {count} item(s)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>{status}, proposed for disposal</source>
        <translation>{status}, proposed for disposal</translation>
    </message>
    <message>
        <source>Kode barang / register</source>
        <translation>Kode barang / register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/type</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Size/CC</source>
        <translation>Size/CC</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Price (Rp)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>{name}
Proposed for disposal: in the register until the decree.</source>
        <translation>{name}
Proposed for disposal: in the register until the decree.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search name, code, register, merk, serial, plate, room, holder… (Ctrl+F)</source>
        <translation>Search name, code, register, merk, serial, plate, room, holder… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All KIB</source>
        <translation>All KIB</translation>
    </message>
    <message>
        <source>Code prefix, e.g. 1.3.2.10</source>
        <translation>Code prefix, e.g. 1.3.2.10</translation>
    </message>
    <message>
        <source>Any condition</source>
        <translation>Any condition</translation>
    </message>
    <message>
        <source>Damaged (RR or RB)</source>
        <translation>Damaged (RR or RB)</translation>
    </message>
    <message>
        <source>from any year</source>
        <translation>from any year</translation>
    </message>
    <message>
        <source>to any year</source>
        <translation>to any year</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>In the register</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>All, including disposed</source>
        <translation>All, including disposed</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Condition…</source>
        <translation>Condition…</translation>
    </message>
    <message>
        <source>Dispose from the register…</source>
        <translation>Dispose from the register…</translation>
    </message>
    <message>
        <source>Propose for disposal…</source>
        <translation>Propose for disposal…</translation>
    </message>
    <message>
        <source>Disposal proposals…</source>
        <translation>Disposal proposals…</translation>
    </message>
    <message>
        <source>Capitalise…</source>
        <translation>Capitalise…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>Handover…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Loan (pinjam pakai)…</source>
        <translation>Loan (pinjam pakai)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Labels…</translation>
    </message>
    <message>
        <source>Import codes…</source>
        <translation>Import codes…</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>Import assets…</translation>
    </message>
    <message>
        <source>Record a disposal at once, without a proposal: for corrections by the Admin</source>
        <translation>Record a disposal at once, without a proposal: for corrections by the Admin</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Asset register</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>No asset of this office has this label.</source>
        <translation>No asset of this office has this label.</translation>
    </message>
    <message>
        <source>code {prefix}…</source>
        <translation>code {prefix}…</translation>
    </message>
    <message>
        <source>from {year}</source>
        <translation>from {year}</translation>
    </message>
    <message>
        <source>to {year}</source>
        <translation>to {year}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>{count} asset(s) · {value}</source>
        <translation>
            <numerusform>{count} asset · {value}</numerusform>
            <numerusform>{count} assets · {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Import the code table</source>
        <translation>Import the code table</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.</source>
        <translation>Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>{sheet}, row {row}, column {column}</source>
        <translation>{sheet}, row {row}, column {column}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} and {count} more</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Save the problems as a workbook to correct the file row by row</source>
        <translation>Save the problems as a workbook to correct the file row by row</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Import the valid rows only</translation>
    </message>
    <message>
        <source>The rows with problems are left out; import them later from a corrected file</source>
        <translation>The rows with problems are left out; import them later from a corrected file</translation>
    </message>
    <message>
        <source>⚠ Problems found: {count}. Correct them in the file and choose it again, or tick "Import the valid rows only" to leave those rows out for now.</source>
        <translation>⚠ Problems found: {count}. Correct them in the file and choose it again, or tick "Import the valid rows only" to leave those rows out for now.</translation>
    </message>
    <message>
        <source>⚠ No problems, but values to confirm: {count}. Check them below; Import asks before it writes them as they are.</source>
        <translation>⚠ No problems, but values to confirm: {count}. Check them below; Import asks before it writes them as they are.</translation>
    </message>
    <message>
        <source>✓ No problems. Everything in the file is already in the register.</source>
        <translation>✓ No problems. Everything in the file is already in the register.</translation>
    </message>
    <message>
        <source>✓ No problems found.</source>
        <translation>✓ No problems found.</translation>
    </message>
    <message>
        <source>Nothing is written yet. Import writes the rows in one go: either all of them go into the register, or none does.</source>
        <translation>Nothing is written yet. Import writes the rows in one go: either all of them go into the register, or none does.</translation>
    </message>
    <message>
        <source>✓ Imported. New items: {new} · updated: {updated} · unchanged: {unchanged}</source>
        <translation>✓ Imported. New items: {new} · updated: {updated} · unchanged: {unchanged}</translation>
    </message>
    <message>
        <source>The register shows them now. You may close this window.</source>
        <translation>The register shows them now. You may close this window.</translation>
    </message>
    <message>
        <source>Rows left out because of their problems: {count}. Export the report to correct them, then import the corrected file.</source>
        <translation>Rows left out because of their problems: {count}. Export the report to correct them, then import the corrected file.</translation>
    </message>
    <message>
        <source>{file}: rows read: {rows} · new items: {new} · updated: {updated} · unchanged: {unchanged} · rows with problems: {bad}</source>
        <translation>{file}: rows read: {rows} · new items: {new} · updated: {updated} · unchanged: {unchanged} · rows with problems: {bad}</translation>
    </message>
    <message>
        <source>Values to confirm ({count}):</source>
        <translation>Values to confirm ({count}):</translation>
    </message>
    <message>
        <source>Rooms not in the register yet, created on import ({count}): {names}</source>
        <translation>Rooms not in the register yet, created on import ({count}): {names}</translation>
    </message>
    <message>
        <source>Holders not known yet, added on import ({count}): {names}</source>
        <translation>Holders not known yet, added on import ({count}): {names}</translation>
    </message>
    <message>
        <source>{file} - problems.xlsx</source>
        <translation>{file} - problems.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>Export the problems</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>The report could not be saved ({reason}). If the file is open in Excel, close it and try again.</source>
        <translation>The report could not be saved ({reason}). If the file is open in Excel, close it and try again.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The reports the office hands in. Choose, then make the file.</source>
        <translation>The reports the office hands in. Choose, then make the file.</translation>
    </message>
    <message>
        <source>Annual inventory workbook (KIB A–F, KIR, Buku Inventaris, Ekstrakomptabel, Rekapitulasi, Mutasi, Penyusutan)</source>
        <translation>Annual inventory workbook (KIB A–F, KIR, Buku Inventaris, Ekstrakomptabel, Rekapitulasi, Mutasi, Penyusutan)</translation>
    </message>
    <message>
        <source>One Excel workbook with every card and list of the year, as the BPKAD asks for it early in the next year. A large register takes a minute or two.</source>
        <translation>One Excel workbook with every card and list of the year, as the BPKAD asks for it early in the next year. A large register takes a minute or two.</translation>
    </message>
    <message>
        <source>Position as of</source>
        <translation>Position as of</translation>
    </message>
    <message>
        <source>(otherwise 31 December of the year)</source>
        <translation>(otherwise 31 December of the year)</translation>
    </message>
    <message>
        <source>Make the inventory workbook…</source>
        <translation>Make the inventory workbook…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Regency recap (every unit)</source>
        <translation>Regency recap (every unit)</translation>
    </message>
    <message>
        <source>A Rekapitulasi per KIB with a row per unit (count, value, accumulated depreciation, book value) for the year and position date above, and each unit's own inventory workbook in a folder beside it.</source>
        <translation>A Rekapitulasi per KIB with a row per unit (count, value, accumulated depreciation, book value) for the year and position date above, and each unit's own inventory workbook in a folder beside it.</translation>
    </message>
    <message>
        <source>Make the regency recap…</source>
        <translation>Make the regency recap…</translation>
    </message>
    <message>
        <source>Making the regency recap {year}…</source>
        <translation>Making the regency recap {year}…</translation>
    </message>
    <message numerus="yes">
        <source>Making the regency recap {year}… {done} of {total} item(s)</source>
        <translation>
            <numerusform>Making the regency recap {year}… {done} of {total} item</numerusform>
            <numerusform>Making the regency recap {year}… {done} of {total} items</numerusform>
        </translation>
    </message>
    <message>
        <source>Regency recap {year} saved: {path}</source>
        <translation>Regency recap {year} saved: {path}</translation>
    </message>
    <message>
        <source>Regency recap</source>
        <translation>Regency recap</translation>
    </message>
    <message>
        <source>The regency recap {year} is saved, and each unit's workbook in the folder {folder}:</source>
        <translation>The regency recap {year} is saved, and each unit's workbook in the folder {folder}:</translation>
    </message>
    <message>
        <source>Import codes…</source>
        <translation>Import codes…</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in this report (has/have) no name of (its/their) own in the code table: {codes}. (Its/Their) Rekapitulasi and Mutasi lines would have no name. Import the BPKAD's code table first.</source>
        <translation>
            <numerusform>%n code in this report has no name of its own in the code table: {codes}. Its Rekapitulasi and Mutasi lines would have no name. Import the BPKAD's code table first.</numerusform>
            <numerusform>%n codes in this report have no name of their own in the code table: {codes}. Their Rekapitulasi and Mutasi lines would have no name. Import the BPKAD's code table first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the regency recap</source>
        <translation>Save the regency recap</translation>
    </message>
    <message>
        <source>Save the inventory workbook</source>
        <translation>Save the inventory workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Making the inventory workbook {year}…</source>
        <translation>Making the inventory workbook {year}…</translation>
    </message>
    <message numerus="yes">
        <source>Making the inventory workbook {year}… {done} of {total} item(s)</source>
        <translation>
            <numerusform>Making the inventory workbook {year}… {done} of {total} item</numerusform>
            <numerusform>Making the inventory workbook {year}… {done} of {total} items</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory workbook</source>
        <translation>Inventory workbook</translation>
    </message>
    <message>
        <source>Inventory workbook {year} saved: {path}</source>
        <translation>Inventory workbook {year} saved: {path}</translation>
    </message>
    <message>
        <source>The inventory workbook {year} is saved:</source>
        <translation>The inventory workbook {year} is saved:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>ResidenceSettingsDialog</name>
    <message>
        <source>Residence settings</source>
        <translation>Residence settings</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>An SIP is valid for</source>
        <translation>An SIP is valid for</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>Retirement age</translation>
    </message>
</context>
<context>
    <name>ResidencesPage</name>
    <message>
        <source>Search address or occupant (Ctrl+F)</source>
        <translation>Search address or occupant (Ctrl+F)</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>All houses</translation>
    </message>
    <message>
        <source>SIP ending or ended</source>
        <translation>SIP ending or ended</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Choose a house on the left.</source>
        <translation>Choose a house on the left.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Occupancy history</source>
        <translation>Occupancy history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Official residences</source>
        <translation>Official residences</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>House</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>Occupant</translation>
    </message>
    <message>
        <source>SIP until</source>
        <translation>SIP until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>living there</source>
        <translation>living there</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Code and register</translation>
    </message>
    <message>
        <source>Golongan / type</source>
        <translation>Golongan / type</translation>
    </message>
    <message>
        <source>Floor / land area</source>
        <translation>Floor / land area</translation>
    </message>
    <message>
        <source>Building document</source>
        <translation>Building document</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>PLN / PDAM</source>
        <translation>PLN / PDAM</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Retires on</source>
        <translation>Retires on</translation>
    </message>
    <message>
        <source>Current occupant</source>
        <translation>Current occupant</translation>
    </message>
    <message>
        <source>New occupant…</source>
        <translation>New occupant…</translation>
    </message>
    <message>
        <source>Moves out…</source>
        <translation>Moves out…</translation>
    </message>
    <message>
        <source>House details…</source>
        <translation>House details…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>Maintenance…</source>
        <translation>Maintenance…</translation>
    </message>
    <message>
        <source>Print SIP…</source>
        <translation>Print SIP…</translation>
    </message>
    <message>
        <source>SIP as PDF…</source>
        <translation>SIP as PDF…</translation>
    </message>
    <message>
        <source>Occupancy history…</source>
        <translation>Occupancy history…</translation>
    </message>
    <message>
        <source>Print the occupancy history of the house</source>
        <translation>Print the occupancy history of the house</translation>
    </message>
    <message>
        <source>Occupancy history as PDF…</source>
        <translation>Occupancy history as PDF…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Save the list of houses as an Excel workbook</source>
        <translation>Save the list of houses as an Excel workbook</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Print the SIP of {name}, number {number}</source>
        <translation>Print the SIP of {name}, number {number}</translation>
    </message>
    <message>
        <source>Nobody has lived in this house yet: there is no SIP to print.</source>
        <translation>Nobody has lived in this house yet: there is no SIP to print.</translation>
    </message>
    <message>
        <source>The house is vacant: choose an occupancy in the Occupancy history tab to print its SIP.</source>
        <translation>The house is vacant: choose an occupancy in the Occupancy history tab to print its SIP.</translation>
    </message>
    <message>
        <source>New occupant</source>
        <translation>New occupant</translation>
    </message>
    <message>
        <source>{name} lives there: record the move-out first.</source>
        <translation>{name} lives there: record the move-out first.</translation>
    </message>
    <message>
        <source>Photo of the house</source>
        <translation>Photo of the house</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Save the SIP</source>
        <translation>Save the SIP</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the occupancy history</source>
        <translation>Save the occupancy history</translation>
    </message>
    <message>
        <source>Export the list of houses</source>
        <translation>Export the list of houses</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return from the holder (BAST)</source>
        <translation>Return from the holder (BAST)</translation>
    </message>
    <message>
        <source>Condition on return *</source>
        <translation>Condition on return *</translation>
    </message>
    <message>
        <source>Save and print BAST…</source>
        <translation>Save and print BAST…</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. projector, sound system, AC</source>
        <translation>e.g. projector, sound system, AC</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Room code *</source>
        <translation>Room code *</translation>
    </message>
    <message>
        <source>Room name *</source>
        <translation>Room name *</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Capacity (people)</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>NIP of the person responsible</source>
        <translation>NIP of the person responsible</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Show its assets</source>
        <translation>Show its assets</translation>
    </message>
    <message>
        <source>Room card (KIR)…</source>
        <translation>Room card (KIR)…</translation>
    </message>
    <message>
        <source>Save the room card as an Excel workbook (Ctrl+E)</source>
        <translation>Save the room card as an Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <source>Buildings…</source>
        <translation>Buildings…</translation>
    </message>
    <message>
        <source>Saving the room card…</source>
        <translation>Saving the room card…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Room card</source>
        <translation>Room card</translation>
    </message>
    <message>
        <source>Choose a room first.</source>
        <translation>Choose a room first.</translation>
    </message>
    <message>
        <source>Save the room card</source>
        <translation>Save the room card</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Room card saved: {path}</source>
        <translation>Room card saved: {path}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <source>Correct a service</source>
        <translation>Correct a service</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. Auto2000 Medan</source>
        <translation>e.g. Auto2000 Medan</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Odometer *</source>
        <translation>Odometer *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <source>e.g. Sumatera Utara</source>
        <translation>e.g. Sumatera Utara</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>e.g. Sekretaris Daerah</source>
        <translation>e.g. Sekretaris Daerah</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Signatory of the SIP (official residences)</source>
        <translation>Signatory of the SIP (official residences)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
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
        <source>shown under the letterhead</source>
        <translation>shown under the letterhead</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>{seq}: the year's next number (e.g. {seq:03d} for 001), {year}: the year</source>
        <translation>{seq}: the year's next number (e.g. {seq:03d} for 001), {year}: the year</translation>
    </message>
    <message>
        <source>BAST number pattern</source>
        <translation>BAST number pattern</translation>
    </message>
    <message>
        <source>Header block of the cards (empty lines are left out)</source>
        <translation>Header block of the cards (empty lines are left out)</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Unit organisasi (Pengguna Barang)</source>
        <translation>Unit organisasi (Pengguna Barang)</translation>
    </message>
    <message>
        <source>Sub unit (Kuasa Pengguna Barang)</source>
        <translation>Sub unit (Kuasa Pengguna Barang)</translation>
    </message>
    <message>
        <source>UPB</source>
        <translation>UPB</translation>
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
        <source>Reload and lose the changes you have not saved?</source>
        <translation>Reload and lose the changes you have not saved?</translation>
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
    <name>StocktakeDialog</name>
    <message>
        <source>Start a stock-take</source>
        <translation>Start a stock-take</translation>
    </message>
    <message>
        <source>Change the stock-take</source>
        <translation>Change the stock-take</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 030/123/BU/{year}</source>
        <translation>e.g. 030/123/BU/{year}</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Decree (SK) number</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <source>Decree date</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <source>Starts on *</source>
        <translation>Starts on *</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Remove the member</translation>
    </message>
    <message>
        <source>All rooms (and the items outside rooms)</source>
        <translation>All rooms (and the items outside rooms)</translation>
    </message>
    <message>
        <source>Chosen rooms:</source>
        <translation>Chosen rooms:</translation>
    </message>
    <message>
        <source>All KIBs</source>
        <translation>All KIBs</translation>
    </message>
    <message>
        <source>Chosen KIBs:</source>
        <translation>Chosen KIBs:</translation>
    </message>
    <message>
        <source>Rooms: tick at least one room.</source>
        <translation>Rooms: tick at least one room.</translation>
    </message>
    <message>
        <source>KIB: tick at least one KIB.</source>
        <translation>KIB: tick at least one KIB.</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>The result of each scan shows here.</source>
        <translation>The result of each scan shows here.</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <source>Stock-take:</source>
        <translation>Stock-take:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>{checked} of {expected} item(s) checked</source>
        <translation>{checked} of {expected} item(s) checked</translation>
    </message>
    <message>
        <source>Misplaced</source>
        <translation>Misplaced</translation>
    </message>
    <message>
        <source>{count} item(s) of other rooms found here</source>
        <translation>{count} item(s) of other rooms found here</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>✓ in {place} ({how})</source>
        <translation>✓ in {place} ({how})</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Code and register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand / type</source>
        <translation>Brand / type</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Registered in</translation>
    </message>
    <message>
        <source>Recorded condition</source>
        <translation>Recorded condition</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>⚠ two rooms</source>
        <translation>⚠ two rooms</translation>
    </message>
    <message>
        <source>Scanned in two rooms: settle where it belongs.</source>
        <translation>Scanned in two rooms: settle where it belongs.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>(to describe)</source>
        <translation>(to describe)</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Kode barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>KIR: {count}</source>
        <translation>KIR: {count}</translation>
    </message>
    <message>
        <source>From elsewhere: {count}</source>
        <translation>From elsewhere: {count}</translation>
    </message>
    <message>
        <source>Not recorded: {count}</source>
        <translation>Not recorded: {count}</translation>
    </message>
    <message>
        <source>Start a stock-take…</source>
        <translation>Start a stock-take…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the name, decree, dates, team or scope</source>
        <translation>Change the name, decree, dates, team or scope</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Finish the count: every item not checked is recorded as not found</source>
        <translation>Finish the count: every item not checked is recorded as not found</translation>
    </message>
    <message>
        <source>Follow-ups…</source>
        <translation>Follow-ups…</translation>
    </message>
    <message>
        <source>Move, record the condition, register, propose for disposal: one by one</source>
        <translation>Move, record the condition, register, propose for disposal: one by one</translation>
    </message>
    <message>
        <source>Save report (.xlsx)…</source>
        <translation>Save report (.xlsx)…</translation>
    </message>
    <message>
        <source>Berita acara (PDF)…</source>
        <translation>Berita acara (PDF)…</translation>
    </message>
    <message>
        <source>The Berita Acara Inventarisasi with the recap and the lists, as a PDF</source>
        <translation>The Berita Acara Inventarisasi with the recap and the lists, as a PDF</translation>
    </message>
    <message>
        <source>{name} started.</source>
        <translation>{name} started.</translation>
    </message>
    <message>
        <source>{name} finished.</source>
        <translation>{name} finished.</translation>
    </message>
    <message>
        <source>Tick by hand</source>
        <translation>Tick by hand</translation>
    </message>
    <message>
        <source>The chosen item is here but has no readable label</source>
        <translation>The chosen item is here but has no readable label</translation>
    </message>
    <message>
        <source>Answers…</source>
        <translation>Answers…</translation>
    </message>
    <message>
        <source>Lost or not found, condition, wrong data, used by, recorded twice (F2)</source>
        <translation>Lost or not found, condition, wrong data, used by, recorded twice (F2)</translation>
    </message>
    <message>
        <source>Unrecorded item…</source>
        <translation>Unrecorded item…</translation>
    </message>
    <message>
        <source>An item found here that the register does not have</source>
        <translation>An item found here that the register does not have</translation>
    </message>
    <message>
        <source>Take back the tick</source>
        <translation>Take back the tick</translation>
    </message>
    <message>
        <source>Take back the scans and ticks of the chosen item in this room</source>
        <translation>Take back the scans and ticks of the chosen item in this room</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Remove the finding</translation>
    </message>
    <message>
        <source>Remove a finding noted by mistake</source>
        <translation>Remove a finding noted by mistake</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Close the room</translation>
    </message>
    <message>
        <source>The count of this room is over: what is not checked is not found</source>
        <translation>The count of this room is over: what is not checked is not found</translation>
    </message>
    <message>
        <source>open since {date}</source>
        <translation>open since {date}</translation>
    </message>
    <message>
        <source>finished {date}</source>
        <translation>finished {date}</translation>
    </message>
    <message>
        <source>No stock-take yet. Start one with Start a stock-take… (Ctrl+N): the team then scans the labels room by room.</source>
        <translation>No stock-take yet. Start one with Start a stock-take… (Ctrl+N): the team then scans the labels room by room.</translation>
    </message>
    <message>
        <source>No stock-take yet.</source>
        <translation>No stock-take yet.</translation>
    </message>
    <message>
        <source>Decree {number}</source>
        <translation>Decree {number}</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>of {date}</translation>
    </message>
    <message numerus="yes">
        <source>team of {count}: {name} ({role})</source>
        <translation>
            <numerusform>team of {count}: {name} ({role})</numerusform>
            <numerusform>team of {count}: {name} ({role})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen room(s)</source>
        <translation>
            <numerusform>{count} chosen room</numerusform>
            <numerusform>{count} chosen rooms</numerusform>
        </translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>all rooms</translation>
    </message>
    <message>
        <source>all KIBs</source>
        <translation>all KIBs</translation>
    </message>
    <message>
        <source>finished on {date} by {user}</source>
        <translation>finished on {date} by {user}</translation>
    </message>
    <message>
        <source>Start a stock-take first.</source>
        <translation>Start a stock-take first.</translation>
    </message>
    <message>
        <source>Choose a room on the left.</source>
        <translation>Choose a room on the left.</translation>
    </message>
    <message>
        <source>{checked} of {expected} checked</source>
        <translation>{checked} of {expected} checked</translation>
    </message>
    <message numerus="yes">
        <source>{count} from other rooms</source>
        <translation>
            <numerusform>{count} from other rooms</numerusform>
            <numerusform>{count} from other rooms</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Only the Pengurus Barang and the Admin count.</source>
        <translation>Only the Pengurus Barang and the Admin count.</translation>
    </message>
    <message>
        <source>This stock-take is finished.</source>
        <translation>This stock-take is finished.</translation>
    </message>
    <message>
        <source>Scan a label here (or type its code and press Enter) — F8</source>
        <translation>Scan a label here (or type its code and press Enter) — F8</translation>
    </message>
    <message>
        <source>Choose an open stock-take and a room first.</source>
        <translation>Choose an open stock-take and a room first.</translation>
    </message>
    <message>
        <source>kept as a finding: describe it under Not recorded</source>
        <translation>kept as a finding: describe it under Not recorded</translation>
    </message>
    <message>
        <source>the register has it in {place}</source>
        <translation>the register has it in {place}</translation>
    </message>
    <message>
        <source>scanned before in {place}; both are kept</source>
        <translation>scanned before in {place}; both are kept</translation>
    </message>
    <message>
        <source>counted once</source>
        <translation>counted once</translation>
    </message>
    <message>
        <source>disposed of on {date}</source>
        <translation>disposed of on {date}</translation>
    </message>
    <message>
        <source>A stock-take is open: finish it before starting another.</source>
        <translation>A stock-take is open: finish it before starting another.</translation>
    </message>
    <message>
        <source>Start a stock-take (Ctrl+N)</source>
        <translation>Start a stock-take (Ctrl+N)</translation>
    </message>
    <message>
        <source>The check of {item} in this room is taken back.</source>
        <translation>The check of {item} in this room is taken back.</translation>
    </message>
    <message>
        <source>{item} was not checked in this room: nothing to take back.</source>
        <translation>{item} was not checked in this room: nothing to take back.</translation>
    </message>
    <message>
        <source>Item not in the register</source>
        <translation>Item not in the register</translation>
    </message>
    <message>
        <source>This item has been registered: change it in the asset register.</source>
        <translation>This item has been registered: change it in the asset register.</translation>
    </message>
    <message>
        <source>Remove {what} from the findings of this room?</source>
        <translation>Remove {what} from the findings of this room?</translation>
    </message>
    <message numerus="yes">
        <source>Close the count of {room}? {count} item(s) not checked will be recorded as not found. A later scan still finds an item.</source>
        <translation>
            <numerusform>Close the count of {room}? {count} item not checked will be recorded as not found. A later scan still finds an item.</numerusform>
            <numerusform>Close the count of {room}? {count} items not checked will be recorded as not found. A later scan still finds an item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{room} is closed: {count} item(s) not found.</source>
        <translation>
            <numerusform>{room} is closed: {count} item not found.</numerusform>
            <numerusform>{room} is closed: {count} items not found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the stock-take</source>
        <translation>Finish the stock-take</translation>
    </message>
    <message numerus="yes">
        <source>Finish {name}? {found} of {expected} item(s) were found; the {count} not checked will be recorded as not found, and no more scans are taken.</source>
        <translation>
            <numerusform>Finish {name}? {found} of {expected} item were found; the {count} not checked will be recorded as not found, and no more scans are taken.</numerusform>
            <numerusform>Finish {name}? {found} of {expected} items were found; the {count} not checked will be recorded as not found, and no more scans are taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the stock-take report</source>
        <translation>Save the stock-take report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Save the berita acara</source>
        <translation>Save the berita acara</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Own label template</source>
        <translation>Own label template</translation>
    </message>
    <message>
        <source>e.g. tom-jerry-103</source>
        <translation>e.g. tom-jerry-103</translation>
    </message>
    <message>
        <source>Short name *</source>
        <translation>Short name *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Page height</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Label width</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Label height</translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation>Gap between columns</translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation>Gap between rows</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>UnitColumn</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Digits separated by dots: owner, province, regency, bidang, unit, sub-unit, UPB</source>
        <translation>Digits separated by dots: owner, province, regency, bidang, unit, sub-unit, UPB</translation>
    </message>
    <message>
        <source>e.g. Dinas Pendidikan</source>
        <translation>e.g. Dinas Pendidikan</translation>
    </message>
    <message>
        <source>— none: an OPD of its own —</source>
        <translation>— none: an OPD of its own —</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas Pendidikan</source>
        <translation>e.g. Kepala Dinas Pendidikan</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>In use (users can work in it)</source>
        <translation>In use (users can work in it)</translation>
    </message>
    <message>
        <source>Kode lokasi *</source>
        <translation>Kode lokasi *</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <source>Parent unit (for a UPB)</source>
        <translation>Parent unit (for a UPB)</translation>
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
</context>
<context>
    <name>UnitPickerDialog</name>
    <message>
        <source>Switch unit</source>
        <translation>Switch unit</translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>Everything the window shows and saves will be of the unit chosen.</source>
        <translation>Everything the window shows and saves will be of the unit chosen.</translation>
    </message>
    <message>
        <source>Your account works in several units. Choose the one to work in now; Account › Switch unit… changes it later.</source>
        <translation>Your account works in several units. Choose the one to work in now; Account › Switch unit… changes it later.</translation>
    </message>
    <message>
        <source>Search by name or kode lokasi</source>
        <translation>Search by name or kode lokasi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Work in this unit</source>
        <translation>Work in this unit</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>Kode lokasi</source>
        <translation>Kode lokasi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Pengurus Barang</source>
        <translation>Pengurus Barang</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>not in use</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Add an OPD or a UPB with its kode lokasi</source>
        <translation>Add an OPD or a UPB with its kode lokasi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the selected unit (Enter)</source>
        <translation>Edit the selected unit (Enter)</translation>
    </message>
    <message>
        <source>Each unit (OPD, or a UPB under one) keeps its own register, rooms, vehicles and signatories. Assign users to units on the Accounts tab.</source>
        <translation>Each unit (OPD, or a UPB under one) keeps its own register, rooms, vehicles and signatories. Assign users to units on the Accounts tab.</translation>
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
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Works in the &amp;units</source>
        <translation>Works in the &amp;units</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>An Admin and the BPKAD work in every unit.</source>
        <translation>An Admin and the BPKAD work in every unit.</translation>
    </message>
    <message>
        <source>Tick at least one unit the user works in.</source>
        <translation>Tick at least one unit the user works in.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>all units</source>
        <translation>all units</translation>
    </message>
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
        <source>Units</source>
        <translation>Units</translation>
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
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message numerus="yes">
        <source>{count} entr(y/ies)</source>
        <translation>
            <numerusform>{count} entry</numerusform>
            <numerusform>{count} entries</numerusform>
        </translation>
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
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Search plate, type, holder or driver (Ctrl+F)</source>
        <translation>Search plate, type, holder or driver (Ctrl+F)</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Needing attention</translation>
    </message>
    <message>
        <source>Pool vehicles</source>
        <translation>Pool vehicles</translation>
    </message>
    <message>
        <source>Including disposed</source>
        <translation>Including disposed</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Choose a vehicle on the left.</source>
        <translation>Choose a vehicle on the left.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Plans and documents</source>
        <translation>Plans and documents</translation>
    </message>
    <message>
        <source>Fix a typing mistake in the chosen record (Enter)</source>
        <translation>Fix a typing mistake in the chosen record (Enter)</translation>
    </message>
    <message>
        <source>Delete a wrong record…</source>
        <translation>Delete a wrong record…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Holder / driver</source>
        <translation>Holder / driver</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Estimated from the average daily distance</source>
        <translation>Estimated from the average daily distance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>{what} at {due} (now {now})</source>
        <translation>{what} at {due} (now {now})</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Odometer replaced</source>
        <translation>Odometer replaced</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Code and register</translation>
    </message>
    <message>
        <source>Make / type</source>
        <translation>Make / type</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <source>BPKB number</source>
        <translation>BPKB number</translation>
    </message>
    <message>
        <source>Previous plate</source>
        <translation>Previous plate</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>Wheels</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Fuel, last 12 months</source>
        <translation>Fuel, last 12 months</translation>
    </message>
    <message>
        <source>km per litre</source>
        <translation>km per litre</translation>
    </message>
    <message>
        <source>Fuel cost per km</source>
        <translation>Fuel cost per km</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>Add plan…</translation>
    </message>
    <message>
        <source>Stop plan</source>
        <translation>Stop plan</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Correct a record</translation>
    </message>
    <message>
        <source>An odometer replacement cannot be corrected: delete it (with the reason) and record it again.</source>
        <translation>An odometer replacement cannot be corrected: delete it (with the reason) and record it again.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Fix a typing mistake in the document's date or number</source>
        <translation>Fix a typing mistake in the document's date or number</translation>
    </message>
    <message>
        <source>Service plans</source>
        <translation>Service plans</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <source>{months} month(s)</source>
        <translation>
            <numerusform>{months} month</numerusform>
            <numerusform>{months} months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} vehicle(s)</source>
        <translation>
            <numerusform>{shown} of {total} vehicle</numerusform>
            <numerusform>{shown} of {total} vehicles</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Service…</source>
        <translation>Service…</translation>
    </message>
    <message>
        <source>Fuel…</source>
        <translation>Fuel…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Odometer replaced…</source>
        <translation>Odometer replaced…</translation>
    </message>
    <message>
        <source>Print history…</source>
        <translation>Print history…</translation>
    </message>
    <message>
        <source>Save history as PDF…</source>
        <translation>Save history as PDF…</translation>
    </message>
    <message>
        <source>Cost report…</source>
        <translation>Cost report…</translation>
    </message>
    <message>
        <source>Vehicles ({count})</source>
        <translation>Vehicles ({count})</translation>
    </message>
    <message>
        <source>Needs attention ({count})</source>
        <translation>Needs attention ({count})</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>disposed</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>{km} on {date}</source>
        <translation>{km} on {date}</translation>
    </message>
    <message>
        <source> · about {km} a day</source>
        <translation> · about {km} a day</translation>
    </message>
    <message>
        <source>Spending per month, {year}</source>
        <translation>Spending per month, {year}</translation>
    </message>
    <message>
        <source>Choose a vehicle first.</source>
        <translation>Choose a vehicle first.</translation>
    </message>
    <message>
        <source>Stop the plan “{name}”? It will no longer raise reminders.</source>
        <translation>Stop the plan “{name}”? It will no longer raise reminders.</translation>
    </message>
    <message>
        <source>Save the vehicle history</source>
        <translation>Save the vehicle history</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Vehicle history saved: {path}</source>
        <translation>Vehicle history saved: {path}</translation>
    </message>
    <message>
        <source>Delete a wrong record</source>
        <translation>Delete a wrong record</translation>
    </message>
    <message>
        <source>Delete the record of {date} ({km})? Why:</source>
        <translation>Delete the record of {date} ({km})? Why:</translation>
    </message>
</context>
<context>
    <name>WorkingUnit</name>
    <message>
        <source>Unit: {name}</source>
        <translation>Unit: {name}</translation>
    </message>
    <message>
        <source>All {count} units</source>
        <translation>All {count} units</translation>
    </message>
    <message>
        <source>Kode lokasi {code}</source>
        <translation>Kode lokasi {code}</translation>
    </message>
</context>
</TS>