<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Inventaris: the asset register of a Bagian Umum. Without a verb the window opens.</source>
        <translation>Inventaris: Daftar Aset Bagian Umum. Tanpa perintah, jendela program akan terbuka.</translation>
    </message>
    <message>
        <source>database: sqlite:///file.db or postgresql://user@server/name (default: INVENTARIS_DB, then the saved setting, then a file in the data folder)</source>
        <translation>basis data: sqlite:///file.db atau postgresql://user@server/name (bawaan: INVENTARIS_DB, lalu pengaturan yang tersimpan, lalu berkas di folder data)</translation>
    </message>
    <message>
        <source>language: id (default) or en</source>
        <translation>bahasa: id (bawaan) atau en</translation>
    </message>
    <message>
        <source>print the version and stop</source>
        <translation>tampilkan versi, lalu berhenti</translation>
    </message>
    <message>
        <source>VERB</source>
        <translation>PERINTAH</translation>
    </message>
    <message>
        <source>verbs</source>
        <translation>perintah</translation>
    </message>
    <message>
        <source>fill an empty database with a demo office</source>
        <translation>isi basis data kosong dengan data kantor demo</translation>
    </message>
    <message>
        <source>only this unit&apos;s assets: its kode lokasi, e.g. 12.02.05.04.01.01.01 (see the verb units)</source>
        <translation>hanya aset unit ini: kode lokasinya, mis. 12.02.05.04.01.01.01 (lihat perintah units)</translation>
    </message>
    <message>
        <source>number of assets (≤ 100000 in one unit, ≤ 1000000 over several units)</source>
        <translation>jumlah aset (≤ 100000 dalam satu unit, ≤ 1000000 untuk beberapa unit)</translation>
    </message>
    <message>
        <source>spread the assets over this many units of the regency (default 1: the Bagian Umum alone)</source>
        <translation>sebarkan aset ke sejumlah unit kabupaten ini (bawaan 1: Bagian Umum saja)</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation>nilai seed yang sama menghasilkan data yang sama</translation>
    </message>
    <message>
        <source>bring the database to this version&apos;s schema (with backup)</source>
        <translation>perbarui basis data ke skema versi ini (dengan cadangan)</translation>
    </message>
    <message>
        <source>show the database, its schema version and its contents</source>
        <translation>tampilkan basis data, versi skemanya, dan isinya</translation>
    </message>
    <message>
        <source>check the --db database and make it this PC&apos;s default</source>
        <translation>periksa basis data --db dan jadikan bawaan PC ini</translation>
    </message>
    <message>
        <source>print the units, one a line (kode lokasi, name, number of items)</source>
        <translation>cetak daftar unit, satu per baris (kode lokasi, nama, jumlah barang)</translation>
    </message>
    <message>
        <source>print the assets matching TEXT, one a line (code+register, name, room)</source>
        <translation>tampilkan aset yang cocok dengan TEXT, satu per baris (kode+register, nama, ruangan)</translation>
    </message>
    <message>
        <source>words to search for, or a scanned code</source>
        <translation>kata yang dicari, atau kode hasil pindaian</translation>
    </message>
    <message>
        <source>include disposed assets</source>
        <translation>sertakan aset yang telah dihapuskan</translation>
    </message>
    <message>
        <source>import the BPKAD&apos;s code table from .xlsx or .csv</source>
        <translation>impor tabel kode barang BPKAD dari .xlsx atau .csv</translation>
    </message>
    <message>
        <source>the spreadsheet, with columns kode and nama/uraian</source>
        <translation>berkas lembar kerja, dengan kolom kode dan nama/uraian</translation>
    </message>
    <message>
        <source>import assets from an .xlsx or .csv list (KIB sheets, older systems&apos; exports)</source>
        <translation>impor aset dari daftar .xlsx atau .csv (lembar KIB, ekspor sistem lama)</translation>
    </message>
    <message>
        <source>the spreadsheet to import</source>
        <translation>berkas spreadsheet yang diimpor</translation>
    </message>
    <message>
        <source>the sheet to import (again for more; default: the KIB sheets, else the first)</source>
        <translation>lembar yang diimpor (ulangi untuk lebih dari satu; bawaan: lembar KIB, selain itu lembar pertama)</translation>
    </message>
    <message>
        <source>check every row and write nothing</source>
        <translation>periksa setiap baris tanpa menyimpan apa pun</translation>
    </message>
    <message>
        <source>import the rows without problems even when other rows have some</source>
        <translation>impor baris yang tanpa masalah walaupun baris lain bermasalah</translation>
    </message>
    <message>
        <source>create the rooms and holders the file names and the register lacks</source>
        <translation>buat ruangan dan pemegang yang disebut berkas tetapi belum ada di daftar</translation>
    </message>
    <message>
        <source>import the values the check doubts (its warnings) as they are</source>
        <translation>impor nilai yang diragukan pemeriksaan (peringatannya) apa adanya</translation>
    </message>
    <message>
        <source>save a room&apos;s card (KIR) as an Excel workbook</source>
        <translation>simpan Kartu Inventaris Ruangan (KIR) sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>the room&apos;s code, e.g. R.01</source>
        <translation>kode ruangan, mis. R.01</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>berkas .xlsx yang akan ditulis</translation>
    </message>
    <message>
        <source>11: the 11 columns of Permendagri 47/2021 (the default); 14: the older card with the counts per condition (B, RR, RB)</source>
        <translation>11: 11 kolom Permendagri 47/2021 (bawaan); 14: kartu lama dengan jumlah per kondisi (B, RR, RB)</translation>
    </message>
    <message>
        <source>save asset labels with QR codes as a PDF</source>
        <translation>simpan label aset ber-QR sebagai PDF</translation>
    </message>
    <message>
        <source>the .pdf file to write</source>
        <translation>berkas .pdf yang ditulis</translation>
    </message>
    <message>
        <source>label template: a4-3x7, a4-2x7, a4-4x10, f4-3x8, roll-50x30, roll-60x40 or one of the office&apos;s own</source>
        <translation>templat label: a4-3x7, a4-2x7, a4-4x10, f4-3x8, roll-50x30, roll-60x40 atau templat milik kantor</translation>
    </message>
    <message>
        <source>the assets of one room (its code or name)</source>
        <translation>aset dalam satu ruangan (kode atau namanya)</translation>
    </message>
    <message>
        <source>every asset in the register</source>
        <translation>semua aset dalam daftar</translation>
    </message>
    <message>
        <source>the assets whose label was never printed (the default)</source>
        <translation>aset yang labelnya belum pernah dicetak (bawaan)</translation>
    </message>
    <message>
        <source>first position on the first sheet, for a partly used sheet</source>
        <translation>posisi pertama pada lembar pertama, untuk lembar yang sudah terpakai sebagian</translation>
    </message>
    <message>
        <source>draw cut lines (plain paper)</source>
        <translation>gambar garis potong (kertas biasa)</translation>
    </message>
    <message>
        <source>print what is due or overdue (vehicles and residences), most urgent first</source>
        <translation>cetak yang jatuh tempo atau terlambat (kendaraan dan rumah dinas), yang paling mendesak dulu</translation>
    </message>
    <message>
        <source>look this many days ahead</source>
        <translation>lihat sejauh ini hari ke depan</translation>
    </message>
    <message>
        <source>save a year&apos;s vehicle costs as an Excel workbook: the fleet, or one vehicle</source>
        <translation>simpan biaya kendaraan setahun sebagai buku kerja Excel: seluruh armada, atau satu kendaraan</translation>
    </message>
    <message>
        <source>the year, e.g. 2026</source>
        <translation>tahunnya, mis. 2026</translation>
    </message>
    <message>
        <source>one vehicle&apos;s plate, e.g. &quot;BK 1234 AB&quot; (default: the whole fleet)</source>
        <translation>nomor polisi satu kendaraan, mis. &quot;BK 1234 AB&quot; (bawaan: seluruh armada)</translation>
    </message>
    <message>
        <source>save a year&apos;s inventory workbook (KIB A/B/C, KIR, Buku Inventaris, Rekapitulasi, Mutasi, Penyusutan) for the BPKAD</source>
        <translation>simpan buku kerja inventaris setahun (KIB A/B/C, KIR, Buku Inventaris, Rekapitulasi, Mutasi, Penyusutan) untuk BPKAD</translation>
    </message>
    <message>
        <source>the position date within the year, YYYY-MM-DD (default: 31 December)</source>
        <translation>tanggal posisi dalam tahun itu, YYYY-MM-DD (bawaan: 31 Desember)</translation>
    </message>
    <message>
        <source>the unit&apos;s kode lokasi (default: the first unit of the database)</source>
        <translation>kode lokasi unit (bawaan: unit pertama di basis data)</translation>
    </message>
    <message>
        <source>the whole regency: a Rekapitulasi per KIB with a row per unit, and each unit&apos;s own workbook in the folder &lt;file&gt;-unit beside it</source>
        <translation>seluruh kabupaten: Rekapitulasi per KIB dengan satu baris per unit, dan buku inventaris setiap unit di folder &lt;berkas&gt;-unit di sebelahnya</translation>
    </message>
    <message>
        <source>save a vehicle&apos;s history (services, fuel, documents, plans) as a PDF</source>
        <translation>simpan riwayat kendaraan (servis, BBM, dokumen, rencana) sebagai PDF</translation>
    </message>
    <message>
        <source>the plate, e.g. &quot;BK 1234 AB&quot;</source>
        <translation>nomor polisi, mis. &quot;BK 1234 AB&quot;</translation>
    </message>
    <message>
        <source>add a user account (asks for the password)</source>
        <translation>tambah akun pengguna (kata sandi akan ditanyakan)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>NIP, 18 digits</source>
        <translation>NIP, 18 digit</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>baca kata sandi dari masukan standar (stdin)</translation>
    </message>
    <message>
        <source>back up the database, checked (SQLite: a copy of the file; PostgreSQL: pg_dump -Fc)</source>
        <translation>cadangkan basis data, lalu periksa cadangannya (SQLite: salinan berkas; PostgreSQL: pg_dump -Fc)</translation>
    </message>
    <message>
        <source>the file to write (default: a dated file in the data folder&apos;s backups folder)</source>
        <translation>berkas yang ditulis (bawaan: berkas bertanggal di folder backups dalam folder data)</translation>
    </message>
    <message>
        <source>put a backup in place of the database&apos;s contents (a safety copy is made first)</source>
        <translation>pulihkan isi basis data dari cadangan (salinan pengaman dibuat lebih dulu)</translation>
    </message>
    <message>
        <source>the backup file (.db, or .dump for PostgreSQL)</source>
        <translation>berkas cadangan (.db, atau .dump untuk PostgreSQL)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>jangan meminta konfirmasi</translation>
    </message>
    <message>
        <source>check the database: integrity, foreign keys and the audit log (exit 1 on a problem)</source>
        <translation>periksa basis data: keutuhan, kunci asing, dan log audit (kode keluar 1 bila ada masalah)</translation>
    </message>
    <message>
        <source>kode barang + register (e.g. 1.3.2.10.01.02.002.000007) or a scanned label line</source>
        <translation>kode barang + register (mis. 1.3.2.10.01.02.002.000007) atau baris label yang dipindai</translation>
    </message>
    <message>
        <source>propose items for disposal (usulan penghapusan) and save the letter as a PDF</source>
        <translation>usulkan penghapusan barang dan simpan suratnya sebagai PDF</translation>
    </message>
    <message>
        <source>the reason, e.g. &quot;Rusak berat&quot;</source>
        <translation>alasannya, mis. &quot;Rusak berat&quot;</translation>
    </message>
    <message>
        <source>record the disposal decree (SK) for proposed items: they leave the register on its date</source>
        <translation>catat SK penghapusan untuk barang yang diusulkan: barang keluar dari daftar pada tanggal SK</translation>
    </message>
    <message>
        <source>the decree&apos;s number</source>
        <translation>nomor SK</translation>
    </message>
    <message>
        <source>the decree&apos;s date, YYYY-MM-DD</source>
        <translation>tanggal SK, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>how the items are disposed of (default: pemusnahan)</source>
        <translation>cara penghapusan (bawaan: pemusnahan)</translation>
    </message>
    <message>
        <source>the stock-take (inventarisasi): start one, count a room by scanning, report</source>
        <translation>inventarisasi barang: memulai, menghitung ruangan dengan memindai, laporan</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>LANGKAH</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>langkah</translation>
    </message>
    <message>
        <source>start a stock-take and print its number alone</source>
        <translation>memulai inventarisasi dan mencetak nomornya saja</translation>
    </message>
    <message>
        <source>its name, e.g. &quot;Inventarisasi BMD 2026&quot;</source>
        <translation>namanya, mis. &quot;Inventarisasi BMD 2026&quot;</translation>
    </message>
    <message>
        <source>only these rooms, by their codes (default: every room and the items outside rooms)</source>
        <translation>hanya ruangan ini, menurut kodenya (bawaan: semua ruangan dan barang di luar ruangan)</translation>
    </message>
    <message>
        <source>the number of the team&apos;s decree (SK)</source>
        <translation>nomor SK tim inventarisasi</translation>
    </message>
    <message>
        <source>count a room: read what the scanner typed from standard input, a line a scan</source>
        <translation>menghitung satu ruangan: membaca hasil pemindai dari masukan standar, satu baris satu pindaian</translation>
    </message>
    <message>
        <source>Each line is a scanned label (INV:KEY code+register name), a bare label key or a kode barang + register; empty lines are skipped. One line is printed per scan (the result and the item) and a summary at the end. A line that cannot be counted is reported with its number and the others are still counted; the exit code is then 1.</source>
        <translation>Setiap baris berisi label yang dipindai (INV:KUNCI kode+register nama), kunci label saja, atau kode barang + register; baris kosong dilewati. Satu baris dicetak per pindaian (hasil dan barangnya) dan ringkasan di akhir. Baris yang tidak dapat dihitung dilaporkan dengan nomornya dan baris lain tetap dihitung; kode keluarnya lalu 1.</translation>
    </message>
    <message>
        <source>the stock-take&apos;s number</source>
        <translation>nomor inventarisasi</translation>
    </message>
    <message>
        <source>the room&apos;s code, e.g. R.01, or &quot;-&quot; for the items outside rooms (land, buildings, vehicles)</source>
        <translation>kode ruangan, mis. R.01, atau &quot;-&quot; untuk barang di luar ruangan (tanah, gedung, kendaraan)</translation>
    </message>
    <message>
        <source>save the results (the LHI lists and the recap) as an Excel workbook</source>
        <translation>menyimpan hasil (daftar LHI dan rekapitulasi) sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>print the counts as JSON: expected, found, not_found (expected items not checked), misplaced and unknown</source>
        <translation>mencetak jumlah sebagai JSON: expected (seharusnya ada), found (ditemukan), not_found (barang yang belum diperiksa), misplaced (di ruangan lain) dan unknown (tidak tercatat)</translation>
    </message>
    <message>
        <source>a kode barang + register, or what the scanner typed from the item&apos;s label</source>
        <translation>kode barang + register, atau yang diketik pemindai dari label barang</translation>
    </message>
    <message>
        <source>hand items over to an employee and save the BAST (Berita Acara Serah Terima)</source>
        <translation>serahkan barang kepada pegawai dan simpan BAST (Berita Acara Serah Terima)</translation>
    </message>
    <message>
        <source>the employee&apos;s name</source>
        <translation>nama pegawai</translation>
    </message>
    <message>
        <source>the employee&apos;s NIP, 18 digits</source>
        <translation>NIP pegawai, 18 digit</translation>
    </message>
    <message>
        <source>the employee&apos;s position (jabatan)</source>
        <translation>jabatan pegawai</translation>
    </message>
    <message>
        <source>take items back from their holder and save the BAST of the return</source>
        <translation>terima kembali barang dari pemegangnya dan simpan BAST pengembalian</translation>
    </message>
    <message>
        <source>the condition on return: B, RR or RB</source>
        <translation>kondisi saat dikembalikan: B, RR atau RB</translation>
    </message>
    <message>
        <source>the date, YYYY-MM-DD (default: today)</source>
        <translation>tanggal, YYYY-MM-DD (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>the BAST&apos;s number (default: the settings&apos; pattern)</source>
        <translation>nomor BAST (bawaan: pola di Pengaturan)</translation>
    </message>
    <message>
        <source>a note on the BAST</source>
        <translation>catatan pada BAST</translation>
    </message>
    <message>
        <source>Backup before upgrading: {path}</source>
        <translation>Cadangan sebelum pembaruan: {path}</translation>
    </message>
    <message>
        <source>Several units have a room {room}: name the unit with --unit KODE.</source>
        <translation>Beberapa unit memiliki ruangan {room}: sebutkan unitnya dengan --unit KODE.</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Demo office ready in {url}: {assets} assets, {rooms} rooms, {vehicles} vehicles, {residences} residences.</source>
        <translation>Kantor demo siap di {url}: {assets} aset, {rooms} ruangan, {vehicles} kendaraan, {residences} rumah dinas.</translation>
    </message>
    <message>
        <source>Demo accounts (password {password}):</source>
        <translation>Akun demo (kata sandi {password}):</translation>
    </message>
    <message>
        <source>  and the Pengurus Barang of each of the {units} units: pb.&lt;unit&gt;, e.g. {example} (the verb units lists them)</source>
        <translation>  dan Pengurus Barang tiap unit dari {units} unit: pb.&lt;unit&gt;, mis. {example} (perintah units menampilkannya)</translation>
    </message>
    <message>
        <source>{url} is at schema {revision}.</source>
        <translation>{url} menggunakan skema {revision}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({tables} tables, {rows} rows).</source>
        <translation>Cadangan ditulis dan diperiksa: {path} ({tables} tabel, {rows} baris).</translation>
    </message>
    <message>
        <source>Backup written and checked: {path}</source>
        <translation>Cadangan ditulis dan diperiksa: {path}</translation>
    </message>
    <message>
        <source>Restore {file} (schema {revision}) over {url}? [y/N]</source>
        <translation>Pulihkan {file} (skema {revision}) menimpa {url}? [y/N]</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>{url} was restored from {file}.</source>
        <translation>{url} telah dipulihkan dari {file}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>Basis data seperti sebelumnya disimpan di {path}.</translation>
    </message>
    <message>
        <source>The backup&apos;s schema was upgraded to this version&apos;s.</source>
        <translation>Skema cadangan telah diperbarui ke skema versi ini.</translation>
    </message>
    <message>
        <source>Anyone using Inventaris on another PC must restart it now.</source>
        <translation>Semua pengguna Inventaris di PC lain harus menutup dan membuka ulang program sekarang.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Basis data: {url}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>PROBLEM: {detail}</source>
        <translation>MASALAH: {detail}</translation>
    </message>
    <message>
        <source>The check found problems (see above).</source>
        <translation>Pemeriksaan menemukan masalah (lihat di atas).</translation>
    </message>
    <message>
        <source>Schema: {revision}</source>
        <translation>Skema: {revision}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <source>Assets: {assets}, rooms: {rooms}, users: {users}</source>
        <translation>Aset: {assets}, ruangan: {rooms}, pengguna: {users}</translation>
    </message>
    <message>
        <source>Specify the database with --db URL.</source>
        <translation>Tentukan basis data dengan --db URL.</translation>
    </message>
    <message>
        <source>This PC now opens {url}.</source>
        <translation>PC ini sekarang membuka {url}.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>Ulangi kata sandi: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>User {username} created.</source>
        <translation>Pengguna {username} telah dibuat.</translation>
    </message>
    <message>
        <source>No asset matches {text}.</source>
        <translation>Tidak ada aset yang cocok dengan {text}.</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>baris {row}, kolom {column}: {reason}</translation>
    </message>
    <message>
        <source>Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.</source>
        <translation>Kode ditambahkan: {added}, diganti namanya: {renamed}, tidak berubah: {unchanged}.</translation>
    </message>
    <message>
        <source>There is no unit with the kode lokasi {code}.</source>
        <translation>Tidak ada unit dengan kode lokasi {code}.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Inventory workbook {year} saved to {path}: {items} items.</source>
        <translation>Buku kerja inventaris {year} disimpan ke {path}: {items} barang.</translation>
    </message>
    <message>
        <source>Regency recap {year} saved to {path}: {units} units, {items} items; each unit&apos;s workbook in {folder}.</source>
        <translation>Rekapitulasi kabupaten {year} disimpan ke {path}: {units} unit, {items} barang; buku inventaris setiap unit di {folder}.</translation>
    </message>
    <message>
        <source>There is no room with the code {code}.</source>
        <translation>Tidak ada ruangan dengan kode {code}.</translation>
    </message>
    <message>
        <source>Room card of {room} saved to {path}: {items} items on {rows} rows.</source>
        <translation>KIR {room} telah disimpan ke {path}: {items} barang dalam {rows} baris.</translation>
    </message>
    <message>
        <source>There is no room called {room}.</source>
        <translation>Tidak ada ruangan bernama {room}.</translation>
    </message>
    <message>
        <source>No asset needs a label.</source>
        <translation>Tidak ada aset yang memerlukan label.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>{count} labels on {pages} page(s) saved to {path}.</source>
        <translation>{count} label pada {pages} halaman disimpan ke {path}.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>dalam 7 hari</translation>
    </message>
    <message>
        <source>within 14 days</source>
        <translation>dalam 14 hari</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>dalam 30 hari</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>dalam 90 hari</translation>
    </message>
    <message>
        <source>later</source>
        <translation>nanti</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>Costs of {vehicle} in {year} saved to {path}: {km} km, {cost}.</source>
        <translation>Biaya {vehicle} tahun {year} disimpan ke {path}: {km} km, {cost}.</translation>
    </message>
    <message>
        <source>Fleet costs in {year} saved to {path}: {vehicles} vehicles, {km} km, {cost}.</source>
        <translation>Biaya armada tahun {year} disimpan ke {path}: {vehicles} kendaraan, {km} km, {cost}.</translation>
    </message>
    <message>
        <source>History of {vehicle} saved to {path}: {records} records on {pages} page(s).</source>
        <translation>Riwayat {vehicle} disimpan ke {path}: {records} catatan pada {pages} halaman.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time such as &quot;2026-12-01 09:30&quot;.</source>
        <translation>&quot;{text}&quot; bukan waktu seperti &quot;2026-12-01 09:30&quot;.</translation>
    </message>
    <message>
        <source>give the name of the file to write</source>
        <translation>berikan nama berkas yang akan ditulis</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; is a folder; give the name of the file to write in it</source>
        <translation>&quot;{path}&quot; adalah folder; berikan nama berkas yang akan ditulis di dalamnya</translation>
    </message>
    <message>
        <source>the folder &quot;{folder}&quot; does not exist</source>
        <translation>folder &quot;{folder}&quot; tidak ada</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date such as 2026-12-01.</source>
        <translation>&quot;{text}&quot; bukan tanggal seperti 2026-12-01.</translation>
    </message>
    <message>
        <source>book a meeting room (times in WIB)</source>
        <translation>pesan ruang rapat (waktu dalam WIB)</translation>
    </message>
    <message>
        <source>the meeting room&apos;s name or code</source>
        <translation>nama atau kode ruang rapat</translation>
    </message>
    <message>
        <source>the start, &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>mulai, &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <source>the end, &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>selesai, &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <source>the agenda of the meeting</source>
        <translation>acara rapat</translation>
    </message>
    <message>
        <source>the organising unit</source>
        <translation>unit penyelenggara</translation>
    </message>
    <message>
        <source>print a day&apos;s bookings, one a line (time, room, title, status)</source>
        <translation>cetak pemesanan satu hari, satu per baris (waktu, ruang, acara, status)</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>harinya, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>save a day&apos;s meeting-room agenda (Jadwal Ruang Rapat) as a PDF</source>
        <translation>simpan jadwal penggunaan ruang rapat satu hari sebagai PDF</translation>
    </message>
    <message>
        <source>save the bookings of a period as an Excel workbook</source>
        <translation>simpan pemesanan satu periode sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>the first day, YYYY-MM-DD</source>
        <translation>hari pertama, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the last day, YYYY-MM-DD</source>
        <translation>hari terakhir, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>save a meeting room&apos;s bookings as a calendar file (.ics)</source>
        <translation>simpan pemesanan satu ruang rapat sebagai berkas kalender (.ics)</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>berkas .ics yang ditulis</translation>
    </message>
    <message>
        <source>Booking {id} saved:</source>
        <translation>Pemesanan {id} disimpan:</translation>
    </message>
    <message>
        <source>No bookings on {date}.</source>
        <translation>Tidak ada pemesanan pada {date}.</translation>
    </message>
    <message>
        <source>Agenda of {date} saved to {path}: {bookings} bookings on {pages} page(s).</source>
        <translation>Jadwal {date} disimpan ke {path}: {bookings} pemesanan pada {pages} halaman.</translation>
    </message>
    <message>
        <source>Bookings from {first} to {last} saved to {path}: {rows} rows.</source>
        <translation>Pemesanan {first} sampai {last} disimpan ke {path}: {rows} baris.</translation>
    </message>
    <message>
        <source>Calendar of {room} saved to {path}: {events} bookings.</source>
        <translation>Kalender {room} disimpan ke {path}: {events} pemesanan.</translation>
    </message>
    <message>
        <source>This booking is part of a series. What should change?</source>
        <translation>Pemesanan ini bagian dari satu seri. Mana yang diubah?</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Hanya yang ini</translation>
    </message>
    <message>
        <source>This and the following ones</source>
        <translation>Yang ini dan sesudahnya</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Seluruh seri</translation>
    </message>
    <message>
        <source>{sheet}, row {row}, column {column}</source>
        <translation>{sheet}, baris {row}, kolom {column}</translation>
    </message>
    <message>
        <source>Warning: {line}</source>
        <translation>Peringatan: {line}</translation>
    </message>
    <message>
        <source>Note: {line}</source>
        <translation>Catatan: {line}</translation>
    </message>
    <message>
        <source>Note: {sheet}: {message}</source>
        <translation>Catatan: {sheet}: {message}</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Memeriksa</translation>
    </message>
    <message>
        <source>Rooms not in the register: {names}</source>
        <translation>Ruangan yang belum ada di daftar: {names}</translation>
    </message>
    <message>
        <source>Holders not in the register: {names}</source>
        <translation>Pemegang yang belum ada di daftar: {names}</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new items, {updated} updated, {unchanged} unchanged, {bad} rows with problems.</source>
        <translation>{rows} baris: {new} barang baru, {updated} diperbarui, {unchanged} tidak berubah, {bad} baris bermasalah.</translation>
    </message>
    <message>
        <source>Imported from {file}.</source>
        <translation>Diimpor dari {file}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows above, or use --valid-only.</source>
        <translation>Tidak ada yang diimpor. Perbaiki baris di atas, atau pakai --valid-only.</translation>
    </message>
    <message>
        <source>Nothing was imported: the rooms and holders above would be created. Check the names, then run again with --create-missing.</source>
        <translation>Tidak ada yang diimpor: ruangan dan pemegang di atas akan dibuat. Periksa namanya, lalu jalankan lagi dengan --create-missing.</translation>
    </message>
    <message>
        <source>Nothing was imported: the values in the warnings above are doubtful. Check them, then run again with --accept-warnings.</source>
        <translation>Tidak ada yang diimpor: nilai pada peringatan di atas meragukan. Periksa nilainya, lalu jalankan lagi dengan --accept-warnings.</translation>
    </message>
    <message>
        <source>registered in {room}</source>
        <translation>tercatat di {room}</translation>
    </message>
    <message>
        <source>also scanned in {room}</source>
        <translation>juga dipindai di {room}</translation>
    </message>
    <message>
        <source>disposed of on {date}</source>
        <translation>dihapus pada {date}</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Baris {line}: {message}</translation>
    </message>
    <message>
        <source>{lines} lines read: {counts}; {failed} failed.</source>
        <translation>{lines} baris dibaca: {counts}; {failed} gagal.</translation>
    </message>
    <message>
        <source>Results of {name} saved to {path}: {expected} items expected, {found} found, {not_found} not found, {misplaced} in the wrong room, {unknown} not in the register.</source>
        <translation>Hasil {name} disimpan ke {path}: {expected} barang seharusnya ada, {found} ditemukan, {not_found} tidak ditemukan, {misplaced} di ruangan lain, {unknown} belum tercatat.</translation>
    </message>
    <message>
        <source>No asset has the code or label {item}.</source>
        <translation>Tidak ada aset dengan kode atau label {item}.</translation>
    </message>
    <message>
        <source>{title}: {count} item(s) proposed for disposal; the letter is saved to {path}.</source>
        <translation>{title}: {count} barang diusulkan dihapus; suratnya disimpan di {path}.</translation>
    </message>
    <message>
        <source>{item} is not proposed for disposal: propose it first (inventaris propose-disposal).</source>
        <translation>{item} belum diusulkan dihapus: usulkan dulu (inventaris propose-disposal).</translation>
    </message>
    <message>
        <source>Note: no inspection (berita acara) is recorded on {title}.</source>
        <translation>Catatan: pemeriksaan (berita acara) belum dicatat pada {title}.</translation>
    </message>
    <message>
        <source>{count} item(s) disposed of by the decree {decree} of {date}.</source>
        <translation>{count} barang dihapus dengan SK {decree} tanggal {date}.</translation>
    </message>
    <message>
        <source>No asset has the code or label &quot;{item}&quot;.</source>
        <translation>Tidak ada aset dengan kode atau label &quot;{item}&quot;.</translation>
    </message>
    <message>
        <source>BAST {number} of {count} item(s) saved to {path} ({pages} page(s)).</source>
        <translation>BAST {number} untuk {count} barang disimpan ke {path} ({pages} halaman).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Inventaris</source>
        <translation>Tentang Inventaris</translation>
    </message>
    <message>
        <source>Asset register, labels, vehicles, meeting rooms and official residences for the Bagian Umum of a regency office.</source>
        <translation>Daftar aset, label, kendaraan, ruang rapat, dan rumah dinas untuk Bagian Umum kantor kabupaten.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>belum ada yang dibuka</translation>
    </message>
    <message>
        <source>SQLite file {path}</source>
        <translation>Berkas SQLite {path}</translation>
    </message>
    <message>
        <source>PostgreSQL server {url}</source>
        <translation>Server PostgreSQL {url}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Dibuat dengan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the folder in the file manager</source>
        <translation>Buka folder ini di pengelola berkas</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answers about the item</source>
        <translation>Jawaban tentang barang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Recorded in {place}, condition {condition}</source>
        <translation>Tercatat di {place}, kondisi {condition}</translation>
    </message>
    <message>
        <source>Present (checked)</source>
        <translation>Ada (sudah dicek)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>As recorded ({condition})</source>
        <translation>Sesuai catatan ({condition})</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Keberadaan</translation>
    </message>
    <message>
        <source>Observed condition</source>
        <translation>Kondisi diamati</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Tidak ditanyakan</translation>
    </message>
    <message>
        <source>BAST or agreement number</source>
        <translation>Nomor BAST atau perjanjian</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Dipakai oleh</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Nama pemakai</translation>
    </message>
    <message>
        <source>User&apos;s NIP</source>
        <translation>NIP pemakai</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Code and register of the other record</source>
        <translation>Kode dan register catatan lainnya</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Tercatat ganda</translation>
    </message>
    <message>
        <source>The building stands on land not owned by the regency</source>
        <translation>Bangunan berdiri di atas tanah yang bukan milik pemerintah daerah</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Tanah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What is recorded wrongly (empty: as recorded)</source>
        <translation>Yang tercatat tidak sesuai (kosong: sesuai)</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>sesuai</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>Aset baru</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Add this many identical items, each its own register</source>
        <translation>Jumlah barang identik yang ditambahkan; masing-masing mendapat Nomor Register sendiri</translation>
    </message>
    <message>
        <source>Kode barang *</source>
        <translation>Kode Barang *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama Barang *</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Size/CC</source>
        <translation>Ukuran/CC</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Serial/factory no.</source>
        <translation>No. Seri/Pabrik</translation>
    </message>
    <message>
        <source>NIBAR</source>
        <translation>NIBAR</translation>
    </message>
    <message>
        <source>Unit of count</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Identical items</source>
        <translation>Jumlah barang identik</translation>
    </message>
    <message>
        <source>e.g. APBD 2026</source>
        <translation>mis. APBD 2026</translation>
    </message>
    <message>
        <source>Date of acquisition</source>
        <translation>Tanggal perolehan</translation>
    </message>
    <message>
        <source>Year of acquisition *</source>
        <translation>Tahun perolehan *</translation>
    </message>
    <message>
        <source>Cara perolehan *</source>
        <translation>Cara perolehan *</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Price (Rp) *</source>
        <translation>Harga (Rp) *</translation>
    </message>
    <message>
        <source>Condition *</source>
        <translation>Kondisi *</translation>
    </message>
    <message>
        <source>— no room —</source>
        <translation>— tanpa ruangan —</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>NIP of the holder</source>
        <translation>NIP pemegang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Keterangan</translation>
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
        <translation>mis. Hak Pakai, Sertifikat</translation>
    </message>
    <message>
        <source>Multi-storey</source>
        <translation>Bertingkat</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>Beton</translation>
    </message>
    <message>
        <source>Address / location *</source>
        <translation>Letak/Alamat *</translation>
    </message>
    <message>
        <source>Land area (m²)</source>
        <translation>Luas tanah (m²)</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Luas lantai (m²)</translation>
    </message>
    <message>
        <source>Title (status hak)</source>
        <translation>Status hak</translation>
    </message>
    <message>
        <source>Use of the land</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Certificate/document date</source>
        <translation>Tanggal sertifikat/dokumen</translation>
    </message>
    <message>
        <source>Certificate/document no.</source>
        <translation>Nomor sertifikat/dokumen</translation>
    </message>
    <message>
        <source>Code of the land</source>
        <translation>Kode tanah</translation>
    </message>
    <message>
        <source>e.g. Aspal, Beton, Pipa PVC</source>
        <translation>mis. Aspal, Beton, Pipa PVC</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Konstruksi</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Panjang (km)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Lebar (m)</translation>
    </message>
    <message>
        <source>Kind of building</source>
        <translation>Jenis bangunan</translation>
    </message>
    <message>
        <source>Construction started</source>
        <translation>Tanggal mulai pengerjaan</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Nomor kontrak</translation>
    </message>
    <message>
        <source>Contract value (Rp)</source>
        <translation>Nilai kontrak (Rp)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Book: title/author</source>
        <translation>Buku: judul/pencipta</translation>
    </message>
    <message>
        <source>Art: region of origin</source>
        <translation>Kesenian: asal daerah</translation>
    </message>
    <message>
        <source>Art: creator</source>
        <translation>Kesenian: pencipta</translation>
    </message>
    <message>
        <source>Animal/plant: kind</source>
        <translation>Hewan/tumbuhan: jenis</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Perolehan</translation>
    </message>
    <message>
        <source>Room and holder</source>
        <translation>Ruangan dan pemegang</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Land / building</source>
        <translation>Tanah / gedung</translation>
    </message>
    <message>
        <source>Books, art, plants</source>
        <translation>Buku, kesenian, tumbuhan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>why, e.g. stock opname 2026</source>
        <translation>alasan, mis. stock opname 2026</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Tanggal perubahan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Construction finished…</source>
        <translation>Konstruksi selesai…</translation>
    </message>
    <message>
        <source>The works are handed over: they become a building (KIB C) of the same value</source>
        <translation>Pekerjaan diserahterimakan: menjadi gedung (KIB C) dengan nilai yang sama</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Asset {code}</source>
        <translation>Aset {code}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} WIB</source>
        <translation>Terakhir diubah oleh {who} pada {when} WIB</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>This code is not in the code table; choose one with Choose…</source>
        <translation>Kode ini tidak ada dalam tabel kode barang; pilih dengan tombol Pilih…</translation>
    </message>
    <message>
        <source>Road / network</source>
        <translation>Jalan / jaringan</translation>
    </message>
    <message>
        <source>Saved: {item}</source>
        <translation>Tersimpan: {item}</translation>
    </message>
    <message>
        <source>Save or undo your changes first.</source>
        <translation>Simpan atau batalkan perubahan Anda dahulu.</translation>
    </message>
    <message>
        <source>{works} finished: now {building}</source>
        <translation>{works} selesai: kini {building}</translation>
    </message>
    <message>
        <source>Not saved: {who} saved this asset on {when} WIB, after you opened it.</source>
        <translation>Belum tersimpan: {who} menyimpan aset ini pada {when} WIB, setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Yang diubahnya:</translation>
    </message>
    <message>
        <source>None of the fields on this form changed.</source>
        <translation>Tidak ada isian formulir ini yang berubah.</translation>
    </message>
    <message>
        <source>Press Reload to take their changes into the form: what you typed is kept, and you choose for each field you both changed.</source>
        <translation>Tekan Muat ulang untuk memasukkan perubahannya ke formulir: yang Anda ketik tetap ada, dan Anda memilih untuk setiap isian yang sama-sama diubah.</translation>
    </message>
    <message>
        <source>Updated: changed on another PC at {time} by {who}.</source>
        <translation>Diperbarui: diubah di PC lain pukul {time} oleh {who}.</translation>
    </message>
    <message>
        <source>Changed on another PC at {time} by {who}:</source>
        <translation>Diubah di PC lain pukul {time} oleh {who}:</translation>
    </message>
    <message>
        <source>Reloaded with the change {who} saved at {time}.</source>
        <translation>Dimuat ulang dengan perubahan yang disimpan {who} pukul {time}.</translation>
    </message>
    <message>
        <source>Your changes are kept: {fields}. Check them and Save.</source>
        <translation>Perubahan Anda tetap ada: {fields}. Periksa, lalu Simpan.</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Tutup tanpa menyimpan perubahan Anda?</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Attach a photo or a scan: PDF, JPEG or PNG, at most {limit}</source>
        <translation>Lampirkan foto atau pindaian: PDF, JPEG atau PNG, paling besar {limit}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open with this PC&apos;s viewer (Enter)</source>
        <translation>Buka dengan penampil di PC ini (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Attached by {who} on {when} WIB</source>
        <translation>Dilampirkan oleh {who} pada {when} WIB</translation>
    </message>
    <message>
        <source>Save first; then photos and scans can be attached.</source>
        <translation>Simpan dahulu; setelah itu foto dan pindaian dapat dilampirkan.</translation>
    </message>
    <message>
        <source>No attachments yet. Add a photo or a scan (PDF, JPEG or PNG, at most {limit}), or drop the file here; every PC of the office sees it.</source>
        <translation>Belum ada lampiran. Tambahkan foto atau pindaian (PDF, JPEG atau PNG, paling besar {limit}), atau letakkan berkasnya di sini; semua PC kantor dapat melihatnya.</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Tidak ada lampiran.</translation>
    </message>
    <message numerus="yes">
        <source>{count} attachment(s). Double-click one to open it.</source>
        <translation>
            <numerusform>{count} lampiran. Klik dua kali untuk membukanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Photos and scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Foto dan pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>No program on this PC opens {file}; a copy is at {path}.</source>
        <translation>Tidak ada program di PC ini yang dapat membuka {file}; salinannya ada di {path}.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <source>Remove {file} from the database? Every PC loses it; the audit log keeps only its name and size.</source>
        <translation>Hapus {file} dari basis data? Berkas hilang dari semua PC; log audit hanya menyimpan nama dan ukurannya.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ID data</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>kata sandi salah</translation>
    </message>
    <message>
        <source>locked after wrong passwords</source>
        <translation>dikunci setelah kata sandi salah</translation>
    </message>
    <message>
        <source>demo data loaded</source>
        <translation>data demo dimuat</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Regency settings</source>
        <translation>Pengaturan kabupaten</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Masa manfaat</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Asset history</source>
        <translation>Riwayat aset</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Kode Barang</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Cadangan terakhir: {when}</translation>
    </message>
    <message>
        <source>Inventaris backs the database up by itself at the first start of each day and when the window closes, into {folder} (kept: 7 daily, 4 weekly, 12 monthly).</source>
        <translation>Inventaris mencadangkan basis data secara otomatis saat pertama dibuka setiap hari dan saat jendela ditutup, ke {folder} (disimpan: 7 harian, 4 mingguan, 12 bulanan).</translation>
    </message>
    <message>
        <source>Backups of the PostgreSQL server are the server&apos;s Admin&apos;s work; Back up now saves a dump (pg_dump) of it.</source>
        <translation>Pencadangan server PostgreSQL menjadi tugas Admin server; Cadangkan sekarang menyimpan salinan dump (pg_dump) basis data ini.</translation>
    </message>
    <message>
        <source>Inventaris backups (*.db)</source>
        <translation>Cadangan Inventaris (*.db)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump)</source>
        <translation>Cadangan PostgreSQL (*.dump)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>Mencadangkan dan memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation>Cadangan tersimpan dan sudah diperiksa: {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message numerus="yes">
        <source> It holds {count} asset(s).</source>
        <translation>
            <numerusform> Cadangan ini berisi {count} aset.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup {file} (schema {revision}) over the database {url}?{assets}

Everything saved after this backup was made will be gone. A copy of the database as it is now is kept in the backups folder first. Everyone using Inventaris on another PC must close it before and restart it after.</source>
        <translation>Pulihkan cadangan {file} (skema {revision}) menimpa basis data {url}?{assets}

Semua yang disimpan setelah cadangan ini dibuat akan hilang. Salinan basis data saat ini disimpan lebih dulu di folder cadangan. Semua pengguna Inventaris di PC lain harus menutup program sebelumnya dan membukanya kembali sesudahnya.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>The database was restored from {file}.</source>
        <translation>Basis data telah dipulihkan dari {file}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>Basis data seperti sebelumnya disimpan di {path}.</translation>
    </message>
    <message>
        <source>The backup&apos;s schema was upgraded to this version&apos;s.</source>
        <translation>Skema cadangan telah diperbarui ke skema versi ini.</translation>
    </message>
    <message>
        <source>Users on other PCs must restart Inventaris now. You will be logged out here; log in again.</source>
        <translation>Pengguna di PC lain harus membuka ulang Inventaris sekarang. Anda akan dikeluarkan di sini; silakan masuk kembali.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Change the booking</source>
        <translation>Ubah pemesanan</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Pemesanan baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message numerus="yes">
        <source>({count} seat(s))</source>
        <translation>
            <numerusform>({count} kursi)</numerusform>
        </translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>e.g. Rapat koordinasi persiapan HUT RI</source>
        <translation>mis. Rapat koordinasi persiapan HUT RI</translation>
    </message>
    <message>
        <source>e.g. Bagian Protokol</source>
        <translation>mis. Bagian Protokol</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Room / vehicle *</source>
        <translation>Ruang / kendaraan *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Time *</source>
        <translation>Waktu *</translation>
    </message>
    <message>
        <source>Agenda *</source>
        <translation>Acara *</translation>
    </message>
    <message>
        <source>Organising unit</source>
        <translation>Unit penyelenggara</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Tidak berulang</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>Bulanan pada tanggal yang sama</translation>
    </message>
    <message>
        <source>Monthly on the same weekday (e.g. 2nd Tuesday)</source>
        <translation>Bulanan pada hari yang sama (mis. Selasa ke-2)</translation>
    </message>
    <message>
        <source>every </source>
        <translation>setiap </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>kali:</translation>
    </message>
    <message>
        <source>Check the dates</source>
        <translation>Periksa tanggal</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Conflicts with</source>
        <translation>Bentrok dengan</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Public holiday: {name}. Book only if the office is open.</source>
        <translation>Hari libur nasional: {name}. Pesan hanya bila kantor buka.</translation>
    </message>
    <message>
        <source>Some dates are taken; they are ticked to skip. </source>
        <translation>Beberapa tanggal sudah terpakai; tanggal itu ditandai untuk dilewati. </translation>
    </message>
    <message>
        <source>Save again to book the rest.</source>
        <translation>Simpan sekali lagi untuk memesan sisanya.</translation>
    </message>
</context>
<context>
    <name>BookingSettingsDialog</name>
    <message>
        <source>Booking settings</source>
        <translation>Pengaturan pemesanan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} menit</translation>
    </message>
    <message>
        <source>Bookings by secretariat staff wait for an Admin&apos;s confirmation</source>
        <translation>Pemesanan oleh staf sekretariat menunggu konfirmasi Admin</translation>
    </message>
    <message>
        <source>Office hours from</source>
        <translation>Jam kantor dari</translation>
    </message>
    <message>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Langkah waktu</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Meeting rooms</source>
        <translation>Ruang Rapat</translation>
    </message>
    <message>
        <source>Pool vehicles</source>
        <translation>Kendaraan pool</translation>
    </message>
    <message>
        <source>Day: all rooms</source>
        <translation>Hari: semua ruang</translation>
    </message>
    <message>
        <source>Week: one room</source>
        <translation>Minggu: satu ruang</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Pesan…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Batalkan pemesanan…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Print the day&apos;s agenda…</source>
        <translation>Cetak jadwal hari ini…</translation>
    </message>
    <message>
        <source>Agenda as PDF…</source>
        <translation>Jadwal sebagai PDF…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Kalender (.ics)…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>{room}: week of {first} to {last}</source>
        <translation>{room}: minggu {first} sampai {last}</translation>
    </message>
    <message>
        <source>No meeting rooms yet: mark a room as a meeting room in Rooms.</source>
        <translation>Belum ada ruang rapat: tandai ruangan sebagai ruang rapat di Ruangan.</translation>
    </message>
    <message>
        <source>{count} booking(s) shown</source>
        <translation>{count} pemesanan ditampilkan</translation>
    </message>
    <message>
        <source>No pool vehicles yet: tick Pool vehicle in the vehicle&apos;s data in Vehicles.</source>
        <translation>Belum ada kendaraan pool: centang Kendaraan pool di data kendaraan pada Kendaraan.</translation>
    </message>
    <message numerus="yes">
        <source>{count} seat(s)</source>
        <translation>
            <numerusform>{count} kursi</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Batalkan pemesanan</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Alasan pembatalan:</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Simpan jadwal</translation>
    </message>
    <message>
        <source>Export the bookings</source>
        <translation>Ekspor pemesanan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>Kalender (.ics)</translation>
    </message>
    <message>
        <source>Choose a booking (its series), or a room in the week view.</source>
        <translation>Pilih satu pemesanan (serinya), atau satu ruang di tampilan mingguan.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Simpan kalender</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>Buildings</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>— a new building —</source>
        <translation>— gedung baru —</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Building name *</source>
        <translation>Nama gedung *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>The database is busy; waiting…</source>
        <translation>Database sedang sibuk, menunggu…</translation>
    </message>
</context>
<context>
    <name>CapitaliseDialog</name>
    <message>
        <source>Capitalise an improvement</source>
        <translation>Kapitalisasi perbaikan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The amount is added to the asset&apos;s value from this date on, and spread over the rest of its useful life in the depreciation.</source>
        <translation>Nilai ini ditambahkan ke nilai aset mulai tanggal ini dan disusutkan selama sisa masa manfaatnya.</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>A major repair may make the item last longer: 0 keeps its useful life.</source>
        <translation>Perbaikan besar dapat memperpanjang umur barang: 0 berarti masa manfaat tetap.</translation>
    </message>
    <message>
        <source>Amount (Rp) *</source>
        <translation>Jumlah (Rp) *</translation>
    </message>
    <message>
        <source>Extends the useful life by</source>
        <translation>Menambah masa manfaat</translation>
    </message>
    <message>
        <source>Improvement capitalised</source>
        <translation>Perbaikan dikapitalisasi</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda telah diubah.</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Both changed the same fields</source>
        <translation>Isian yang sama diubah oleh dua orang</translation>
    </message>
    <message>
        <source>You and {who} both changed these fields. Choose, field by field, which value to keep; yours is kept unless you choose theirs.</source>
        <translation>Anda dan {who} sama-sama mengubah isian ini. Pilih nilai yang dipakai untuk setiap isian; nilai Anda tetap dipakai kecuali Anda memilih nilainya.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>Milik {who}</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Pakai nilai ini</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Choose a kode barang</source>
        <translation>Pilih Kode Barang</translation>
    </message>
    <message>
        <source>Type part of a name (laptop) or a code (1.3.2.10)</source>
        <translation>Ketik sebagian nama (laptop) atau kode (1.3.2.10)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message numerus="yes">
        <source>{count} code(s) found</source>
        <translation>
            <numerusform>{count} kode ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches. To load the full code table, use Import codes… in the asset register.</source>
        <translation>Tidak ada kode yang cocok. Untuk memuat tabel kode barang lengkap, gunakan Impor kode… di Daftar Aset.</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <source>Change the condition</source>
        <translation>Ubah kondisi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>New condition *</source>
        <translation>Kondisi baru *</translation>
    </message>
    <message>
        <source>Condition changed: {count} asset(s)</source>
        <translation>Kondisi diubah: {count} barang</translation>
    </message>
</context>
<context>
    <name>CostReportDialog</name>
    <message>
        <source>Vehicle cost report</source>
        <translation>Laporan biaya kendaraan</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>Semua kendaraan</translation>
    </message>
    <message>
        <source>Only {vehicle}</source>
        <translation>Hanya {vehicle}</translation>
    </message>
    <message>
        <source>Only the chosen vehicle</source>
        <translation>Hanya kendaraan yang dipilih</translation>
    </message>
    <message>
        <source>Year *</source>
        <translation>Tahun *</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cost report saved: {path}</source>
        <translation>Laporan biaya disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>Active assets</source>
        <translation>Aset aktif</translation>
    </message>
    <message>
        <source>Acquisition value</source>
        <translation>Nilai perolehan</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Official residences</source>
        <translation>Rumah Dinas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Enter or double-click opens the item.</source>
        <translation>Enter atau klik ganda membuka butir ini.</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Rapat hari ini</translation>
    </message>
    <message>
        <source>By KIB</source>
        <translation>Per KIB</translation>
    </message>
    <message>
        <source>By condition</source>
        <translation>Per kondisi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Meeting rooms this week</source>
        <translation>Ruang rapat minggu ini</translation>
    </message>
    <message>
        <source>No meetings booked today.</source>
        <translation>Tidak ada rapat hari ini.</translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation>menunggu konfirmasi</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>Saat ini tidak ada yang perlu perhatian.</translation>
    </message>
    <message>
        <source>Acquisition value by KIB</source>
        <translation>Nilai perolehan per KIB</translation>
    </message>
    <message>
        <source>Number of assets by KIB</source>
        <translation>Jumlah aset per KIB</translation>
    </message>
    <message>
        <source>Acquisition value by condition</source>
        <translation>Nilai perolehan per kondisi</translation>
    </message>
    <message>
        <source>Number of assets by condition</source>
        <translation>Jumlah aset per kondisi</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>Kode lainnya</translation>
    </message>
    <message>
        <source>{count} · {hours} h</source>
        <translation>{count} · {hours} jam</translation>
    </message>
    <message numerus="yes">
        <source>{room}: %n booking(s), {hours} hours</source>
        <translation>
            <numerusform>{room}: %n pemesanan, {hours} jam</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting rooms yet.</source>
        <translation>Belum ada ruang rapat.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Pilih dari kalender (F4)</translation>
    </message>
    <message>
        <source>{field} is required: type a date such as {example}.</source>
        <translation>{field} wajib diisi: ketik tanggal seperti {example}.</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a date. Type day-month-year, e.g. {example}.</source>
        <translation>{field}: &quot;{text}&quot; bukan tanggal. Ketik tanggal-bulan-tahun, misalnya {example}.</translation>
    </message>
    <message>
        <source>{field} must lie between {first} and {last}.</source>
        <translation>{field} harus di antara {first} dan {last}.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>DecreeDialog</name>
    <message>
        <source>e.g. SK Bupati No. 188.45/77/2026</source>
        <translation>mis. SK Bupati No. 188.45/77/2026</translation>
    </message>
    <message>
        <source>Decree number *</source>
        <translation>Nomor SK *</translation>
    </message>
    <message>
        <source>Decree date *</source>
        <translation>Tanggal SK *</translation>
    </message>
    <message>
        <source>Method *</source>
        <translation>Cara penghapusan *</translation>
    </message>
    <message>
        <source>No inspection is recorded on this proposal yet. The decree can still be recorded; record the berita acara when it comes.</source>
        <translation>Pemeriksaan usulan ini belum dicatat. SK tetap dapat dicatat; catat berita acaranya bila sudah ada.</translation>
    </message>
    <message>
        <source>Record the decree</source>
        <translation>Catat SK penghapusan</translation>
    </message>
    <message>
        <source>{count} item(s) of {title} leave the register on the decree&apos;s date; their rows and history are kept. This cannot be undone in the program.</source>
        <translation>{count} barang dari {title} keluar dari daftar pada tanggal SK; data dan riwayatnya tetap disimpan. Ini tidak dapat dibatalkan di program.</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Hapuskan</translation>
    </message>
    <message>
        <source>Disposed of by decree: {count} item(s)</source>
        <translation>Dihapus dengan SK: {count} barang</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Vehicle details</source>
        <translation>Data kendaraan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— belum diisi —</translation>
    </message>
    <message>
        <source>Pool vehicle (not assigned to one official)</source>
        <translation>Kendaraan pool (tidak dipegang satu pejabat)</translation>
    </message>
    <message>
        <source>Previous plate</source>
        <translation>Nomor polisi lama</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>BBM</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>Roda</translation>
    </message>
    <message>
        <source>Assigned driver</source>
        <translation>Pengemudi tetap</translation>
    </message>
    <message>
        <source>Plate, chassis, engine and BPKB numbers, CC and holder are on the asset form (Assets, F2).</source>
        <translation>Nomor polisi, nomor rangka, nomor mesin, nomor BPKB, CC dan pemegang ada di formulir aset (Aset, F2).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <source>Dispose from the register</source>
        <translation>Hapuskan dari daftar</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Hapuskan</translation>
    </message>
    <message>
        <source>The items leave the register from this date; their rows and history are kept. This cannot be undone in the program.</source>
        <translation>Barang keluar dari daftar sejak tanggal ini; datanya dan riwayatnya tetap disimpan. Tindakan ini tidak dapat dibatalkan di dalam program.</translation>
    </message>
    <message>
        <source>e.g. SK Bupati No. 030/123/BPKAD/2026</source>
        <translation>mis. SK Bupati No. 030/123/BPKAD/2026</translation>
    </message>
    <message>
        <source>SK number *</source>
        <translation>Nomor SK *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Alasan *</translation>
    </message>
    <message>
        <source>Disposed of: {count} asset(s)</source>
        <translation>Dihapuskan: {count} barang</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Renew a document</source>
        <translation>Perpanjang dokumen</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Tambah dokumen</translation>
    </message>
    <message>
        <source>Correct a document</source>
        <translation>Koreksi dokumen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>What was paid for it (the tax at a renewal): counted in the vehicle&apos;s costs</source>
        <translation>Yang dibayar untuknya (pajak saat perpanjangan): dihitung dalam biaya kendaraan</translation>
    </message>
    <message>
        <source>Previous: {number}</source>
        <translation>Sebelumnya: {number}</translation>
    </message>
    <message>
        <source>Valid until now: {date}</source>
        <translation>Berlaku sampai saat ini: {date}</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>Dokumen *</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Valid until *</source>
        <translation>Berlaku sampai *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
</context>
<context>
    <name>EndLoanDialog</name>
    <message>
        <source>End of the loan (pinjam pakai)</source>
        <translation>Akhir pinjam pakai</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>seperti tercatat</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>Kondisi saat dikembalikan</translation>
    </message>
    <message>
        <source>End the loan</source>
        <translation>Akhiri pinjam pakai</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Wrong user name or password. One more wrong password locks this account for {minutes} minutes.</source>
        <translation>Nama pengguna atau kata sandi salah. Sekali lagi kata sandi salah, akun ini dikunci selama {minutes} menit.</translation>
    </message>
    <message>
        <source>This account is locked after {count} wrong passwords. Try again after {time} WIB or ask an Admin to unlock it.</source>
        <translation>Akun ini dikunci karena {count} kali salah kata sandi. Coba lagi setelah pukul {time} WIB atau minta Admin membuka kuncinya.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an Admin.</source>
        <translation>Akun ini dinonaktifkan. Silakan hubungi Admin.</translation>
    </message>
    <message>
        <source>{label}: use at least {minimum} characters.</source>
        <translation>{label}: gunakan minimal {minimum} karakter.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} wajib diisi.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Dibatalkan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>User name: use 3 to 32 lower-case letters, digits, dots or hyphens (&quot;{value}&quot; is not).</source>
        <translation>Nama pengguna: gunakan 3 sampai 32 karakter berupa huruf kecil, angka, titik, atau tanda hubung (&quot;{value}&quot; tidak memenuhi).</translation>
    </message>
    <message>
        <source>User name: &quot;{value}&quot; is already in use.</source>
        <translation>Nama pengguna: &quot;{value}&quot; sudah digunakan.</translation>
    </message>
    <message>
        <source>This database already has accounts; log in with one of them.</source>
        <translation>Basis data ini sudah memiliki akun. Silakan masuk dengan salah satu akun tersebut.</translation>
    </message>
    <message>
        <source>The user account {id} does not exist.</source>
        <translation>Akun pengguna {id} tidak ditemukan.</translation>
    </message>
    <message>
        <source>At least one active Admin must remain; {name} is the last one.</source>
        <translation>Harus tetap ada sedikitnya satu Admin aktif; {name} adalah Admin aktif terakhir.</translation>
    </message>
    <message>
        <source>Role: &quot;{value}&quot; is not a role.</source>
        <translation>Peran: &quot;{value}&quot; bukan peran yang dikenal.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The office settings are incomplete (regency, city, unit or kode lokasi): reports and labels need them.</source>
        <translation>Pengaturan kantor belum lengkap (kabupaten, kota, unit kerja, atau Kode Lokasi). Data ini diperlukan untuk laporan dan label.</translation>
    </message>
    <message>
        <source>The database address &quot;{url}&quot; is not valid. Use sqlite:///path/to/file.db or postgresql://user@server/database.</source>
        <translation>Alamat basis data &quot;{url}&quot; tidak valid. Gunakan sqlite:///path/to/file.db atau postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>This installation cannot open {url}: the database driver is missing ({detail}).</source>
        <translation>Instalasi ini tidak dapat membuka {url}: driver basis data tidak tersedia ({detail}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so the database file cannot be created there.</source>
        <translation>Folder {folder} tidak ada, sehingga berkas basis data tidak dapat dibuat di sana.</translation>
    </message>
    <message>
        <source>The database {url} cannot be opened: {detail}</source>
        <translation>Basis data {url} tidak dapat dibuka: {detail}</translation>
    </message>
    <message>
        <source>The file {url} is not an Inventaris database or is damaged. Nothing was changed; restore a backup from {backups}.</source>
        <translation>Berkas {url} bukan basis data Inventaris atau sudah rusak. Tidak ada yang diubah. Pulihkan cadangan dari {backups}.</translation>
    </message>
    <message>
        <source>The database {url} is busy: another program holds it locked. Close that program and try again.</source>
        <translation>Basis data {url} sedang sibuk karena dikunci oleh program lain. Tutup program tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database {url} can only be read (no write permission on the file or folder).</source>
        <translation>Basis data {url} hanya dapat dibaca (tidak ada izin menulis pada berkas atau foldernya).</translation>
    </message>
    <message>
        <source>The database refused a value (too long, or not of the right kind); nothing was saved. Details: {detail}</source>
        <translation>Basis data menolak sebuah nilai (terlalu panjang, atau jenisnya tidak sesuai); tidak ada yang disimpan. Rincian: {detail}</translation>
    </message>
    <message>
        <source>Someone else saved the same data at the same moment; nothing of yours was saved. Reload and make your change again.</source>
        <translation>Orang lain menyimpan data yang sama pada saat yang sama; perubahan Anda tidak disimpan. Muat ulang, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>The database server for {url} does not answer or refused the login. Check the address, user and password, and that the server is running.</source>
        <translation>Server basis data untuk {url} tidak menjawab atau menolak login. Periksa alamat, nama pengguna, dan kata sandi, serta pastikan server sedang berjalan.</translation>
    </message>
    <message>
        <source>The database server {server} refused the login: check the user name, the password and the database name in the address.</source>
        <translation>Server basis data {server} menolak login: periksa nama pengguna, kata sandi, dan nama basis data pada alamatnya.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} is lost (the network, or the server is stopped). Nothing was saved, and what you typed is still here: try again when the server is back.</source>
        <translation>Sambungan ke server basis data {server} terputus (jaringan, atau server dihentikan). Belum ada yang tersimpan, dan isian Anda masih ada: coba lagi setelah server kembali.</translation>
    </message>
    <message>
        <source>Your account was changed or switched off by an Admin since you logged in; log in again.</source>
        <translation>Akun Anda telah diubah atau dinonaktifkan oleh Admin sejak Anda masuk; silakan masuk kembali.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database; {url} already has accounts or assets. Use a new file, e.g. --db sqlite:///demo.db.</source>
        <translation>Data demo hanya dapat dimuat ke basis data kosong, sedangkan {url} sudah berisi akun atau aset. Gunakan berkas baru, misalnya --db sqlite:///demo.db.</translation>
    </message>
    <message>
        <source>Number of assets: choose from 0 to {maximum} (not {value}).</source>
        <translation>Jumlah aset: pilih dari 0 sampai {maximum} (bukan {value}).</translation>
    </message>
    <message>
        <source>Number of assets: one unit holds at most {maximum} (not {value}); spread more over several units, e.g. --units 40.</source>
        <translation>Jumlah aset: satu unit memuat paling banyak {maximum} (bukan {value}); sebarkan lebih banyak ke beberapa unit, mis. --units 40.</translation>
    </message>
    <message>
        <source>Number of units: choose from 1 to {maximum} (not {value}).</source>
        <translation>Jumlah unit: pilih dari 1 sampai {maximum} (bukan {value}).</translation>
    </message>
    <message>
        <source>{label}: a NIP has 18 digits (birth date, appointment year and month, sex, sequence).</source>
        <translation>{label}: NIP terdiri atas 18 digit (tanggal lahir, tahun dan bulan pengangkatan, jenis kelamin, nomor urut).</translation>
    </message>
    <message>
        <source>{label}: NIP {nip} does not start with a valid birth date and appointment year and month.</source>
        <translation>{label}: NIP {nip} tidak diawali tanggal lahir serta tahun dan bulan pengangkatan yang valid.</translation>
    </message>
    <message>
        <source>{label}: digit 15 of a NIP is 1 (male) or 2 (female), not {digit}.</source>
        <translation>{label}: digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} tidak boleh negatif.</translation>
    </message>
    <message>
        <source>{label}: at most {maximum} ({value} given).</source>
        <translation>{label}: paling banyak {maximum} ({value} diisi).</translation>
    </message>
    <message>
        <source>Paper size: choose A4 or F4.</source>
        <translation>Ukuran kertas: pilih A4 atau F4.</translation>
    </message>
    <message>
        <source>Kode lokasi: use digits separated by dots, e.g. 12.05.01.02.01 (&quot;{value}&quot; is not).</source>
        <translation>Kode Lokasi: gunakan angka yang dipisahkan titik, misalnya 12.05.01.02.01 (&quot;{value}&quot; tidak sesuai).</translation>
    </message>
    <message>
        <source>Logo: use a PNG picture of at most 1 MB.</source>
        <translation>Logo: gunakan gambar PNG berukuran paling besar 1 MB.</translation>
    </message>
    <message>
        <source>Useful life, row {row}: &quot;{value}&quot; is not a code prefix such as 1.3.2.10.</source>
        <translation>Masa manfaat, baris {row}: &quot;{value}&quot; bukan awalan kode yang valid (contoh: 1.3.2.10).</translation>
    </message>
    <message>
        <source>Useful life, row {row}: the years must be a whole number from 1 to 100.</source>
        <translation>Masa manfaat, baris {row}: jumlah tahun harus bilangan bulat dari 1 sampai 100.</translation>
    </message>
    <message>
        <source>Useful life, row {row}: the prefix {value} is listed twice.</source>
        <translation>Masa manfaat, baris {row}: awalan {value} tercantum dua kali.</translation>
    </message>
    <message>
        <source>Someone else saved these settings after you opened them. Reload to see their changes, then make yours again.</source>
        <translation>Pengguna lain telah menyimpan pengaturan ini setelah Anda membukanya. Klik Muat ulang untuk melihat perubahan tersebut, lalu lakukan kembali perubahan Anda.</translation>
    </message>
    <message>
        <source>The unit {id} does not exist.</source>
        <translation>Unit kerja {id} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Regency name</source>
        <translation>Nama kabupaten</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Nama unit kerja</translation>
    </message>
    <message>
        <source>NIP of the head of the unit</source>
        <translation>NIP kepala unit kerja</translation>
    </message>
    <message>
        <source>NIP of the Pengurus Barang</source>
        <translation>NIP Pengurus Barang</translation>
    </message>
    <message>
        <source>Capitalisation threshold, equipment</source>
        <translation>Batas kapitalisasi peralatan dan mesin</translation>
    </message>
    <message>
        <source>Capitalisation threshold, buildings</source>
        <translation>Batas kapitalisasi gedung dan bangunan</translation>
    </message>
    <message>
        <source>Kode lokasi</source>
        <translation>Kode Lokasi</translation>
    </message>
    <message>
        <source>Title of the head of the unit</source>
        <translation>Jabatan kepala unit kerja</translation>
    </message>
    <message>
        <source>Name of the head of the unit</source>
        <translation>Nama kepala unit kerja</translation>
    </message>
    <message>
        <source>Name of the Pengurus Barang</source>
        <translation>Nama Pengurus Barang</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
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
        <translation>Alamat kantor</translation>
    </message>
    <message>
        <source>Position of the SIP signatory</source>
        <translation>Jabatan penanda tangan SIP</translation>
    </message>
    <message>
        <source>Name of the SIP signatory</source>
        <translation>Nama penanda tangan SIP</translation>
    </message>
    <message>
        <source>NIP of the SIP signatory</source>
        <translation>NIP penanda tangan SIP</translation>
    </message>
    <message>
        <source>BAST number pattern</source>
        <translation>Pola nomor BAST</translation>
    </message>
    <message>
        <source>BAST number pattern: use {{seq}} for the year&apos;s next number and {{year}} for the year, e.g. 030/{{seq}}/BU/{{year}} (&quot;{value}&quot; is not such a pattern).</source>
        <translation>Pola nomor BAST: pakai {{seq}} untuk nomor urut berikutnya tahun itu dan {{year}} untuk tahunnya, mis. 030/{{seq}}/BU/{{year}} (&quot;{value}&quot; bukan pola seperti itu).</translation>
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
        <translation>Pimpinan (hanya membaca)</translation>
    </message>
    <message>
        <source>BPKAD (reads every unit)</source>
        <translation>BPKAD (baca semua unit)</translation>
    </message>
    <message>
        <source>view the data</source>
        <translation>melihat data</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>mengubah pengaturan kantor</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>mengelola akun pengguna</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>membaca log audit</translation>
    </message>
    <message>
        <source>change the asset register</source>
        <translation>mengubah Daftar Aset</translation>
    </message>
    <message>
        <source>change the vehicle log</source>
        <translation>mengubah catatan kendaraan</translation>
    </message>
    <message>
        <source>book meeting rooms</source>
        <translation>memesan ruang rapat</translation>
    </message>
    <message>
        <source>book pool vehicles</source>
        <translation>memesan kendaraan pool</translation>
    </message>
    <message>
        <source>confirm bookings</source>
        <translation>mengonfirmasi pemesanan</translation>
    </message>
    <message>
        <source>change official residences</source>
        <translation>mengubah data rumah dinas</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>memuat data demo</translation>
    </message>
    <message>
        <source>back up, restore and check the database</source>
        <translation>mencadangkan, memulihkan, dan memeriksa basis data</translation>
    </message>
    <message>
        <source>read every unit&apos;s data</source>
        <translation>membaca data semua unit</translation>
    </message>
    <message>
        <source>add and change the units</source>
        <translation>menambah dan mengubah unit</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}.</source>
        <translation>Peran Anda ({role}) tidak diizinkan {action}.</translation>
    </message>
    <message>
        <source>The database {url} was made by a newer version of Inventaris (schema {revision}). Install that version; this one changes nothing.</source>
        <translation>Basis data {url} dibuat oleh versi Inventaris yang lebih baru (skema {revision}). Pasang versi tersebut; versi ini tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>The database {url} already holds tables that are not Inventaris&apos;s. Choose an empty database or an Inventaris one.</source>
        <translation>Basis data {url} sudah berisi tabel yang bukan milik Inventaris. Pilih basis data kosong atau basis data Inventaris.</translation>
    </message>
    <message>
        <source>The file {path} is empty (0 bytes): it is not an Inventaris database, and Inventaris does not turn it into a new one. If it should hold your data, restore a backup over it (inventaris restore, backups are in {backups}); for a new database, delete the empty file or choose a name that does not exist yet.</source>
        <translation>Berkas {path} kosong (0 byte): bukan basis data Inventaris, dan Inventaris tidak menjadikannya basis data baru. Jika seharusnya berisi data Anda, pulihkan cadangan ke berkas itu (inventaris restore; cadangan ada di {backups}); untuk basis data baru, hapus berkas kosong itu atau pilih nama yang belum ada.</translation>
    </message>
    <message>
        <source>SK number of the disposal</source>
        <translation>Nomor SK penghapusan</translation>
    </message>
    <message>
        <source>NIP of the holder</source>
        <translation>NIP pemegang</translation>
    </message>
    <message>
        <source>Reason for disposal: choose one of {choices} (&quot;{value}&quot; is not).</source>
        <translation>Alasan penghapusan: pilih salah satu dari {choices} (&quot;{value}&quot; tidak termasuk).</translation>
    </message>
    <message>
        <source>Choose at least one asset first.</source>
        <translation>Pilih setidaknya satu aset terlebih dahulu.</translation>
    </message>
    <message>
        <source>Room: the room {id} does not exist in this unit.</source>
        <translation>Ruangan: ruangan {id} tidak ada di unit kerja ini.</translation>
    </message>
    <message>
        <source>{asset} is KIB {kib}; only KIB B and KIB E items sit in rooms.</source>
        <translation>{asset} termasuk KIB {kib}; hanya barang KIB B dan KIB E yang ditempatkan di ruangan.</translation>
    </message>
    <message>
        <source>Amount: the capitalised value must be more than Rp 0 (it is added to the price).</source>
        <translation>Jumlah: nilai kapitalisasi harus lebih dari Rp 0 (nilai ini ditambahkan ke harga).</translation>
    </message>
    <message>
        <source>Extends the useful life by: {value} years is not between 0 and {most}.</source>
        <translation>Menambah masa manfaat: {value} tahun tidak di antara 0 dan {most}.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is already this asset&apos;s code.</source>
        <translation>Kode Barang: {code} sudah menjadi kode aset ini.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is not in the code table.</source>
        <translation>Kode Barang: {code} tidak ada di tabel kode barang.</translation>
    </message>
    <message>
        <source>{label}: {value} is before {asset} was acquired ({acquired}).</source>
        <translation>{label}: {value} lebih awal daripada tanggal perolehan {asset} ({acquired}).</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Slightly damaged</source>
        <translation>Rusak Ringan</translation>
    </message>
    <message>
        <source>Badly damaged</source>
        <translation>Rusak Berat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Dipinjamkan</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Dihapuskan</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Dipindahkan</translation>
    </message>
    <message>
        <source>Condition changed</source>
        <translation>Kondisi berubah</translation>
    </message>
    <message>
        <source>Holder changed</source>
        <translation>Pemegang berganti</translation>
    </message>
    <message>
        <source>Value changed (capitalisation)</source>
        <translation>Nilai bertambah (kapitalisasi)</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>Reklasifikasi</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Dikoreksi</translation>
    </message>
    <message>
        <source>Proposed for disposal</source>
        <translation>Diusulkan dihapus</translation>
    </message>
    <message>
        <source>Withdrawn from a disposal proposal</source>
        <translation>Ditarik dari usulan penghapusan</translation>
    </message>
    <message>
        <source>Lent (pinjam pakai)</source>
        <translation>Dipinjamkan (pinjam pakai)</translation>
    </message>
    <message>
        <source>Back from loan</source>
        <translation>Kembali dari pinjam pakai</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanen</translation>
    </message>
    <message>
        <source>Semi-permanent</source>
        <translation>Semi permanen</translation>
    </message>
    <message>
        <source>Temporary (darurat)</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Kode Barang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama Barang</translation>
    </message>
    <message>
        <source>Year of acquisition</source>
        <translation>Tahun perolehan</translation>
    </message>
    <message>
        <source>Date of acquisition</source>
        <translation>Tanggal perolehan</translation>
    </message>
    <message>
        <source>Cara perolehan</source>
        <translation>Cara perolehan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Address / location</source>
        <translation>Letak/Alamat</translation>
    </message>
    <message>
        <source>Land area (m²)</source>
        <translation>Luas tanah (m²)</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Luas lantai (m²)</translation>
    </message>
    <message>
        <source>Title (status hak)</source>
        <translation>Status hak</translation>
    </message>
    <message>
        <source>Number of identical items</source>
        <translation>Jumlah barang identik</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Tanggal perubahan</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>Panjang (km)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Lebar (m)</translation>
    </message>
    <message>
        <source>Kind of building</source>
        <translation>Jenis bangunan</translation>
    </message>
    <message>
        <source>Construction started</source>
        <translation>Tanggal mulai pengerjaan</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Nilai kontrak</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progres (%)</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Size/CC</source>
        <translation>Ukuran/CC</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Serial/factory no.</source>
        <translation>No. Seri/Pabrik</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Unit of count</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>NIBAR</source>
        <translation>NIBAR</translation>
    </message>
    <message>
        <source>Use of the land</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Certificate/document no.</source>
        <translation>Nomor sertifikat/dokumen</translation>
    </message>
    <message>
        <source>Code of the land</source>
        <translation>Kode tanah</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Konstruksi</translation>
    </message>
    <message>
        <source>Book: title/author</source>
        <translation>Buku: judul/pencipta</translation>
    </message>
    <message>
        <source>Art: region of origin</source>
        <translation>Kesenian: asal daerah</translation>
    </message>
    <message>
        <source>Art: creator</source>
        <translation>Kesenian: pencipta</translation>
    </message>
    <message>
        <source>Animal/plant: kind</source>
        <translation>Hewan/tumbuhan: jenis</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Nomor kontrak</translation>
    </message>
    <message>
        <source>Kode barang: {code} is not in the code table. Pick one with Choose…</source>
        <translation>Kode Barang: {code} tidak ada dalam tabel kode barang. Pilih dengan tombol Pilih…</translation>
    </message>
    <message>
        <source>Kode barang: {code} belongs to KIB {actual}, not to KIB {expected}.</source>
        <translation>Kode Barang: {code} termasuk KIB {actual}, bukan KIB {expected}.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is above the jenis level; choose a more precise code.</source>
        <translation>Kode Barang: {code} berada di atas tingkat jenis; pilih kode yang lebih rinci.</translation>
    </message>
    <message>
        <source>Year of acquisition: from {first} to {last} ({value} is outside).</source>
        <translation>Tahun perolehan: dari {first} sampai {last} ({value} di luar rentang itu).</translation>
    </message>
    <message>
        <source>{label}: {value} is in the future.</source>
        <translation>{label}: {value} adalah tanggal yang akan datang.</translation>
    </message>
    <message>
        <source>Date of acquisition {value} is not in the year of acquisition {year}.</source>
        <translation>Tanggal perolehan {value} tidak berada dalam tahun perolehan {year}.</translation>
    </message>
    <message>
        <source>Cara perolehan: choose one of {choices} (&quot;{value}&quot; is not).</source>
        <translation>Cara perolehan: pilih salah satu dari {choices} (&quot;{value}&quot; tidak termasuk).</translation>
    </message>
    <message>
        <source>Condition: B, RR or RB (&quot;{value}&quot; is not).</source>
        <translation>Kondisi: pilih B, RR, atau RB (&quot;{value}&quot; tidak termasuk).</translation>
    </message>
    <message>
        <source>Kind of building: P, SP or D (&quot;{value}&quot; is not).</source>
        <translation>Jenis bangunan: P, SP atau D (&quot;{value}&quot; bukan).</translation>
    </message>
    <message>
        <source>Progress (%): from 0 to 100 (not {value}).</source>
        <translation>Progres (%): dari 0 sampai 100 (bukan {value}).</translation>
    </message>
    <message>
        <source>Room: only KIB B and KIB E items sit in rooms; {code} is KIB {kib}.</source>
        <translation>Ruangan: hanya barang KIB B dan KIB E yang ditempatkan di ruangan; {code} termasuk KIB {kib}.</translation>
    </message>
    <message>
        <source>Number of identical items: from 1 to {maximum} (not {value}).</source>
        <translation>Jumlah barang identik: dari 1 sampai {maximum} (bukan {value}).</translation>
    </message>
    <message>
        <source>{count} identical items cannot share one serial, plate, chassis, engine, BPKB or NIBAR number; leave those empty and fill them in per item.</source>
        <translation>{count} barang identik tidak boleh memakai No. Seri, Nomor polisi, Nomor rangka, Nomor mesin, Nomor BPKB, atau NIBAR yang sama; kosongkan isian tersebut, lalu isi untuk masing-masing barang.</translation>
    </message>
    <message>
        <source>The asset {id} does not exist.</source>
        <translation>Aset {id} tidak ditemukan.</translation>
    </message>
    <message>
        <source>{who} saved a change to this asset on {when} WIB, after you opened it. Reload it to see that change, then make yours again.</source>
        <translation>{who} telah menyimpan perubahan pada aset ini pada {when} WIB, setelah Anda membukanya. Muat ulang untuk melihat perubahan itu, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>{asset} was disposed of on {date}; a disposed item cannot be changed.</source>
        <translation>{asset} telah dihapuskan pada {date}; barang yang telah dihapuskan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>KIB A – Land</source>
        <translation>KIB A – Tanah</translation>
    </message>
    <message>
        <source>KIB B – Equipment and machines</source>
        <translation>KIB B – Peralatan dan Mesin</translation>
    </message>
    <message>
        <source>KIB C – Buildings</source>
        <translation>KIB C – Gedung dan Bangunan</translation>
    </message>
    <message>
        <source>KIB D – Roads, irrigation and networks</source>
        <translation>KIB D – Jalan, Irigasi dan Jaringan</translation>
    </message>
    <message>
        <source>KIB E – Other fixed assets</source>
        <translation>KIB E – Aset Tetap Lainnya</translation>
    </message>
    <message>
        <source>KIB F – Construction in progress</source>
        <translation>KIB F – Konstruksi Dalam Pengerjaan</translation>
    </message>
    <message>
        <source>{label}: &quot;{value}&quot; is not a kode barang. Write up to seven levels of digits separated by dots: 1.3.2.10.01.02.002.</source>
        <translation>{label}: &quot;{value}&quot; bukan Kode Barang yang valid. Tulis hingga tujuh tingkat angka yang dipisahkan titik: 1.3.2.10.01.02.002.</translation>
    </message>
    <message>
        <source>{file}: no header row with a code column (&quot;kode&quot;) and a name column (&quot;nama&quot; or &quot;uraian&quot;) in the first 30 rows.</source>
        <translation>{file}: dalam 30 baris pertama tidak ada baris judul dengan kolom kode (&quot;kode&quot;) dan kolom nama (&quot;nama&quot; atau &quot;uraian&quot;).</translation>
    </message>
    <message>
        <source>{count} problem(s) in {file}; nothing was imported. The first, row {row}, column {column}: {problem}</source>
        <translation>Ada {count} masalah di {file}; tidak ada yang diimpor. Masalah pertama, baris {row}, kolom {column}: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet (.xlsx) or a CSV file.</source>
        <translation>{file} tidak dapat dibaca sebagai lembar kerja (.xlsx) atau berkas CSV.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a well-formed code</source>
        <translation>&quot;{value}&quot; bukan kode dengan format yang benar</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>namanya kosong</translation>
    </message>
    <message>
        <source>code {value} appears again (first in row {first_row})</source>
        <translation>kode {value} muncul lagi (pertama kali di baris {first_row})</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Ruang Rapat</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Gudang</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Rumah dinas</translation>
    </message>
    <message>
        <source>Destruction (pemusnahan)</source>
        <translation>Pemusnahan</translation>
    </message>
    <message>
        <source>Sale or auction (penjualan/lelang)</source>
        <translation>Penjualan/lelang</translation>
    </message>
    <message>
        <source>Grant (hibah)</source>
        <translation>Hibah</translation>
    </message>
    <message>
        <source>Exchange (tukar menukar)</source>
        <translation>Tukar menukar</translation>
    </message>
    <message>
        <source>Capital participation (penyertaan modal)</source>
        <translation>Penyertaan modal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Disposed by decree</source>
        <translation>Dihapus dengan SK</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nama ruangan</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Kode ruangan</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Nama gedung</translation>
    </message>
    <message>
        <source>NIP of the person responsible</source>
        <translation>NIP penanggung jawab</translation>
    </message>
    <message>
        <source>Room code: {code} is already used by {name}.</source>
        <translation>Kode ruangan: {code} sudah digunakan oleh {name}.</translation>
    </message>
    <message>
        <source>The room {id} does not exist.</source>
        <translation>Ruangan {id} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The building {id} does not exist.</source>
        <translation>Gedung {id} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Capacity: a whole number of people from 1 to 5000.</source>
        <translation>Kapasitas: jumlah orang berupa bilangan bulat dari 1 sampai 5000.</translation>
    </message>
    <message>
        <source>{what} belongs to a unit you do not work in.</source>
        <translation>{what} termasuk unit kerja yang bukan unit kerja Anda.</translation>
    </message>
    <message>
        <source>Your account is not assigned to any unit; ask an Admin.</source>
        <translation>Akun Anda belum ditetapkan pada unit kerja mana pun; silakan hubungi Admin.</translation>
    </message>
    <message>
        <source>Fill in the office settings first (regency name, city, unit name and kode lokasi): every printed sheet carries them.</source>
        <translation>Lengkapi pengaturan kantor terlebih dahulu (nama kabupaten, kota, nama unit kerja, dan Kode Lokasi): data ini tercantum pada setiap lembar cetakan.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written ({detail}). If it is open in Excel, close it and try again, or choose another folder.</source>
        <translation>Berkas {path} tidak dapat ditulis ({detail}). Jika berkas sedang terbuka di Excel, tutup berkas tersebut lalu coba lagi, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Nomor polisi: write it like BK 1234 AB (&quot;{value}&quot; is not a plate).</source>
        <translation>Nomor polisi: tulis seperti BK 1234 AB (&quot;{value}&quot; bukan nomor polisi yang valid).</translation>
    </message>
    <message>
        <source>{label} {value} is already used by {name} ({code}).</source>
        <translation>{label} {value} sudah digunakan oleh {name} ({code}).</translation>
    </message>
    <message>
        <source>{label}: another PC saved an item with the same number at the same moment; nothing of yours was saved. Reload, check the number and save again.</source>
        <translation>{label}: PC lain menyimpan barang dengan nomor yang sama pada saat yang sama; data Anda tidak disimpan. Muat ulang, periksa nomornya, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>This version of Inventaris keeps each plate, chassis, engine and BPKB number to one item, but in this database some are used by more than one item: {numbers}. Nothing was changed. With the version used so far, correct the wrong numbers (or record the disposal of an item that is gone), then start this version again.</source>
        <translation>Versi Inventaris ini menjaga agar setiap nomor polisi, nomor rangka, nomor mesin dan nomor BPKB hanya dipakai oleh satu barang, tetapi di basis data ini ada nomor yang dipakai oleh lebih dari satu barang: {numbers}. Tidak ada yang diubah. Dengan versi yang dipakai selama ini, perbaiki nomor yang salah (atau catat penghapusan barang yang sudah tidak ada), lalu jalankan versi ini lagi.</translation>
    </message>
    <message>
        <source>Row number (not imported)</source>
        <translation>Nomor urut (tidak diimpor)</translation>
    </message>
    <message>
        <source>Register number or range</source>
        <translation>Nomor register atau rentang</translation>
    </message>
    <message>
        <source>Quantity (jumlah)</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Price of the row (all its items)</source>
        <translation>Harga baris (seluruh barangnya)</translation>
    </message>
    <message>
        <source>Price of one item</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Cara perolehan (asal usul)</source>
        <translation>Cara perolehan (asal usul)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Nomor polisi</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Certificate/document date</source>
        <translation>Tanggal sertifikat/dokumen</translation>
    </message>
    <message>
        <source>Multi-storey</source>
        <translation>Bertingkat</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>Beton</translation>
    </message>
    <message>
        <source>Notes (keterangan)</source>
        <translation>Keterangan</translation>
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
        <translation>{label}: paling banyak {limit} karakter ({count} diketik).</translation>
    </message>
    <message>
        <source>Template {name}: {count} labels of {size} mm with the margins and gaps need {need} mm, but the page is {page} mm.</source>
        <translation>Templat {name}: {count} label berukuran {size} mm beserta margin dan jaraknya memerlukan {need} mm, padahal halamannya {page} mm.</translation>
    </message>
    <message>
        <source>Template {name}: {label} must be more than 0.</source>
        <translation>Templat {name}: {label} harus lebih dari 0.</translation>
    </message>
    <message>
        <source>Template {name} is too small for a readable QR code: its modules would be {size} mm, at least {minimum} mm is needed. Choose a larger label.</source>
        <translation>Templat {name} terlalu kecil untuk kode QR yang terbaca: modulnya hanya {size} mm, padahal perlu paling sedikit {minimum} mm. Pilih label yang lebih besar.</translation>
    </message>
    <message>
        <source>There is no label template called {name}.</source>
        <translation>Tidak ada templat label bernama {name}.</translation>
    </message>
    <message>
        <source>Start at position: from 1 to {last} on template {name} (not {value}).</source>
        <translation>Mulai pada posisi: dari 1 sampai {last} pada templat {name} (bukan {value}).</translation>
    </message>
    <message>
        <source>A4, 3 × 7 labels 63.5 × 38.1 mm</source>
        <translation>A4, 3 × 7 label 63,5 × 38,1 mm</translation>
    </message>
    <message>
        <source>A4, 2 × 7 labels 99.1 × 38.1 mm</source>
        <translation>A4, 2 × 7 label 99,1 × 38,1 mm</translation>
    </message>
    <message>
        <source>A4, 4 × 10 labels 48.5 × 25.4 mm</source>
        <translation>A4, 4 × 10 label 48,5 × 25,4 mm</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm), 3 × 8 labels 64 × 38 mm</source>
        <translation>F4 (215 × 330 mm), 3 × 8 label 64 × 38 mm</translation>
    </message>
    <message>
        <source>Thermal roll, one label 50 × 30 mm</source>
        <translation>Rol termal, satu label 50 × 30 mm</translation>
    </message>
    <message>
        <source>Thermal roll, one label 60 × 40 mm</source>
        <translation>Rol termal, satu label 60 × 40 mm</translation>
    </message>
    <message>
        <source>Annual tax / STNK validation</source>
        <translation>Pajak tahunan / pengesahan STNK</translation>
    </message>
    <message>
        <source>5-yearly STNK and plate</source>
        <translation>STNK dan pelat 5 tahunan</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Asuransi</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>{vehicle}: {what}</source>
        <translation>{vehicle}: {what}</translation>
    </message>
    <message>
        <source>{vehicle}: {what} at {due_km} km (now {current_km} km)</source>
        <translation>{vehicle}: {what} pada {due_km} km (sekarang {current_km} km)</translation>
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
        <translation>Odometer: {value} km lebih rendah daripada pembacaan terakhir, {last} km pada {date}. Periksa angkanya; bila odometer diganti, catat penggantiannya lebih dulu.</translation>
    </message>
    <message>
        <source>Odometer: {value} km is higher than the next reading, {next} km on {date}. Check the number and the date.</source>
        <translation>Odometer: {value} km lebih tinggi dari catatan sesudahnya, {next} km pada {date}. Periksa angka dan tanggalnya.</translation>
    </message>
    <message>
        <source>Odometer replaced on {date}: the current odometer already reads {last} km on {last_date}, after that day. Give the day it was replaced, on or after {last_date}.</source>
        <translation>Odometer diganti pada {date}: odometer sekarang sudah tercatat {last} km pada {last_date}, sesudah hari itu. Isi tanggal penggantian pada atau sesudah {last_date}.</translation>
    </message>
    <message>
        <source>The odometer replacement of {date} cannot be deleted: the new meter&apos;s {value} km on {on} is lower than the old meter&apos;s {last} km on {last_on}. Delete those records first.</source>
        <translation>Penggantian odometer tanggal {date} tidak dapat dihapus: angka meter baru {value} km pada {on} lebih rendah dari meter lama {last} km pada {last_on}. Hapus catatan-catatan itu lebih dulu.</translation>
    </message>
    <message>
        <source>{asset} is not a vehicle (kode barang 1.3.2.02).</source>
        <translation>{asset} bukan kendaraan (Kode Barang 1.3.2.02).</translation>
    </message>
    <message>
        <source>Litres must be more than 0.</source>
        <translation>Liter harus lebih dari 0.</translation>
    </message>
    <message>
        <source>Price per litre</source>
        <translation>Harga per liter</translation>
    </message>
    <message>
        <source>Official residences</source>
        <translation>Rumah Dinas</translation>
    </message>
    <message>
        <source>Occupant&apos;s name</source>
        <translation>Nama penghuni</translation>
    </message>
    <message>
        <source>SIP number</source>
        <translation>Nomor SIP</translation>
    </message>
    <message>
        <source>Occupant&apos;s NIP</source>
        <translation>NIP penghuni</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>{asset} is not a residence (kode barang {prefix}.).</source>
        <translation>{asset} bukan rumah dinas (kode barang {prefix}.).</translation>
    </message>
    <message>
        <source>{house} already has an occupant: {name} (SIP {sip}). Record the move-out first.</source>
        <translation>{house} sudah berpenghuni: {name} (SIP {sip}). Catat dulu kepindahannya.</translation>
    </message>
    <message>
        <source>The SIP is valid until {until}, which is not after it starts, {start}.</source>
        <translation>SIP berlaku sampai {until}, tidak sesudah mulai berlaku, {start}.</translation>
    </message>
    <message>
        <source>Move-out {moved_out} is before the move-in or the SIP start, {start}.</source>
        <translation>Tanggal keluar {moved_out} sebelum tanggal masuk atau mulai berlaku SIP, {start}.</translation>
    </message>
    <message>
        <source>{name} already moved out on {date}.</source>
        <translation>{name} sudah keluar pada {date}.</translation>
    </message>
    <message>
        <source>The occupancy no longer exists.</source>
        <translation>Data penghunian itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>{label}: choose one of {choices} (&quot;{value}&quot; is not).</source>
        <translation>{label}: pilih salah satu dari {choices} (&quot;{value}&quot; bukan salah satunya).</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>The disposal proposal {id} does not exist.</source>
        <translation>Usulan penghapusan {id} tidak ada.</translation>
    </message>
    <message>
        <source>{asset} is not on the proposal {proposal}: only proposed items can be decreed.</source>
        <translation>{asset} tidak ada dalam usulan {proposal}: hanya barang yang diusulkan yang dapat ditetapkan dengan SK.</translation>
    </message>
    <message>
        <source>{asset} is no longer waiting on the proposal {proposal} ({state}).</source>
        <translation>{asset} tidak lagi menunggu dalam usulan {proposal} ({state}).</translation>
    </message>
    <message>
        <source>One proposal holds the items of one unit: {asset} belongs to another.</source>
        <translation>Satu usulan memuat barang satu unit saja: {asset} milik unit lain.</translation>
    </message>
    <message>
        <source>{label}: at most {most} characters.</source>
        <translation>{label}: paling banyak {most} karakter.</translation>
    </message>
    <message>
        <source>{label}: {value} is before the proposal was made ({proposed}).</source>
        <translation>{label}: {value} sebelum usulan dibuat ({proposed}).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Number of the inspection&apos;s berita acara</source>
        <translation>Nomor berita acara pemeriksaan</translation>
    </message>
    <message>
        <source>Date of the inspection</source>
        <translation>Tanggal pemeriksaan</translation>
    </message>
    <message>
        <source>Date of the withdrawal</source>
        <translation>Tanggal penarikan</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Sewa per bulan</translation>
    </message>
    <message>
        <source>Moved in {days} days after the SIP date; the rule is within {limit} days.</source>
        <translation>Masuk {days} hari sesudah tanggal SIP; ketentuannya paling lambat {limit} hari.</translation>
    </message>
    <message>
        <source>SIP date</source>
        <translation>Tanggal SIP</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>{label}: {value} is not a believable date (from {first} to {last}).</source>
        <translation>{label}: {value} bukan tanggal yang masuk akal (dari {first} sampai {last}).</translation>
    </message>
    <message>
        <source>Photo: use a JPEG or PNG picture of at most 2 MB ({size} KB given).</source>
        <translation>Foto: gunakan gambar JPEG atau PNG paling besar 2 MB ({size} KB diberikan).</translation>
    </message>
    <message>
        <source>{label}: give a number from {low} to {high}.</source>
        <translation>{label}: isi angka {low} sampai {high}.</translation>
    </message>
    <message>
        <source>SIP valid for (years)</source>
        <translation>Masa berlaku SIP (tahun)</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <source>{house}: the SIP of {name} expired on {date}.</source>
        <translation>{house}: SIP {name} berakhir pada {date}.</translation>
    </message>
    <message>
        <source>{house}: the SIP of {name} ends on {date}.</source>
        <translation>{house}: SIP {name} berakhir pada {date}.</translation>
    </message>
    <message>
        <source>{house} is vacant.</source>
        <translation>{house} kosong.</translation>
    </message>
    <message>
        <source>{house}: {name} reaches retirement age; retires on {date} and must move out.</source>
        <translation>{house}: {name} mencapai batas usia pensiun; pensiun {date} dan harus mengosongkan rumah.</translation>
    </message>
    <message>
        <source>Service plan: give every how many km, every how many months, or both.</source>
        <translation>Rencana servis: isi setiap berapa km, setiap berapa bulan, atau keduanya.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Catatan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Give the reason for deleting the record.</source>
        <translation>Isi alasan penghapusan catatan.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>BBM</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>Servis berkala</translation>
    </message>
    <message>
        <source>Oil change</source>
        <translation>Ganti oli</translation>
    </message>
    <message>
        <source>Tyres</source>
        <translation>Ban</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Aki</translation>
    </message>
    <message>
        <source>Brakes</source>
        <translation>Rem</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Kelistrikan</translation>
    </message>
    <message>
        <source>Bodywork</source>
        <translation>Bodi</translation>
    </message>
    <message>
        <source>Air conditioning</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>The service plan no longer exists.</source>
        <translation>Rencana servis itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Dokumen itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Wheels: choose R2, R4 or R6.</source>
        <translation>Roda: pilih R2, R4 atau R6.</translation>
    </message>
    <message>
        <source>The new expiry date {new} is not later than the current one, {old}.</source>
        <translation>Tanggal berlaku baru {new} tidak lebih lambat dari yang sekarang, {old}.</translation>
    </message>
    <message>
        <source>A series has at most {limit} occurrences; this one would have more.</source>
        <translation>Satu seri paling banyak {limit} kali; seri ini akan lebih dari itu.</translation>
    </message>
    <message>
        <source>Repeat: give an end date or a number of times.</source>
        <translation>Ulangi: isi tanggal akhir atau berapa kali.</translation>
    </message>
    <message>
        <source>Repeat until {until}: that is before the first date, {first}.</source>
        <translation>Ulangi sampai {until}: itu sebelum tanggal pertama, {first}.</translation>
    </message>
    <message>
        <source>Repeat weekly: choose at least one weekday.</source>
        <translation>Ulangi mingguan: pilih paling sedikit satu hari.</translation>
    </message>
    <message>
        <source>Repeat every: give a number from 1 to 12.</source>
        <translation>Ulangi setiap: isi angka 1 sampai 12.</translation>
    </message>
    <message>
        <source>Repeat monthly: the week must be 1 to 4, or the last.</source>
        <translation>Ulangi bulanan: minggu ke-1 sampai ke-4, atau yang terakhir.</translation>
    </message>
    <message>
        <source>Year: choose a year from {first} to {last}.</source>
        <translation>Tahun: pilih tahun {first} sampai {last}.</translation>
    </message>
    <message>
        <source>There is no vehicle with the plate {plate}.</source>
        <translation>Tidak ada kendaraan dengan nomor polisi {plate}.</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Konsumsi</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <source>Sound system</source>
        <translation>Pengeras suara</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>{resource} is already booked on {date} from {start} to {end} for “{title}” ({organizer}).</source>
        <translation>{resource} sudah dipesan pada {date} pukul {start} sampai {end} untuk “{title}” ({organizer}).</translation>
    </message>
    <message>
        <source>The end, {end}, must be later than the start, {start}.</source>
        <translation>Selesai, {end}, harus lebih lambat dari mulai, {start}.</translation>
    </message>
    <message>
        <source>Times go in steps of {step} minutes; {time} is not on a step.</source>
        <translation>Waktu diisi per {step} menit; {time} tidak tepat pada langkahnya.</translation>
    </message>
    <message>
        <source>A booking cannot end in the past ({end}).</source>
        <translation>Pemesanan tidak bisa berakhir di masa lalu ({end}).</translation>
    </message>
    <message>
        <source>{room} is not a meeting room; only meeting rooms are booked.</source>
        <translation>{room} bukan ruang rapat; hanya ruang rapat yang dapat dipesan.</translation>
    </message>
    <message>
        <source>{vehicle} is not a pool vehicle; only pool vehicles are booked.</source>
        <translation>{vehicle} bukan kendaraan pool; hanya kendaraan pool yang dapat dipesan.</translation>
    </message>
    <message>
        <source>The booking no longer exists.</source>
        <translation>Pemesanan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>The booking is already cancelled.</source>
        <translation>Pemesanan itu sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Needs: &quot;{value}&quot; is not one of {choices}.</source>
        <translation>Kebutuhan: &quot;{value}&quot; bukan salah satu dari {choices}.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>A booking starts at most two years ahead; {start} is further. Check the year.</source>
        <translation>Pemesanan paling jauh dimulai dua tahun ke depan; {start} lebih jauh. Periksa tahunnya.</translation>
    </message>
    <message>
        <source>A booking lasts at most {days} days; book a longer use in parts.</source>
        <translation>Satu pemesanan paling lama {days} hari; pesan pemakaian yang lebih lama dalam beberapa bagian.</translation>
    </message>
    <message>
        <source>Office hours: the day must end after it starts ({start} to {end}).</source>
        <translation>Jam kantor: hari harus berakhir sesudah dimulai ({start} sampai {end}).</translation>
    </message>
    <message>
        <source>Time step: choose 5, 10, 15, 30 or 60 minutes.</source>
        <translation>Langkah waktu: pilih 5, 10, 15, 30 atau 60 menit.</translation>
    </message>
    <message>
        <source>The recurring booking {id} does not exist.</source>
        <translation>Seri pemesanan {id} tidak ada.</translation>
    </message>
    <message>
        <source>The period must end on or after its first day ({first} to {last}).</source>
        <translation>Periode harus berakhir pada atau sesudah hari pertamanya ({first} sampai {last}).</translation>
    </message>
    <message>
        <source>The position date {date} is not in {year}: choose a date of that year.</source>
        <translation>Tanggal keadaan {date} tidak berada di tahun {year}: pilih tanggal di tahun itu.</translation>
    </message>
    <message>
        <source>The unit {name} has no kode lokasi: fill it in under Units first, the regency recap names every unit by it.</source>
        <translation>Unit {name} belum memiliki kode lokasi: isi dahulu di Unit, rekapitulasi kabupaten menyebut setiap unit dengan kode itu.</translation>
    </message>
    <message>
        <source>The register of {name} changed while the regency recap was being made (another PC saved): make the recap again.</source>
        <translation>Daftar barang {name} berubah saat rekapitulasi kabupaten sedang dibuat (PC lain menyimpan): buat ulang rekapitulasinya.</translation>
    </message>
    <message>
        <source>kode barang {value} is not in the code table; import the BPKAD&apos;s table first</source>
        <translation>kode barang {value} tidak ada di tabel kode; impor dulu tabel kode dari BPKAD</translation>
    </message>
    <message>
        <source>kode barang {value} is above the jenis level; an item needs a more precise code</source>
        <translation>kode barang {value} berada di atas tingkat jenis; barang perlu kode yang lebih rinci</translation>
    </message>
    <message>
        <source>register {register} of {code} appears again (first in {where})</source>
        <translation>register {register} dari {code} muncul lagi (pertama di {where})</translation>
    </message>
    <message>
        <source>{label} {value} appears again (first in {where})</source>
        <translation>{label} {value} muncul lagi (pertama di {where})</translation>
    </message>
    <message>
        <source>{label} {value} is already used by {name} ({asset})</source>
        <translation>{label} {value} sudah dipakai oleh {name} ({asset})</translation>
    </message>
    <message>
        <source>only KIB B and KIB E items sit in rooms; {code} is KIB {kib}</source>
        <translation>hanya barang KIB B dan KIB E yang ditempatkan di ruangan; {code} termasuk KIB {kib}</translation>
    </message>
    <message>
        <source>{asset} was disposed of; the file would change it ({fields})</source>
        <translation>{asset} sudah dihapuskan dari daftar; berkas ini akan mengubahnya ({fields})</translation>
    </message>
    <message>
        <source>{first_sheet}, row {first_row}</source>
        <translation>{first_sheet}, baris {first_row}</translation>
    </message>
    <message>
        <source>Column {column} &apos;{value}&apos;: values multiplied by {factor}</source>
        <translation>Kolom {column} &apos;{value}&apos;: nilai dikalikan {factor}</translation>
    </message>
    <message>
        <source>{name}: {price} for one item is too low to be sure of for KIB {kib} (under {threshold}), and the column&apos;s heading names no unit. If the amounts are in thousands, write it in the heading, e.g. &quot;Harga (ribuan Rp)&quot;; if they are in Rupiah, &quot;Harga (Rp)&quot;</source>
        <translation>{name}: {price} untuk satu barang terlalu rendah untuk dipastikan pada KIB {kib} (di bawah {threshold}), dan judul kolomnya tidak menyebut satuan. Bila nilainya dalam ribuan, tuliskan di judul, mis. &quot;Harga (ribuan Rp)&quot;; bila dalam Rupiah, &quot;Harga (Rp)&quot;</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet (.xlsx) or a CSV file.</source>
        <translation>{file} bukan spreadsheet (.xlsx) atau berkas CSV.</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import again.</source>
        <translation>{file} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97–2003 workbook (.xls). Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} adalah buku kerja Excel 97–2003 lama (.xls). Buka di Excel, simpan sebagai .xlsx (Excel Workbook), lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is a web page or an XML file, not a workbook. Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} adalah halaman web atau berkas XML, bukan buku kerja. Buka di Excel, simpan sebagai .xlsx (Excel Workbook), lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than a spreadsheet of assets can be; split it into several files.</source>
        <translation>{file} berukuran {size} MB, terlalu besar untuk daftar aset; bagi menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} has more than {limit} rows; split it into several files.</source>
        <translation>Lembar &quot;{sheet}&quot; pada {file} berisi lebih dari {limit} baris; bagi menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{file} has no sheet &quot;{sheet}&quot;. Its sheets: {sheets}.</source>
        <translation>{file} tidak punya lembar &quot;{sheet}&quot;. Lembarnya: {sheets}.</translation>
    </message>
    <message>
        <source>holds an invisible control character (code {code}); remove it from the cell</source>
        <translation>berisi karakter kendali yang tidak terlihat (kode {code}); hapus dari sel itu</translation>
    </message>
    <message>
        <source>the cell holds a formula that was never calculated; open the file in Excel or LibreOffice, save it, and import again</source>
        <translation>sel berisi rumus yang belum pernah dihitung; buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} wajib diisi</translation>
    </message>
    <message>
        <source>jumlah {quantity} does not match the register range {range}, which holds {count}</source>
        <translation>jumlah {quantity} tidak sesuai dengan rentang register {range}, yang berisi {count}</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file}: no header row with a kode barang column and a name column in its first 40 rows.</source>
        <translation>Lembar &quot;{sheet}&quot; pada {file}: tidak ada baris judul dengan kolom kode barang dan kolom nama di 40 baris pertamanya.</translation>
    </message>
    <message>
        <source>{file}: no sheet has a header row with a kode barang column and a name column. Choose the sheet and map its columns.</source>
        <translation>{file}: tidak ada lembar dengan baris judul yang memuat kolom kode barang dan kolom nama. Pilih lembarnya dan tentukan isi kolomnya.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;: choose the column that holds &quot;{label}&quot;.</source>
        <translation>Lembar &quot;{sheet}&quot;: pilih kolom yang berisi &quot;{label}&quot;.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot;: &quot;{label}&quot; is chosen for more than one column.</source>
        <translation>Lembar &quot;{sheet}&quot;: &quot;{label}&quot; dipilih untuk lebih dari satu kolom.</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>sel kosong</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is below zero, which is not allowed</source>
        <translation>&quot;{value}&quot; di bawah nol, tidak diperbolehkan</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount of Rupiah</source>
        <translation>&quot;{value}&quot; bukan jumlah Rupiah</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is too large an amount to store</source>
        <translation>&quot;{value}&quot; terlalu besar untuk disimpan</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an area in square metres</source>
        <translation>&quot;{value}&quot; bukan luas dalam meter persegi</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (write 28-11-2026, or the year alone)</source>
        <translation>&quot;{value}&quot; bukan tanggal (tulis 28-11-2026, atau tahunnya saja)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a possible date</source>
        <translation>&quot;{value}&quot; bukan tanggal yang mungkin</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>{value} belum terjadi (di masa depan)</translation>
    </message>
    <message>
        <source>{value} is before {first_year}; dates from {first_year} to {last_year} are accepted</source>
        <translation>{value} sebelum {first_year}; yang diterima tanggal dari {first_year} sampai {last_year}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a condition: write B (Baik), RR (Rusak Ringan) or RB (Rusak Berat); KB (Kurang Baik) and SIMDA&apos;s 1, 2, 3 are also understood</source>
        <translation>&quot;{value}&quot; bukan kondisi: tulis B (Baik), RR (Rusak Ringan) atau RB (Rusak Berat); KB (Kurang Baik) dan 1, 2, 3 dari SIMDA juga dipahami</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kode barang: write up to seven levels of digits separated by dots, like 1.3.2.10.01.02.002</source>
        <translation>&quot;{value}&quot; bukan kode barang: tulis sampai tujuh tingkat angka yang dipisah titik, seperti 1.3.2.10.01.02.002</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is a number, not a kode barang: format the column as text and type the code again</source>
        <translation>&quot;{value}&quot; tersimpan sebagai angka, bukan kode barang: ubah format kolomnya menjadi teks lalu ketik ulang kodenya</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a register number or range (write 0001, or 0001 - 0050)</source>
        <translation>&quot;{value}&quot; bukan nomor atau rentang register (tulis 0001, atau 0001 - 0050)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: register numbers start at 1, not 0</source>
        <translation>&quot;{value}&quot;: nomor register dimulai dari 1, bukan 0</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: the range ends before it starts</source>
        <translation>&quot;{value}&quot;: rentangnya berakhir sebelum dimulai</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: a register number has at most {digits} digits</source>
        <translation>&quot;{value}&quot;: nomor register paling banyak {digits} angka</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a quantity: write a whole number of 1 or more</source>
        <translation>&quot;{value}&quot; bukan jumlah: tulis bilangan bulat 1 atau lebih</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not understood: write {yes} for yes, or {no} for no</source>
        <translation>&quot;{value}&quot; tidak dipahami: tulis {yes} untuk ya, atau {no} untuk tidak</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind of building: write P (permanen), SP (semi permanen) or D (darurat)</source>
        <translation>&quot;{value}&quot; bukan jenis bangunan: tulis P (permanen), SP (semi permanen) atau D (darurat)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a way of acquiring: write {methods}, or a source of funds such as APBD</source>
        <translation>&quot;{value}&quot; bukan cara perolehan: tulis {methods}, atau sumber dana seperti APBD</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; was stored as a number and lost digits: format the NIP column as text and type the NIP again</source>
        <translation>&quot;{value}&quot; tersimpan sebagai angka dan kehilangan digit: ubah format kolom NIP menjadi teks lalu ketik ulang NIP-nya</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a NIP: a NIP has 18 digits</source>
        <translation>&quot;{value}&quot; bukan NIP: NIP terdiri atas 18 angka</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; does not start with a valid birth date and appointment year and month</source>
        <translation>&quot;{value}&quot; tidak diawali tanggal lahir serta tahun dan bulan pengangkatan yang sah</translation>
    </message>
    <message>
        <source>digit 15 of a NIP is 1 (male) or 2 (female), not {digit}</source>
        <translation>angka ke-15 NIP adalah 1 (laki-laki) atau 2 (perempuan), bukan {digit}</translation>
    </message>
    <message>
        <source>{file} cannot be read; the file may be damaged. Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} tidak dapat dibaca; berkasnya mungkin rusak. Buka di Excel, simpan sebagai .xlsx (Excel Workbook), lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). Open it in Excel, save it as .xlsx (Excel Workbook) and import again.</source>
        <translation>{file} bukan buku kerja Excel (.xlsx). Buka di Excel, simpan sebagai .xlsx (Excel Workbook), lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc, save it as .xlsx (Excel 2007-365) and import again.</source>
        <translation>{file} adalah spreadsheet OpenDocument (.ods). Buka di LibreOffice Calc, simpan sebagai .xlsx (Excel 2007-365), lalu impor lagi.</translation>
    </message>
    <message>
        <source>Sheet &quot;{sheet}&quot; of {file} unpacks to {size} MB, more than a spreadsheet of assets can be; split it into several files.</source>
        <translation>Lembar &quot;{sheet}&quot; pada {file} menjadi {size} MB setelah dibuka, terlalu besar untuk daftar aset; bagi menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{file} holds {size} MB of shared text, styles or pictures ({part}), more than a spreadsheet of assets can; split it into several files.</source>
        <translation>{file} memuat {size} MB teks bersama, gaya atau gambar ({part}), terlalu besar untuk daftar aset; bagi menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>≤ 7 days</source>
        <translation>≤ 7 hari</translation>
    </message>
    <message>
        <source>≤ 14 days</source>
        <translation>≤ 14 hari</translation>
    </message>
    <message>
        <source>≤ 30 days</source>
        <translation>≤ 30 hari</translation>
    </message>
    <message>
        <source>≤ 90 days</source>
        <translation>≤ 90 hari</translation>
    </message>
    <message>
        <source>The asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>The vehicle document</source>
        <translation>Dokumen kendaraan</translation>
    </message>
    <message>
        <source>The house</source>
        <translation>Rumah</translation>
    </message>
    <message>
        <source>The handover</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>The disposal proposal</source>
        <translation>Usulan penghapusan</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>{owner} {id} does not exist or belongs to a unit you do not work in.</source>
        <translation>{owner} {id} tidak ada atau milik unit yang bukan unit kerja Anda.</translation>
    </message>
    <message>
        <source>Attachments cannot belong to a {kind}.</source>
        <translation>Lampiran tidak dapat dimiliki oleh {kind}.</translation>
    </message>
    <message>
        <source>The attachment {id} does not exist (any more).</source>
        <translation>Lampiran {id} tidak ada (lagi).</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Berkas {file} kosong.</translation>
    </message>
    <message>
        <source>The file {file} is {size}; an attachment may be at most {limit}.</source>
        <translation>Berkas {file} berukuran {size}; lampiran paling besar {limit}.</translation>
    </message>
    <message>
        <source>The file {file} is not a PDF, JPEG or PNG (judged by its content, not its name); scan or save it as one of these.</source>
        <translation>Berkas {file} bukan PDF, JPEG atau PNG (dinilai dari isinya, bukan namanya); pindai atau simpan sebagai salah satu jenis itu.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aman</translation>
    </message>
    <message>
        <source>{label} holds an invisible control character (code {code}); remove it and type the text again.</source>
        <translation>{label} berisi karakter kendali yang tidak terlihat (kode {code}); hapus lalu ketik ulang teksnya.</translation>
    </message>
    <message>
        <source>{label}: the time {value} has no time zone; the program stores times with one.</source>
        <translation>{label}: waktu {value} tidak memiliki zona waktu; program menyimpan waktu beserta zonanya.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({detail}). Make it writable, or point INVENTARIS_HOME at a folder you may write to.</source>
        <translation>Folder data {folder} tidak dapat dipakai ({detail}). Jadikan folder itu dapat ditulisi, atau arahkan INVENTARIS_HOME ke folder yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {detail}. Nothing was kept.</source>
        <translation>Cadangan {path} tidak dapat ditulis: {detail}. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The backup {path} did not pass its check ({detail}), so it was not kept. The database itself may be damaged: run inventaris check.</source>
        <translation>Cadangan {path} tidak lolos pemeriksaan ({detail}), sehingga tidak disimpan. Basis datanya sendiri mungkin rusak: jalankan inventaris check.</translation>
    </message>
    <message>
        <source>The backup {path} does not hold the same rows as the database (table {table}: {copied} instead of {expected}), so it was not kept.</source>
        <translation>Cadangan {path} tidak berisi baris yang sama dengan basis data (tabel {table}: {copied}, seharusnya {expected}), sehingga tidak disimpan.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file for the backup.</source>
        <translation>{path} adalah basis data itu sendiri; pilih berkas lain untuk cadangan.</translation>
    </message>
    <message>
        <source>While {file} was being imported, another PC saved {what} that the file also holds; nothing was imported. Check the file again: the check now names each clash by its row.</source>
        <translation>Selama {file} diimpor, PC lain menyimpan {what} yang juga ada di berkas itu; tidak ada yang diimpor. Periksa berkas itu lagi: pemeriksaan kini menyebutkan setiap bentrokan menurut barisnya.</translation>
    </message>
    <message>
        <source>items with register numbers</source>
        <translation>barang dengan nomor register</translation>
    </message>
    <message>
        <source>items without a register number</source>
        <translation>barang tanpa nomor register</translation>
    </message>
    <message>
        <source>an item with a {label}</source>
        <translation>barang dengan {label}</translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} is not installed on this PC, so the backup cannot be made or restored. Install the Debian package postgresql-client (sudo apt-get install postgresql-client; on Windows, PostgreSQL&apos;s command line tools) and try again.</source>
        <translation>Program PostgreSQL {tool} tidak terpasang di PC ini, sehingga cadangan tidak dapat dibuat atau dipulihkan. Pasang paket Debian postgresql-client (sudo apt-get install postgresql-client; di Windows, alat baris perintah PostgreSQL), lalu coba lagi.</translation>
    </message>
    <message>
        <source>{tool} failed, and nothing was changed by this program: {detail}</source>
        <translation>{tool} gagal, dan program ini tidak mengubah apa pun: {detail}</translation>
    </message>
    <message>
        <source>pg_restore failed: {detail}. It works in one transaction, so the database is as it was before; the safety copy is {safety}.</source>
        <translation>pg_restore gagal: {detail}. Pemulihan berjalan dalam satu transaksi, sehingga basis data tetap seperti sebelumnya; salinan pengamannya {safety}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an Inventaris database (it is not an SQLite database file). Nothing was changed.</source>
        <translation>{path} bukan cadangan basis data Inventaris (bukan berkas basis data SQLite). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is a database, but not an Inventaris one (it has no schema version). Nothing was changed.</source>
        <translation>{path} adalah basis data, tetapi bukan basis data Inventaris (tidak memiliki versi skema). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this PostgreSQL database: choose a file made by inventaris backup (pg_dump -Fc). Nothing was changed.</source>
        <translation>{path} bukan cadangan basis data PostgreSQL ini: pilih berkas yang dibuat dengan inventaris backup (pg_dump -Fc). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Inventaris (schema {revision}); this version cannot use it. Nothing was changed.</source>
        <translation>Cadangan {path} dibuat oleh versi Inventaris yang lebih baru (skema {revision}); versi ini tidak dapat memakainya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}). Nothing was changed; choose another one.</source>
        <translation>Cadangan {path} rusak ({detail}). Tidak ada yang diubah; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it. Nothing was changed.</source>
        <translation>{path} adalah basis data itu sendiri, bukan cadangannya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the database: {detail}. The safety copy of the database as it was is {safety}.</source>
        <translation>Cadangan tidak dapat disalin ke basis data: {detail}. Salinan pengaman basis data seperti sebelumnya: {safety}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the backup file to write in it.</source>
        <translation>{path} adalah folder; berikan nama berkas cadangan yang akan ditulis di dalamnya.</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <source>Integrity of the database file</source>
        <translation>Keutuhan berkas basis data</translation>
    </message>
    <message>
        <source>Every table readable</source>
        <translation>Semua tabel dapat dibaca</translation>
    </message>
    <message>
        <source>Links between records (foreign keys)</source>
        <translation>Keterkaitan antar-data (kunci asing)</translation>
    </message>
    <message>
        <source>Audit log protected against changes</source>
        <translation>Log audit terlindung dari perubahan</translation>
    </message>
    <message>
        <source>Audit log entries readable</source>
        <translation>Entri log audit dapat dibaca</translation>
    </message>
    <message>
        <source>schema {revision} is older than this program&apos;s {head}: run inventaris upgrade</source>
        <translation>skema {revision} lebih lama daripada skema program ini ({head}): jalankan inventaris upgrade</translation>
    </message>
    <message>
        <source>schema {revision} is unknown to this version of Inventaris (newer?)</source>
        <translation>skema {revision} tidak dikenal oleh versi Inventaris ini (lebih baru?)</translation>
    </message>
    <message>
        <source>no schema version: not an Inventaris database</source>
        <translation>tidak ada versi skema: bukan basis data Inventaris</translation>
    </message>
    <message>
        <source>the file is damaged: {detail}. Restore a backup (inventaris restore FILE)</source>
        <translation>berkas rusak: {detail}. Pulihkan cadangan (inventaris restore BERKAS)</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>{count} record(s) point at records that do not exist (tables: {tables})</source>
        <translation>{count} data merujuk ke data yang tidak ada (tabel: {tables})</translation>
    </message>
    <message>
        <source>constraints not validated: {names}</source>
        <translation>batasan yang belum divalidasi: {names}</translation>
    </message>
    <message>
        <source>missing trigger(s): {names}</source>
        <translation>trigger hilang: {names}</translation>
    </message>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translation>{tables} tabel, {rows} baris</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entri</translation>
    </message>
    <message>
        <source>This record was changed on another computer after you opened it. Close the form and open the record again to see the change.</source>
        <translation>Catatan ini diubah di komputer lain setelah Anda membukanya. Tutup formulir dan buka catatan itu lagi untuk melihat perubahannya.</translation>
    </message>
    <message>
        <source>Amount paid: give the amount. To remove a payment recorded by mistake, delete it.</source>
        <translation>Jumlah dibayar: isi jumlahnya. Untuk menghapus pembayaran yang salah dicatat, hapus catatannya.</translation>
    </message>
    <message>
        <source>Handover document (BAST) no.</source>
        <translation>Nomor BAST serah terima</translation>
    </message>
    <message>
        <source>Date finished</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>{asset} is KIB {kib}; only a construction in progress (KIB F) can be finished into a building.</source>
        <translation>{asset} adalah KIB {kib}; hanya konstruksi dalam pengerjaan (KIB F) yang dapat diselesaikan menjadi gedung.</translation>
    </message>
    <message>
        <source>Kode barang: {code} is KIB {kib}; a finished construction becomes a KIB C item.</source>
        <translation>Kode barang: {code} adalah KIB {kib}; konstruksi yang selesai menjadi barang KIB C.</translation>
    </message>
    <message>
        <source>Date finished: {value} is before the works were recorded ({acquired}).</source>
        <translation>Tanggal selesai: {value} sebelum pekerjaan dicatat ({acquired}).</translation>
    </message>
    <message>
        <source>{asset} is already proposed for disposal (on the proposal {proposal}).</source>
        <translation>{asset} sudah diusulkan untuk dihapus (dalam usulan {proposal}).</translation>
    </message>
    <message>
        <source>Name of the item found</source>
        <translation>Nama barang yang ditemukan</translation>
    </message>
    <message>
        <source>Used by: name</source>
        <translation>Digunakan oleh: nama</translation>
    </message>
    <message>
        <source>Used by: NIP</source>
        <translation>Digunakan oleh: NIP</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Taksiran nilai</translation>
    </message>
    <message>
        <source>{asset} was checked in this stock-take; take the check back before calling it {presence}.</source>
        <translation>{asset} sudah dicek dalam inventarisasi ini; batalkan centangnya dulu sebelum menyatakannya {presence}.</translation>
    </message>
    <message>
        <source>Presence: &quot;{value}&quot; is not hilang or tidak_ditemukan.</source>
        <translation>Keberadaan: &quot;{value}&quot; bukan hilang atau tidak_ditemukan.</translation>
    </message>
    <message>
        <source>Condition: &quot;{value}&quot; is not B, RR or RB.</source>
        <translation>Kondisi: &quot;{value}&quot; bukan B, RR atau RB.</translation>
    </message>
    <message>
        <source>Used by: &quot;{value}&quot; is not unit, employee or other.</source>
        <translation>Digunakan oleh: &quot;{value}&quot; bukan unit, employee atau other.</translation>
    </message>
    <message>
        <source>Correction: &quot;{value}&quot; is not a field the team checks.</source>
        <translation>Koreksi: &quot;{value}&quot; bukan isian yang diperiksa tim.</translation>
    </message>
    <message>
        <source>Recorded twice: {value} is not another item of this unit (give its code and register).</source>
        <translation>Tercatat ganda: {value} bukan barang lain milik unit ini (isikan kode dan registernya).</translation>
    </message>
    <message>
        <source>Quantity: {value} is not between 1 and {most}.</source>
        <translation>Jumlah: {value} tidak di antara 1 dan {most}.</translation>
    </message>
    <message>
        <source>Year: {value} is not between {first} and {last}.</source>
        <translation>Tahun: {value} tidak di antara {first} dan {last}.</translation>
    </message>
    <message>
        <source>The finding {id} does not exist in this stock-take.</source>
        <translation>Temuan {id} tidak ada dalam inventarisasi ini.</translation>
    </message>
    <message>
        <source>This finding has been registered already; change the asset in the register.</source>
        <translation>Temuan ini sudah didaftarkan; ubah barangnya di daftar barang.</translation>
    </message>
    <message>
        <source>{who} changed these answers after you opened them. Reload, then answer again.</source>
        <translation>{who} mengubah jawaban ini setelah Anda membukanya. Muat ulang, lalu jawab lagi.</translation>
    </message>
    <message>
        <source>The scanned line is empty.</source>
        <translation>Hasil pindaian kosong.</translation>
    </message>
    <message>
        <source>{place} is already closed in this stock-take.</source>
        <translation>{place} sudah ditutup dalam inventarisasi ini.</translation>
    </message>
    <message>
        <source>The asset {id} is not an item of this unit.</source>
        <translation>Barang {id} bukan barang unit ini.</translation>
    </message>
    <message>
        <source>This follow-up was applied already.</source>
        <translation>Tindak lanjut ini sudah dilaksanakan.</translation>
    </message>
    <message>
        <source>The stock-take&apos;s answers do not call for this follow-up on {item}.</source>
        <translation>Jawaban inventarisasi tidak memerlukan tindak lanjut ini untuk {item}.</translation>
    </message>
    <message>
        <source>Kode barang: give the code of {item} before registering it.</source>
        <translation>Kode barang: isikan kode {item} sebelum mendaftarkannya.</translation>
    </message>
    <message>
        <source>Estimated value: give the value of {item} before registering it.</source>
        <translation>Taksiran nilai: isikan nilai {item} sebelum mendaftarkannya.</translation>
    </message>
    <message>
        <source>The stock-take {id} does not exist.</source>
        <translation>Inventarisasi {id} tidak ada.</translation>
    </message>
    <message>
        <source>The stock-take {name} is finished; its counts can no longer change.</source>
        <translation>Inventarisasi {name} sudah selesai; hitungannya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Room: {place} is not counted in the stock-take {name}.</source>
        <translation>Ruangan: {place} tidak termasuk dalam inventarisasi {name}.</translation>
    </message>
    <message>
        <source>Name of the stock-take</source>
        <translation>Nama inventarisasi</translation>
    </message>
    <message>
        <source>Team member {row}: name</source>
        <translation>Anggota tim {row}: nama</translation>
    </message>
    <message>
        <source>Team member {row}: NIP</source>
        <translation>Anggota tim {row}: NIP</translation>
    </message>
    <message>
        <source>The stock-take {name} is still open in this unit; finish it before starting another.</source>
        <translation>Inventarisasi {name} masih berjalan di unit ini; selesaikan dulu sebelum memulai yang lain.</translation>
    </message>
    <message>
        <source>End date: {end} is before the start date {start}.</source>
        <translation>Tanggal selesai: {end} sebelum tanggal mulai {start}.</translation>
    </message>
    <message>
        <source>KIB: {value} is not one of A, B, C, D, E, F.</source>
        <translation>KIB: {value} bukan salah satu dari A, B, C, D, E, F.</translation>
    </message>
    <message>
        <source>Rooms: the room {id} is not a room of this unit.</source>
        <translation>Ruangan: ruangan {id} bukan ruangan unit ini.</translation>
    </message>
    <message>
        <source>{who} changed this stock-take after you opened it. Reload it, then try again.</source>
        <translation>{who} mengubah inventarisasi ini setelah Anda membukanya. Muat ulang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Outside rooms (land, buildings, vehicles …)</source>
        <translation>Di luar ruangan (tanah, gedung, kendaraan …)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <source>In the wrong room</source>
        <translation>Salah ruangan</translation>
    </message>
    <message>
        <source>Already scanned here</source>
        <translation>Sudah dipindai di sini</translation>
    </message>
    <message>
        <source>Also scanned in another room</source>
        <translation>Juga dipindai di ruangan lain</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Kode tidak dikenal</translation>
    </message>
    <message>
        <source>Already disposed of</source>
        <translation>Sudah dihapus</translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>The unit itself</source>
        <translation>Unit sendiri</translation>
    </message>
    <message>
        <source>An employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Another government or party</source>
        <translation>Pemerintah atau pihak lain</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Brand / type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>Nomor polisi</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>Nomor rangka</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Nomor mesin</translation>
    </message>
    <message>
        <source>BPKB number</source>
        <translation>Nomor BPKB</translation>
    </message>
    <message>
        <source>Move to the room where it was found</source>
        <translation>Pindahkan ke ruangan tempat ditemukan</translation>
    </message>
    <message>
        <source>Record the observed condition</source>
        <translation>Catat kondisi hasil pemeriksaan</translation>
    </message>
    <message>
        <source>Register the item</source>
        <translation>Daftarkan barangnya</translation>
    </message>
    <message>
        <source>Propose for disposal</source>
        <translation>Usulkan penghapusan</translation>
    </message>
    <message>
        <source>Number of the decree (SK)</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Date of the decree</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Method of disposal: choose one of {choices} (&quot;{value}&quot; is not).</source>
        <translation>Cara penghapusan: pilih salah satu dari {choices} (&quot;{value}&quot; tidak termasuk).</translation>
    </message>
    <message>
        <source>No item of the proposal {proposal} is waiting for a decree.</source>
        <translation>Tidak ada barang dalam usulan {proposal} yang menunggu SK.</translation>
    </message>
    <message>
        <source>Loans (pinjam pakai)</source>
        <translation>Pinjam pakai</translation>
    </message>
    <message>
        <source>{asset} lent to {borrower} ({agreement}): the loan ends on {date}</source>
        <translation>{asset} dipinjamkan kepada {borrower} ({agreement}): pinjam pakai berakhir {date}</translation>
    </message>
    <message>
        <source>lent to {borrower} ({agreement}), ends on {date}</source>
        <translation>dipinjamkan kepada {borrower} ({agreement}), berakhir {date}</translation>
    </message>
    <message>
        <source>The handover {id} does not exist.</source>
        <translation>Serah terima {id} tidak ada.</translation>
    </message>
    <message>
        <source>Name of the second party</source>
        <translation>Nama pihak kedua</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>BAST number</source>
        <translation>Nomor BAST</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Peminjam</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Nomor perjanjian</translation>
    </message>
    <message>
        <source>The chosen items belong to different units: one paper holds one unit&apos;s items.</source>
        <translation>Barang yang dipilih milik unit yang berbeda: satu berita acara hanya untuk barang satu unit.</translation>
    </message>
    <message>
        <source>{asset} is held by {holder} (BAST {number}); record its return first.</source>
        <translation>{asset} dipegang oleh {holder} (BAST {number}); catat pengembaliannya dahulu.</translation>
    </message>
    <message>
        <source>{asset} is held by {holder}; record its return first.</source>
        <translation>{asset} dipegang oleh {holder}; catat pengembaliannya dahulu.</translation>
    </message>
    <message>
        <source>{asset} is lent to {borrower} (pinjam pakai {agreement}) until it comes back.</source>
        <translation>{asset} dipinjamkan kepada {borrower} (pinjam pakai {agreement}) sampai dikembalikan.</translation>
    </message>
    <message>
        <source>{asset} is not held by anyone: there is nothing to return.</source>
        <translation>{asset} tidak dipegang siapa pun: tidak ada yang dikembalikan.</translation>
    </message>
    <message>
        <source>{asset} is held by {holder} and {other} by {other_holder}: return one person&apos;s items at a time.</source>
        <translation>{asset} dipegang oleh {holder} dan {other} oleh {other_holder}: kembalikan barang satu orang sekaligus.</translation>
    </message>
    <message>
        <source>{asset} is not on loan.</source>
        <translation>{asset} tidak sedang dipinjamkan.</translation>
    </message>
    <message>
        <source>{asset} is lent to {borrower} and {other} to {other_borrower}: end one borrower&apos;s loan at a time.</source>
        <translation>{asset} dipinjamkan kepada {borrower} dan {other} kepada {other_borrower}: akhiri pinjam pakai satu peminjam sekaligus.</translation>
    </message>
    <message>
        <source>Date: {value} is before {asset} was handed over with {number} ({date}).</source>
        <translation>Tanggal: {value} sebelum {asset} diserahkan dengan {number} ({date}).</translation>
    </message>
    <message>
        <source>End of the loan: {end} is not after its start ({start}).</source>
        <translation>Akhir pinjam pakai: {end} tidak sesudah awalnya ({start}).</translation>
    </message>
    <message>
        <source>End of the loan: {end} is more than {years} years after its start ({start}); a longer loan is renewed with a new agreement.</source>
        <translation>Akhir pinjam pakai: {end} lebih dari {years} tahun sesudah awalnya ({start}); pinjam pakai yang lebih lama diperpanjang dengan perjanjian baru.</translation>
    </message>
    <message>
        <source>BAST number {number} is already used (the paper of {date}).</source>
        <translation>Nomor BAST {number} sudah dipakai (berita acara tanggal {date}).</translation>
    </message>
    <message>
        <source>Condition: choose B, RR or RB (&quot;{value}&quot; is not).</source>
        <translation>Kondisi: pilih B, RR atau RB (&quot;{value}&quot; bukan).</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Serah terima</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Loan (pinjam pakai)</source>
        <translation>Pinjam pakai</translation>
    </message>
    <message>
        <source>End of loan</source>
        <translation>Akhir pinjam pakai</translation>
    </message>
    <message>
        <source>Kode lokasi: {code} is already used by {name}.</source>
        <translation>Kode lokasi: {code} sudah dipakai oleh {name}.</translation>
    </message>
    <message>
        <source>There is no unit with the kode lokasi {code}.</source>
        <translation>Tidak ada unit dengan kode lokasi {code}.</translation>
    </message>
    <message>
        <source>Parent unit: {name} cannot stand under itself or under one of its own units.</source>
        <translation>Unit induk: {name} tidak dapat berada di bawah dirinya sendiri atau di bawah salah satu unitnya.</translation>
    </message>
    <message>
        <source>At least one unit must stay active; {name} is the last.</source>
        <translation>Sedikitnya satu unit harus tetap aktif; {name} adalah yang terakhir.</translation>
    </message>
    <message>
        <source>Your account is not assigned to the unit {id}; ask an Admin.</source>
        <translation>Akun Anda tidak ditugaskan di unit {id}; hubungi Admin.</translation>
    </message>
    <message>
        <source>Someone else saved the unit {name} after you opened it. Reload to see their changes, then make yours again.</source>
        <translation>Orang lain menyimpan unit {name} setelah Anda membukanya. Muat ulang untuk melihat perubahannya, lalu ulangi perubahan Anda.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong, and the data folder cannot be written to keep the details. Please tell your Admin.</source>
        <translation>Terjadi kesalahan yang tidak terduga, dan folder data tidak dapat ditulisi untuk menyimpan rinciannya. Mohon beri tahu Admin Anda.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are written to {path}. Please tell your Admin.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Rinciannya dicatat di {path}. Mohon sampaikan kepada Admin.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} is lost (the network, or the server is stopped), so this list cannot be loaded now. Nothing is lost: it loads again when the server is back.</source>
        <translation>Sambungan ke server basis data {server} terputus (jaringan, atau server dihentikan), jadi daftar ini belum dapat dimuat. Tidak ada yang hilang: daftar dimuat lagi setelah server kembali.</translation>
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
        <translation>{count} aset dipilih.</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
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
        <translation>Berkas</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>Berkas {kind}</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Item not in the register</source>
        <translation>Barang tak tercatat</translation>
    </message>
    <message>
        <source>Describe the item found</source>
        <translation>Keterangan barang temuan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Found in {place}</source>
        <translation>Ditemukan di {place}</translation>
    </message>
    <message>
        <source>Scanned: {code}</source>
        <translation>Dipindai: {code}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>An improvement of an item in the register</source>
        <translation>Hasil perbaikan barang yang ada di daftar</translation>
    </message>
    <message>
        <source>Code and register of that item, if known</source>
        <translation>Kode dan register barang induk, bila diketahui</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Kode barang</translation>
    </message>
    <message>
        <source>Brand / type</source>
        <translation>Merk / tipe</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Year acquired</source>
        <translation>Tahun perolehan</translation>
    </message>
    <message>
        <source>Estimated value (Rp)</source>
        <translation>Taksiran nilai (Rp)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Perbaikan</translation>
    </message>
    <message>
        <source>Improvement of</source>
        <translation>Perbaikan atas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>FinishConstructionDialog</name>
    <message>
        <source>Construction finished</source>
        <translation>Konstruksi selesai</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>{works} ({name}, {value}) leaves the register on the day it is handed over, and a building (KIB C) of the same value enters it. Its address, floor area and land come from the works.</source>
        <translation>{works} ({name}, {value}) keluar dari register pada hari serah terima, dan gedung (KIB C) dengan nilai yang sama masuk. Alamat, luas lantai dan tanahnya diambil dari pekerjaan.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>e.g. BAST 027/PPK/2026</source>
        <translation>mis. BAST 027/PPK/2026</translation>
    </message>
    <message>
        <source>Date finished *</source>
        <translation>Tanggal selesai *</translation>
    </message>
    <message>
        <source>Kode barang (KIB C) *</source>
        <translation>Kode barang (KIB C) *</translation>
    </message>
    <message>
        <source>Name of the building</source>
        <translation>Nama gedung</translation>
    </message>
    <message>
        <source>Handover document (BAST) no. *</source>
        <translation>Nomor BAST serah terima *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Not finished: {who} changed these works on {when} WIB. The text above shows them as they are now; check it and press Finish again.</source>
        <translation>Belum selesai: {who} mengubah pekerjaan ini pada {when} WIB. Teks di atas menunjukkan keadaannya sekarang; periksa, lalu tekan Selesai lagi.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Welcome to Inventaris</source>
        <translation>Selamat datang di Inventaris</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the Admin account: it sets up the office and the other users. Keep its password safe.</source>
        <translation>Basis data ini belum memiliki akun. Buat akun Admin terlebih dahulu; akun ini digunakan untuk mengatur data kantor dan pengguna lain. Simpan kata sandinya dengan aman.</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>minimal {count} karakter</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <source>Follow-ups of {name}</source>
        <translation>Tindak lanjut {name}</translation>
    </message>
    <message>
        <source>Every follow-up</source>
        <translation>Semua tindak lanjut</translation>
    </message>
    <message>
        <source>Only those not done yet</source>
        <translation>Hanya yang belum dilaksanakan</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Dilakukan</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Kode dan register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Apply to the chosen</source>
        <translation>Terapkan pada yang dipilih</translation>
    </message>
    <message>
        <source>Records each chosen follow-up in the register as a dated event.</source>
        <translation>Mencatat setiap tindak lanjut yang dipilih di daftar barang sebagai kejadian bertanggal.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>{done} of {count} follow-up(s) done.</source>
        <translation>
            <numerusform>{done} dari {count} tindak lanjut sudah dilakukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers call for no follow-up.</source>
        <translation>Jawaban tidak memerlukan tindak lanjut.</translation>
    </message>
    <message>
        <source>{done} of {count} follow-up(s) applied before the connection was lost. The rest:</source>
        <translation>{done} dari {count} tindak lanjut sudah diterapkan sebelum sambungan terputus. Sisanya:</translation>
    </message>
    <message>
        <source>Apply records each one in the register as a dated event.</source>
        <translation>Terapkan mencatat masing-masing di daftar sebagai peristiwa bertanggal.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Someone saved this record on another PC after you opened this form, so saving it would be refused. Close the form and open it again to see their change; what you typed stays here until you close it.</source>
        <translation>Seseorang menyimpan catatan ini di PC lain setelah formulir ini Anda buka, jadi menyimpannya akan ditolak. Tutup formulir lalu buka lagi untuk melihat perubahannya; yang Anda ketik tetap di sini sampai Anda menutupnya.</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>Tutup tanpa menyimpan yang sudah diketik?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>FuelDialog</name>
    <message>
        <source>Record fuel</source>
        <translation>Catat BBM</translation>
    </message>
    <message>
        <source>Correct a fuel record</source>
        <translation>Koreksi catatan BBM</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Fuel *</source>
        <translation>BBM *</translation>
    </message>
    <message>
        <source>Litres *</source>
        <translation>Liter *</translation>
    </message>
    <message>
        <source>Price per litre *</source>
        <translation>Harga per liter *</translation>
    </message>
    <message>
        <source>Odometer *</source>
        <translation>Odometer *</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pengemudi</translation>
    </message>
    <message>
        <source>Coupon number</source>
        <translation>Nomor kupon</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover to an employee (BAST)</source>
        <translation>Serah terima kepada pegawai (BAST)</translation>
    </message>
    <message>
        <source>Items held by this NIP…</source>
        <translation>Barang yang dipegang NIP ini…</translation>
    </message>
    <message>
        <source>Employee&apos;s name *</source>
        <translation>Nama pegawai *</translation>
    </message>
    <message>
        <source>NIP *</source>
        <translation>NIP *</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Save and print BAST…</source>
        <translation>Simpan dan cetak BAST…</translation>
    </message>
</context>
<context>
    <name>HeldItemsDialog</name>
    <message>
        <source>Items held by an employee</source>
        <translation>Barang yang dipegang</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Code + register</source>
        <translation>Kode + register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Merk/Type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>BAST number</source>
        <translation>Nomor BAST</translation>
    </message>
    <message>
        <source>Attachments of BAST {number} (the signed paper, scanned back)</source>
        <translation>Lampiran BAST {number} (berita acara bertanda tangan, hasil pindaian)</translation>
    </message>
    <message>
        <source>Choose an item handed over with a BAST to see its attachments.</source>
        <translation>Pilih barang yang diserahkan dengan BAST untuk melihat lampirannya.</translation>
    </message>
    <message>
        <source>Type an employee&apos;s NIP and press Show.</source>
        <translation>Ketik NIP pegawai lalu tekan Tampilkan.</translation>
    </message>
    <message>
        <source>{name} holds {count} item(s).</source>
        <translation>{name} memegang {count} barang.</translation>
    </message>
    <message>
        <source>Nobody with this NIP holds an item now.</source>
        <translation>Tidak ada barang yang sedang dipegang oleh NIP ini.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>{method}, {price}</source>
        <translation>{method}, {price}</translation>
    </message>
    <message>
        <source>; from {asset}</source>
        <translation>; dari {asset}</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>dari {old} menjadi {new}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>tanpa ruangan</translation>
    </message>
    <message>
        <source>; BAST {number}</source>
        <translation>; BAST {number}</translation>
    </message>
    <message>
        <source>to {borrower} ({agreement}) until {date}; BAST {number}</source>
        <translation>kepada {borrower} ({agreement}) sampai {date}; BAST {number}</translation>
    </message>
    <message>
        <source>BAST {number}</source>
        <translation>BAST {number}</translation>
    </message>
    <message>
        <source>+{amount}, now {total}</source>
        <translation>+{amount}, menjadi {total}</translation>
    </message>
    <message>
        <source>; useful life +{years} year(s)</source>
        <translation>; masa manfaat +{years} tahun</translation>
    </message>
    <message>
        <source>{reason}, {decree}</source>
        <translation>{reason}, {decree}</translation>
    </message>
    <message>
        <source>; now {asset}</source>
        <translation>; kini {asset}</translation>
    </message>
    <message>
        <source>{reason}; on the proposal {proposal}</source>
        <translation>{reason}; dalam usulan {proposal}</translation>
    </message>
    <message>
        <source>from the proposal {proposal}</source>
        <translation>dari usulan {proposal}</translation>
    </message>
    <message>
        <source>{year}, day unknown</source>
        <translation>{year}, tanggal tidak diketahui</translation>
    </message>
</context>
<context>
    <name>HouseDetailsDialog</name>
    <message>
        <source>House details</source>
        <translation>Data rumah</translation>
    </message>
    <message>
        <source>e.g. Tipe 70</source>
        <translation>mis. Tipe 70</translation>
    </message>
    <message>
        <source>Golongan *</source>
        <translation>Golongan *</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Storeys</source>
        <translation>Jumlah lantai</translation>
    </message>
    <message>
        <source>PLN customer ID</source>
        <translation>ID pelanggan PLN</translation>
    </message>
    <message>
        <source>PDAM account</source>
        <translation>Nomor pelanggan PDAM</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Address, areas, building document, land status and condition are on the asset form (Assets, F2).</source>
        <translation>Alamat, luas, dokumen bangunan, status tanah dan kondisi ada di formulir aset (Aset, F2).</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
</context>
<context>
    <name>HouseFormDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import assets</source>
        <translation>Impor Aset</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Check every row; nothing is written yet</source>
        <translation>Periksa setiap baris; belum ada yang disimpan</translation>
    </message>
    <message>
        <source>Choose the spreadsheet that lists the assets (.xlsx or .csv), for example the office&apos;s KIB workbook. The sheets holding a table of assets are ticked; tick or untick sheets as needed.</source>
        <translation>Pilih spreadsheet yang memuat daftar aset (.xlsx atau .csv), misalnya buku kerja KIB kantor. Lembar yang berisi tabel aset sudah dicentang; centang atau hapus centang sesuai kebutuhan.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>Sheets to import:</source>
        <translation>Lembar yang diimpor:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>{sheet} — no table of assets found</source>
        <translation>{sheet} — tidak ditemukan tabel aset</translation>
    </message>
    <message>
        <source>A table of assets was found in: {sheets}.</source>
        <translation>Tabel aset ditemukan di: {sheets}.</translation>
    </message>
    <message>
        <source>Tick at least one sheet.</source>
        <translation>Centang paling sedikit satu lembar.</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. Columns set to &quot;— not imported —&quot; are left out. Kode barang, name, a price and a year or date are needed.</source>
        <translation>Periksa isi setiap kolom berkas. Kolom bertanda &quot;— tidak diimpor —&quot; dilewati. Kode barang, nama, harga, dan tahun atau tanggal wajib ada.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the values in the file, or write the unit in the column&apos;s heading (e.g. &quot;Harga (ribuan Rp)&quot;), and choose it again.</source>
        <translation>Tidak ada yang diimpor. Perbaiki nilainya di berkas, atau tuliskan satuannya di judul kolom (mis. &quot;Harga (ribuan Rp)&quot;), lalu pilih berkas itu lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the names in the file if they are wrong.</source>
        <translation>Tidak ada yang diimpor. Perbaiki nama di berkas jika keliru.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>These values look doubtful ({count}):</source>
        <translation>Nilai berikut tampak meragukan ({count}):</translation>
    </message>
    <message>
        <source>Are they right as they are? Import them?</source>
        <translation>Apakah nilainya sudah benar? Impor apa adanya?</translation>
    </message>
    <message>
        <source>These names are not in the register yet; the import adds them:</source>
        <translation>Nama-nama ini belum ada di daftar; impor akan menambahkannya:</translation>
    </message>
    <message>
        <source>Rooms: {names}</source>
        <translation>Ruangan: {names}</translation>
    </message>
    <message>
        <source>Holders: {names}</source>
        <translation>Pemegang: {names}</translation>
    </message>
    <message>
        <source>Are they spelt right? Add them and import?</source>
        <translation>Apakah ejaannya sudah benar? Tambahkan dan impor?</translation>
    </message>
    <message>
        <source>⚠ Nothing was imported: the register changed since the check. The new result is below.</source>
        <translation>⚠ Tidak ada yang diimpor: daftar berubah sejak pemeriksaan. Hasil baru ada di bawah.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Pembacaan berkas dibatalkan.</translation>
    </message>
    <message>
        <source>Step 1 of 3 · Choose the file and its sheets</source>
        <translation>Langkah 1 dari 3 · Pilih berkas dan lembarnya</translation>
    </message>
    <message>
        <source>Step 2 of 3 · What each column holds</source>
        <translation>Langkah 2 dari 3 · Isi setiap kolom</translation>
    </message>
    <message>
        <source>Step 3 of 3 · Check and import</source>
        <translation>Langkah 3 dari 3 · Periksa dan impor</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>e.g. BA/12/2026</source>
        <translation>mis. BA/12/2026</translation>
    </message>
    <message>
        <source>What the team found, e.g. not economical to repair</source>
        <translation>Hasil pemeriksaan tim, mis. tidak ekonomis diperbaiki</translation>
    </message>
    <message>
        <source>Berita acara number *</source>
        <translation>Nomor berita acara *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>Record the inspection</source>
        <translation>Catat pemeriksaan</translation>
    </message>
    <message>
        <source>The inspection of {title}: the berita acara the team signed.</source>
        <translation>Pemeriksaan {title}: berita acara yang ditandatangani tim.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Inspection recorded</source>
        <translation>Pemeriksaan dicatat</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <source>Print labels</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>The assets chosen in the register ({count})</source>
        <translation>Aset yang dipilih di Daftar Aset ({count})</translation>
    </message>
    <message>
        <source>Everything the register shows now ({count})</source>
        <translation>Semua yang sedang ditampilkan Daftar Aset ({count})</translation>
    </message>
    <message>
        <source>The assets of a room</source>
        <translation>Aset dalam satu ruangan</translation>
    </message>
    <message>
        <source>Not yet labelled ({count})</source>
        <translation>Belum berlabel ({count})</translation>
    </message>
    <message>
        <source>Own template…</source>
        <translation>Templat sendiri…</translation>
    </message>
    <message>
        <source>Define a label sheet of your own, starting from this one</source>
        <translation>Buat lembar label sendiri, berawal dari templat ini</translation>
    </message>
    <message>
        <source>For a sheet whose first labels are already used</source>
        <translation>Untuk lembar yang label awalnya sudah terpakai</translation>
    </message>
    <message>
        <source>Draw cut lines (plain paper)</source>
        <translation>Gambar garis potong (kertas biasa)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bawah</translation>
    </message>
    <message>
        <source>Which assets</source>
        <translation>Aset yang mana</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Start at position</source>
        <translation>Mulai pada posisi</translation>
    </message>
    <message>
        <source>Printer calibration (mm)</source>
        <translation>Kalibrasi printer (mm)</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Pratinjau cetak…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Preparing the labels…</source>
        <translation>Menyiapkan label…</translation>
    </message>
    <message>
        <source>There are no assets to label in this choice.</source>
        <translation>Tidak ada aset yang perlu dilabeli pada pilihan ini.</translation>
    </message>
    <message>
        <source>Print preview – labels</source>
        <translation>Pratinjau cetak – label</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Simpan label sebagai PDF</translation>
    </message>
    <message>
        <source>Labels saved: {path}</source>
        <translation>Label disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>Inventaris</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>Silakan masuk.</translation>
    </message>
    <message>
        <source>The database was upgraded; a backup is at {path}</source>
        <translation>Basis data telah diperbarui; cadangannya tersimpan di {path}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Pencadangan otomatis gagal: {error}</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Loan to another body (pinjam pakai)</source>
        <translation>Pinjam pakai kepada pihak lain</translation>
    </message>
    <message>
        <source>Borrower *</source>
        <translation>Peminjam *</translation>
    </message>
    <message>
        <source>Agreement number *</source>
        <translation>Nomor perjanjian *</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>Pinjamkan</translation>
    </message>
    <message>
        <source>Starts on *</source>
        <translation>Mulai *</translation>
    </message>
    <message>
        <source>Ends on * (at most 5 years)</source>
        <translation>Berakhir * (paling lama 5 tahun)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Inventaris</source>
        <translation>Masuk ke Inventaris</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Menu navigasi</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Inventarisasi</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>Ruang Rapat</translation>
    </message>
    <message>
        <source>Residences</source>
        <translation>Rumah Dinas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Pengguna: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Basis data: {url}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Keluar &amp;akun</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>S&amp;can a label…</source>
        <translation>&amp;Pindai label…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ubah &amp;kata sandi…</translation>
    </message>
    <message>
        <source>Switch &amp;unit…</source>
        <translation>&amp;Ganti unit…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan Pengguna</translation>
    </message>
    <message>
        <source>&amp;About Inventaris</source>
        <translation>&amp;Tentang Inventaris</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>Pindai label</translation>
    </message>
    <message>
        <source>Scan the QR code or type a code:</source>
        <translation>Pindai kode QR atau ketik kodenya:</translation>
    </message>
    <message>
        <source>No asset of this office has the code &quot;{code}&quot;.</source>
        <translation>Tidak ada aset kantor ini dengan kode &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language changes the next time Inventaris is opened.</source>
        <translation>Bahasa akan berubah saat Inventaris dibuka kembali.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan Pengguna</translation>
    </message>
    <message>
        <source>The user guide could not be opened. It is the PDF file {path}: open it with a PDF viewer, or ask whoever installed Inventaris to put it back.</source>
        <translation>Panduan pengguna tidak dapat dibuka. Panduan ini adalah berkas PDF {path}: bukalah dengan aplikasi pembaca PDF, atau minta orang yang memasang Inventaris untuk mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Maintenance work</source>
        <translation>Pekerjaan pemeliharaan</translation>
    </message>
    <message>
        <source>e.g. Perbaikan atap bocor</source>
        <translation>mis. Perbaikan atap bocor</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Work *</source>
        <translation>Pekerjaan *</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Pelaksana</translation>
    </message>
</context>
<context>
    <name>MappingTab</name>
    <message>
        <source>The headings were not all recognised: row {row} is taken as the header. Choose what each column holds.</source>
        <translation>Judul kolom tidak semuanya dikenali: baris {row} dipakai sebagai baris judul. Pilih isi setiap kolom.</translation>
    </message>
    <message>
        <source>Header found on row {row}; the data starts under it.</source>
        <translation>Baris judul ditemukan di baris {row}; data dimulai di bawahnya.</translation>
    </message>
    <message>
        <source>The columns are set as at the last import of a file laid out like this one.</source>
        <translation>Kolom diatur seperti pada impor terakhir berkas dengan susunan yang sama.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Judul di berkas</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Isi baris-baris pertama</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimpor —</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to a room</source>
        <translation>Pindahkan ke ruangan</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>— no room —</source>
        <translation>— tanpa ruangan —</translation>
    </message>
    <message>
        <source>Destination room *</source>
        <translation>Ruangan tujuan *</translation>
    </message>
    <message>
        <source>Moved: {count} asset(s)</source>
        <translation>Dipindahkan: {count} barang</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Occupant moves out</source>
        <translation>Penghuni keluar</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Moved out on *</source>
        <translation>Tanggal keluar *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Alasan *</translation>
    </message>
</context>
<context>
    <name>NoMatchNote</name>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>No item matches &quot;{text}&quot; with the filters: {filters}.</source>
        <translation>Tidak ada barang yang cocok dengan &quot;{text}&quot; pada filter: {filters}.</translation>
    </message>
    <message>
        <source>No item matches &quot;{text}&quot;.</source>
        <translation>Tidak ada barang yang cocok dengan &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>No item matches the filters: {filters}.</source>
        <translation>Tidak ada barang yang cocok dengan filter: {filters}.</translation>
    </message>
</context>
<context>
    <name>OccupancyDialog</name>
    <message>
        <source>New occupant</source>
        <translation>Penghuni baru</translation>
    </message>
    <message>
        <source>e.g. Pembina Tk. I / IVb</source>
        <translation>mis. Pembina Tk. I / IVb</translation>
    </message>
    <message>
        <source>e.g. 032/145/UMUM/2026</source>
        <translation>mis. 032/145/UMUM/2026</translation>
    </message>
    <message>
        <source>Sekretaris Daerah Kabupaten Langkat</source>
        <translation>Sekretaris Daerah Kabupaten Langkat</translation>
    </message>
    <message numerus="yes">
        <source>Empty: {years} year(s) from the start</source>
        <translation>
            <numerusform>Kosong: {years} tahun sejak mulai berlaku</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Occupant&apos;s name *</source>
        <translation>Nama penghuni *</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Rank / grade</source>
        <translation>Pangkat / golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>SIP number *</source>
        <translation>Nomor SIP *</translation>
    </message>
    <message>
        <source>SIP date *</source>
        <translation>Tanggal SIP *</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Valid from *</source>
        <translation>Berlaku mulai *</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Sewa per bulan</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
</context>
<context>
    <name>OdometerDialog</name>
    <message>
        <source>Odometer replaced</source>
        <translation>Odometer diganti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Use this only when the odometer was replaced or reset: later readings are compared with the new reading instead of the old one.</source>
        <translation>Pakai ini hanya bila odometer diganti atau direset: catatan berikutnya dibandingkan dengan angka baru, bukan yang lama.</translation>
    </message>
    <message>
        <source>e.g. speedometer cable and meter replaced</source>
        <translation>mis. kabel dan meter speedometer diganti</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>New reading *</source>
        <translation>Angka baru *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Code + register</source>
        <translation>Kode + register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Merk/Type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Holder / status</source>
        <translation>Pemegang / status</translation>
    </message>
    <message>
        <source>from the numbering pattern in the settings</source>
        <translation>dari pola penomoran di Pengaturan</translation>
    </message>
    <message>
        <source>{count} item(s) chosen:</source>
        <translation>{count} barang dipilih:</translation>
    </message>
    <message>
        <source>lent</source>
        <translation>dipinjamkan</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>BAST number</source>
        <translation>Nomor BAST</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Saved with BAST number {number}.</source>
        <translation>Tersimpan dengan nomor BAST {number}.</translation>
    </message>
    <message>
        <source>Save the BAST as PDF</source>
        <translation>Simpan BAST sebagai PDF</translation>
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
        <translation>Koreksi pembayaran</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>{document}, valid until {date}</source>
        <translation>{document}, berlaku sampai {date}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Amount paid *</source>
        <translation>Jumlah dibayar *</translation>
    </message>
    <message>
        <source>Paid on *</source>
        <translation>Tanggal bayar *</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Service plan</source>
        <translation>Rencana servis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>e.g. Oil change</source>
        <translation>mis. Ganti oli</translation>
    </message>
    <message>
        <source>The service kind that restarts this plan when recorded</source>
        <translation>Jenis servis yang memulai ulang rencana ini bila dicatat</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Due at whichever comes first; leave one at — to use only the other.</source>
        <translation>Jatuh tempo pada mana yang lebih dulu; biarkan salah satu — untuk memakai yang lain saja.</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Service kind *</source>
        <translation>Jenis servis *</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Setiap</translation>
    </message>
    <message>
        <source>or every</source>
        <translation>atau setiap</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Disposal proposals</source>
        <translation>Usulan penghapusan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Dihapuskan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Value (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Kode dan register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From all RB items…</source>
        <translation>Dari semua barang RB…</translation>
    </message>
    <message>
        <source>A new proposal of every Rusak Berat item not proposed yet</source>
        <translation>Usulan baru berisi semua barang Rusak Berat yang belum diusulkan</translation>
    </message>
    <message>
        <source>Letter (PDF)…</source>
        <translation>Surat (PDF)…</translation>
    </message>
    <message>
        <source>Save the proposal letter and its list as a PDF</source>
        <translation>Simpan surat usulan beserta daftarnya sebagai PDF</translation>
    </message>
    <message>
        <source>Inspection…</source>
        <translation>Pemeriksaan…</translation>
    </message>
    <message>
        <source>Record the inspection team&apos;s berita acara</source>
        <translation>Catat berita acara tim pemeriksa</translation>
    </message>
    <message>
        <source>Decree…</source>
        <translation>SK…</translation>
    </message>
    <message>
        <source>Record the decree (SK) for the chosen items, or for every item still proposed when none is chosen: they are disposed of on its date</source>
        <translation>Catat SK untuk barang yang dipilih, atau untuk semua barang yang masih diusulkan bila tidak ada yang dipilih: barang dihapus pada tanggal SK</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tarik</translation>
    </message>
    <message>
        <source>Take the chosen items off the proposal (repaired, found again)</source>
        <translation>Keluarkan barang yang dipilih dari usulan (sudah diperbaiki, ditemukan kembali)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No proposal yet: choose items in the register and Propose for disposal.</source>
        <translation>Belum ada usulan: pilih barang di Daftar Aset lalu Usulkan penghapusan.</translation>
    </message>
    <message>
        <source>inspected: berita acara {number} of {date}</source>
        <translation>sudah diperiksa: berita acara {number} tanggal {date}</translation>
    </message>
    <message>
        <source>not inspected yet</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>{title} — {count} item(s) waiting for the decree; {inspected}.</source>
        <translation>{title} — {count} barang menunggu SK; {inspected}.</translation>
    </message>
    <message>
        <source>No item in condition Rusak Berat is waiting to be proposed.</source>
        <translation>Tidak ada barang Rusak Berat yang belum diusulkan.</translation>
    </message>
    <message>
        <source>Withdraw from the proposal</source>
        <translation>Tarik dari usulan</translation>
    </message>
    <message>
        <source>Take {count} item(s) off {title}? They may be proposed again later.</source>
        <translation>Keluarkan {count} barang dari {title}? Barang dapat diusulkan lagi nanti.</translation>
    </message>
    <message>
        <source>{done} of {count} item(s) withdrawn before the connection was lost. The rest:</source>
        <translation>{done} dari {count} barang sudah ditarik sebelum sambungan terputus. Sisanya:</translation>
    </message>
    <message>
        <source>Save the proposal letter</source>
        <translation>Simpan surat usulan</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>e.g. 030/45/BU/2026</source>
        <translation>mis. 030/45/BU/2026</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Alasan *</translation>
    </message>
    <message>
        <source>Propose for disposal</source>
        <translation>Usulkan penghapusan</translation>
    </message>
    <message>
        <source>{count} item(s) chosen. They stay in the register, marked as proposed, until the decree disposes of them.</source>
        <translation>{count} barang dipilih. Barang tetap dalam daftar, ditandai diusulkan, sampai SK menghapusnya.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Usulkan</translation>
    </message>
    <message>
        <source>Proposed for disposal: {count} item(s)</source>
        <translation>Diusulkan dihapus: {count} barang</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>{status}, proposed for disposal</source>
        <translation>{status}, diusulkan dihapus</translation>
    </message>
    <message>
        <source>Kode barang / register</source>
        <translation>Kode Barang / No. Register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama Barang</translation>
    </message>
    <message>
        <source>Merk/type</source>
        <translation>Merk/Tipe</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>Size/CC</source>
        <translation>Ukuran/CC</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>No. Seri</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor Polisi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Price (Rp)</source>
        <translation>Harga (Rp)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
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
Diusulkan dihapus: tetap dalam daftar sampai ada SK.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search name, code, register, merk, serial, plate, room, holder… (Ctrl+F)</source>
        <translation>Cari nama, kode, register, merk, no. seri, nomor polisi, ruangan, pemegang… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All KIB</source>
        <translation>Semua KIB</translation>
    </message>
    <message>
        <source>Code prefix, e.g. 1.3.2.10</source>
        <translation>Awalan kode, mis. 1.3.2.10</translation>
    </message>
    <message>
        <source>Any condition</source>
        <translation>Semua kondisi</translation>
    </message>
    <message>
        <source>Damaged (RR or RB)</source>
        <translation>Rusak (RR atau RB)</translation>
    </message>
    <message>
        <source>from any year</source>
        <translation>tahun: semua</translation>
    </message>
    <message>
        <source>to any year</source>
        <translation>s.d. tahun: semua</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Dalam daftar</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Dihapuskan</translation>
    </message>
    <message>
        <source>All, including disposed</source>
        <translation>Semua, termasuk yang dihapuskan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Pindahkan…</translation>
    </message>
    <message>
        <source>Condition…</source>
        <translation>Kondisi…</translation>
    </message>
    <message>
        <source>Dispose from the register…</source>
        <translation>Hapuskan dari daftar…</translation>
    </message>
    <message>
        <source>Propose for disposal…</source>
        <translation>Usulkan penghapusan…</translation>
    </message>
    <message>
        <source>Disposal proposals…</source>
        <translation>Usulan penghapusan…</translation>
    </message>
    <message>
        <source>Capitalise…</source>
        <translation>Kapitalisasi…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>Serah terima…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Pengembalian…</translation>
    </message>
    <message>
        <source>Loan (pinjam pakai)…</source>
        <translation>Pinjam pakai…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Label…</translation>
    </message>
    <message>
        <source>Import codes…</source>
        <translation>Impor kode…</translation>
    </message>
    <message>
        <source>Import assets…</source>
        <translation>Impor aset…</translation>
    </message>
    <message>
        <source>Record a disposal at once, without a proposal: for corrections by the Admin</source>
        <translation>Catat penghapusan langsung, tanpa usulan: untuk koreksi oleh Admin</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>Daftar Aset</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Semua ruangan</translation>
    </message>
    <message>
        <source>No asset of this office has this label.</source>
        <translation>Tidak ada aset kantor ini dengan label tersebut.</translation>
    </message>
    <message>
        <source>code {prefix}…</source>
        <translation>kode {prefix}…</translation>
    </message>
    <message>
        <source>from {year}</source>
        <translation>dari tahun {year}</translation>
    </message>
    <message>
        <source>to {year}</source>
        <translation>s.d. tahun {year}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <source>{count} asset(s) · {value}</source>
        <translation>
            <numerusform>{count} aset · {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Import the code table</source>
        <translation>Impor tabel kode barang</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.</source>
        <translation>Kode ditambahkan: {added}, diganti namanya: {renamed}, tidak berubah: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>{sheet}, row {row}, column {column}</source>
        <translation>{sheet}, baris {row}, kolom {column}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} dan {count} lainnya</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Ekspor laporan…</translation>
    </message>
    <message>
        <source>Save the problems as a workbook to correct the file row by row</source>
        <translation>Simpan daftar masalah sebagai buku kerja untuk memperbaiki berkas baris demi baris</translation>
    </message>
    <message>
        <source>Import the valid rows only</source>
        <translation>Impor baris yang valid saja</translation>
    </message>
    <message>
        <source>The rows with problems are left out; import them later from a corrected file</source>
        <translation>Baris yang bermasalah dilewati; impor nanti dari berkas yang sudah diperbaiki</translation>
    </message>
    <message>
        <source>⚠ Problems found: {count}. Correct them in the file and choose it again, or tick &quot;Import the valid rows only&quot; to leave those rows out for now.</source>
        <translation>⚠ Masalah ditemukan: {count}. Perbaiki di berkas lalu pilih lagi, atau centang &quot;Impor baris yang valid saja&quot; untuk melewati baris itu dahulu.</translation>
    </message>
    <message>
        <source>⚠ No problems, but values to confirm: {count}. Check them below; Import asks before it writes them as they are.</source>
        <translation>⚠ Tidak ada masalah, tetapi ada nilai yang perlu dipastikan: {count}. Periksa di bawah; Impor bertanya dahulu sebelum menuliskannya apa adanya.</translation>
    </message>
    <message>
        <source>✓ No problems. Everything in the file is already in the register.</source>
        <translation>✓ Tidak ada masalah. Semua isi berkas sudah ada di daftar.</translation>
    </message>
    <message>
        <source>✓ No problems found.</source>
        <translation>✓ Tidak ditemukan masalah.</translation>
    </message>
    <message>
        <source>Nothing is written yet. Import writes the rows in one go: either all of them go into the register, or none does.</source>
        <translation>Belum ada yang disimpan. Impor menyimpan semua baris sekaligus: semuanya masuk ke daftar, atau tidak satu pun.</translation>
    </message>
    <message>
        <source>✓ Imported. New items: {new} · updated: {updated} · unchanged: {unchanged}</source>
        <translation>✓ Diimpor. Barang baru: {new} · diperbarui: {updated} · tidak berubah: {unchanged}</translation>
    </message>
    <message>
        <source>The register shows them now. You may close this window.</source>
        <translation>Daftar Aset sudah menampilkannya. Jendela ini boleh ditutup.</translation>
    </message>
    <message>
        <source>Rows left out because of their problems: {count}. Export the report to correct them, then import the corrected file.</source>
        <translation>Baris yang dilewati karena bermasalah: {count}. Ekspor laporannya untuk memperbaikinya, lalu impor berkas yang sudah diperbaiki.</translation>
    </message>
    <message>
        <source>{file}: rows read: {rows} · new items: {new} · updated: {updated} · unchanged: {unchanged} · rows with problems: {bad}</source>
        <translation>{file}: baris dibaca: {rows} · barang baru: {new} · diperbarui: {updated} · tidak berubah: {unchanged} · baris bermasalah: {bad}</translation>
    </message>
    <message>
        <source>Values to confirm ({count}):</source>
        <translation>Nilai yang perlu dipastikan ({count}):</translation>
    </message>
    <message>
        <source>Rooms not in the register yet, created on import ({count}): {names}</source>
        <translation>Ruangan yang belum ada, dibuat saat impor ({count}): {names}</translation>
    </message>
    <message>
        <source>Holders not known yet, added on import ({count}): {names}</source>
        <translation>Pemegang yang belum dikenal, ditambahkan saat impor ({count}): {names}</translation>
    </message>
    <message>
        <source>{file} - problems.xlsx</source>
        <translation>{file} - masalah.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>Ekspor daftar masalah</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Tersimpan: {file}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>The report could not be saved ({reason}). If the file is open in Excel, close it and try again.</source>
        <translation>Laporan tidak dapat disimpan ({reason}). Jika berkasnya sedang terbuka di Excel, tutup lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>The reports the office hands in. Choose, then make the file.</source>
        <translation>Laporan yang diserahkan kantor. Pilih, lalu buat berkasnya.</translation>
    </message>
    <message>
        <source>Annual inventory workbook (KIB A–F, KIR, Buku Inventaris, Ekstrakomptabel, Rekapitulasi, Mutasi, Penyusutan)</source>
        <translation>Buku inventaris tahunan (KIB A–F, KIR, Buku Inventaris, Ekstrakomptabel, Rekapitulasi, Mutasi, Penyusutan)</translation>
    </message>
    <message>
        <source>One Excel workbook with every card and list of the year, as the BPKAD asks for it early in the next year. A large register takes a minute or two.</source>
        <translation>Satu buku kerja Excel berisi semua kartu dan daftar tahun itu, seperti yang diminta BPKAD pada awal tahun berikutnya. Daftar yang besar perlu satu sampai dua menit.</translation>
    </message>
    <message>
        <source>Position as of</source>
        <translation>Keadaan per</translation>
    </message>
    <message>
        <source>(otherwise 31 December of the year)</source>
        <translation>(jika tidak, 31 Desember tahun itu)</translation>
    </message>
    <message>
        <source>Make the inventory workbook…</source>
        <translation>Buat buku inventaris…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Regency recap (every unit)</source>
        <translation>Rekapitulasi kabupaten (semua unit)</translation>
    </message>
    <message>
        <source>A Rekapitulasi per KIB with a row per unit (count, value, accumulated depreciation, book value) for the year and position date above, and each unit&apos;s own inventory workbook in a folder beside it.</source>
        <translation>Rekapitulasi per KIB dengan satu baris per unit (jumlah, nilai perolehan, akumulasi penyusutan, nilai buku) untuk tahun dan tanggal posisi di atas, serta buku inventaris setiap unit dalam folder di sebelahnya.</translation>
    </message>
    <message>
        <source>Make the regency recap…</source>
        <translation>Buat rekapitulasi kabupaten…</translation>
    </message>
    <message>
        <source>Making the regency recap {year}…</source>
        <translation>Membuat rekapitulasi kabupaten {year}…</translation>
    </message>
    <message numerus="yes">
        <source>Making the regency recap {year}… {done} of {total} item(s)</source>
        <translation>
            <numerusform>Membuat rekapitulasi kabupaten {year}… {done} dari {total} barang</numerusform>
        </translation>
    </message>
    <message>
        <source>Regency recap {year} saved: {path}</source>
        <translation>Rekapitulasi kabupaten {year} disimpan: {path}</translation>
    </message>
    <message>
        <source>Regency recap</source>
        <translation>Rekapitulasi kabupaten</translation>
    </message>
    <message>
        <source>The regency recap {year} is saved, and each unit&apos;s workbook in the folder {folder}:</source>
        <translation>Rekapitulasi kabupaten {year} sudah disimpan, dan buku inventaris setiap unit di folder {folder}:</translation>
    </message>
    <message>
        <source>Import codes…</source>
        <translation>Impor kode…</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>dan {count} lainnya</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in this report (has/have) no name of (its/their) own in the code table: {codes}. (Its/Their) Rekapitulasi and Mutasi lines would have no name. Import the BPKAD&apos;s code table first.</source>
        <translation>
            <numerusform>%n kode dalam laporan ini belum punya nama sendiri di tabel kode barang: {codes}. Baris Rekapitulasi dan Mutasinya akan tanpa nama. Impor dulu tabel kode barang dari BPKAD.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the regency recap</source>
        <translation>Simpan rekapitulasi kabupaten</translation>
    </message>
    <message>
        <source>Save the inventory workbook</source>
        <translation>Simpan buku inventaris</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Making the inventory workbook {year}…</source>
        <translation>Menyusun buku inventaris {year}…</translation>
    </message>
    <message numerus="yes">
        <source>Making the inventory workbook {year}… {done} of {total} item(s)</source>
        <translation>
            <numerusform>Menyusun buku inventaris {year}… {done} dari {total} barang</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory workbook</source>
        <translation>Buku inventaris</translation>
    </message>
    <message>
        <source>Inventory workbook {year} saved: {path}</source>
        <translation>Buku inventaris {year} tersimpan: {path}</translation>
    </message>
    <message>
        <source>The inventory workbook {year} is saved:</source>
        <translation>Buku inventaris {year} sudah disimpan:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>ResidenceSettingsDialog</name>
    <message>
        <source>Residence settings</source>
        <translation>Pengaturan rumah dinas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>An SIP is valid for</source>
        <translation>SIP berlaku selama</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>Batas usia pensiun</translation>
    </message>
</context>
<context>
    <name>ResidencesPage</name>
    <message>
        <source>Search address or occupant (Ctrl+F)</source>
        <translation>Cari alamat atau penghuni (Ctrl+F)</translation>
    </message>
    <message>
        <source>All houses</source>
        <translation>Semua rumah</translation>
    </message>
    <message>
        <source>SIP ending or ended</source>
        <translation>SIP akan/sudah habis</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Choose a house on the left.</source>
        <translation>Pilih rumah di sebelah kiri.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Occupancy history</source>
        <translation>Riwayat penghunian</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Pemeliharaan</translation>
    </message>
    <message>
        <source>Official residences</source>
        <translation>Rumah Dinas</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Rumah</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>Penghuni</translation>
    </message>
    <message>
        <source>SIP until</source>
        <translation>SIP s.d.</translation>
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
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>living there</source>
        <translation>masih menghuni</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Kode dan register</translation>
    </message>
    <message>
        <source>Golongan / type</source>
        <translation>Golongan / tipe</translation>
    </message>
    <message>
        <source>Floor / land area</source>
        <translation>Luas bangunan / tanah</translation>
    </message>
    <message>
        <source>Building document</source>
        <translation>Dokumen bangunan</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
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
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Sewa per bulan</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Retires on</source>
        <translation>Pensiun pada</translation>
    </message>
    <message>
        <source>Current occupant</source>
        <translation>Penghuni sekarang</translation>
    </message>
    <message>
        <source>New occupant…</source>
        <translation>Penghuni baru…</translation>
    </message>
    <message>
        <source>Moves out…</source>
        <translation>Penghuni keluar…</translation>
    </message>
    <message>
        <source>House details…</source>
        <translation>Data rumah…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Maintenance…</source>
        <translation>Pemeliharaan…</translation>
    </message>
    <message>
        <source>Print SIP…</source>
        <translation>Cetak SIP…</translation>
    </message>
    <message>
        <source>SIP as PDF…</source>
        <translation>SIP sebagai PDF…</translation>
    </message>
    <message>
        <source>Occupancy history…</source>
        <translation>Riwayat penghunian…</translation>
    </message>
    <message>
        <source>Print the occupancy history of the house</source>
        <translation>Cetak riwayat penghunian rumah ini</translation>
    </message>
    <message>
        <source>Occupancy history as PDF…</source>
        <translation>Riwayat penghunian sebagai PDF…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Ekspor daftar…</translation>
    </message>
    <message>
        <source>Save the list of houses as an Excel workbook</source>
        <translation>Simpan daftar rumah dinas sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <source>Print the SIP of {name}, number {number}</source>
        <translation>Cetak SIP {name}, nomor {number}</translation>
    </message>
    <message>
        <source>Nobody has lived in this house yet: there is no SIP to print.</source>
        <translation>Rumah ini belum pernah dihuni: tidak ada SIP untuk dicetak.</translation>
    </message>
    <message>
        <source>The house is vacant: choose an occupancy in the Occupancy history tab to print its SIP.</source>
        <translation>Rumah ini kosong: pilih penghunian di tab Riwayat penghunian untuk mencetak SIP-nya.</translation>
    </message>
    <message>
        <source>New occupant</source>
        <translation>Penghuni baru</translation>
    </message>
    <message>
        <source>{name} lives there: record the move-out first.</source>
        <translation>{name} masih menghuni: catat dulu kepindahannya.</translation>
    </message>
    <message>
        <source>Photo of the house</source>
        <translation>Foto rumah</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Gambar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Save the SIP</source>
        <translation>Simpan SIP</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the occupancy history</source>
        <translation>Simpan riwayat penghunian</translation>
    </message>
    <message>
        <source>Export the list of houses</source>
        <translation>Ekspor daftar rumah dinas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return from the holder (BAST)</source>
        <translation>Pengembalian dari pemegang (BAST)</translation>
    </message>
    <message>
        <source>Condition on return *</source>
        <translation>Kondisi saat dikembalikan *</translation>
    </message>
    <message>
        <source>Save and print BAST…</source>
        <translation>Simpan dan cetak BAST…</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>Ruangan baru</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. projector, sound system, AC</source>
        <translation>mis. proyektor, pengeras suara, AC</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <source>Room code *</source>
        <translation>Kode ruangan *</translation>
    </message>
    <message>
        <source>Room name *</source>
        <translation>Nama ruangan *</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Lantai</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Kapasitas (orang)</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>NIP of the person responsible</source>
        <translation>NIP penanggung jawab</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Lantai</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah barang</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Show its assets</source>
        <translation>Tampilkan asetnya</translation>
    </message>
    <message>
        <source>Room card (KIR)…</source>
        <translation>Kartu Inventaris Ruangan (KIR)…</translation>
    </message>
    <message>
        <source>Save the room card as an Excel workbook (Ctrl+E)</source>
        <translation>Simpan KIR sebagai buku kerja Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Buildings…</source>
        <translation>Gedung…</translation>
    </message>
    <message>
        <source>Saving the room card…</source>
        <translation>Menyimpan kartu inventaris ruangan (KIR)…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Room card</source>
        <translation>Kartu Inventaris Ruangan (KIR)</translation>
    </message>
    <message>
        <source>Choose a room first.</source>
        <translation>Pilih ruangan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Save the room card</source>
        <translation>Simpan KIR</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Room card saved: {path}</source>
        <translation>KIR telah disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation>Catat servis</translation>
    </message>
    <message>
        <source>Correct a service</source>
        <translation>Koreksi servis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>e.g. Auto2000 Medan</source>
        <translation>mis. Auto2000 Medan</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Tanggal *</translation>
    </message>
    <message>
        <source>Odometer *</source>
        <translation>Odometer *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Jenis *</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Bengkel</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor kuitansi</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Suku cadang</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Langkat</source>
        <translation>mis. Langkat</translation>
    </message>
    <message>
        <source>e.g. Stabat</source>
        <translation>mis. Stabat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Regency name *</source>
        <translation>Nama kabupaten *</translation>
    </message>
    <message>
        <source>City (place of signing) *</source>
        <translation>Kota (tempat penandatanganan) *</translation>
    </message>
    <message>
        <source>Logo (PNG)</source>
        <translation>Logo (PNG)</translation>
    </message>
    <message>
        <source>Report paper</source>
        <translation>Kertas laporan</translation>
    </message>
    <message>
        <source>e.g. Sumatera Utara</source>
        <translation>mis. Sumatera Utara</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>e.g. Sekretaris Daerah</source>
        <translation>mis. Sekretaris Daerah</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>Signatory of the SIP (official residences)</source>
        <translation>Penanda tangan SIP (rumah dinas)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit and signatories</source>
        <translation>Unit kerja dan penanda tangan</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>Nama unit kerja *</translation>
    </message>
    <message>
        <source>Kode lokasi</source>
        <translation>Kode Lokasi</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>Nama kepala</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <source>Pengurus Barang</source>
        <translation>Pengurus Barang</translation>
    </message>
    <message>
        <source>NIP of the Pengurus Barang</source>
        <translation>NIP Pengurus Barang</translation>
    </message>
    <message>
        <source>shown under the letterhead</source>
        <translation>tampil di bawah kop surat</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Alamat kantor</translation>
    </message>
    <message>
        <source>{seq}: the year&apos;s next number (e.g. {seq:03d} for 001), {year}: the year</source>
        <translation>{seq}: nomor urut berikutnya tahun itu (mis. {seq:03d} untuk 001), {year}: tahunnya</translation>
    </message>
    <message>
        <source>BAST number pattern</source>
        <translation>Pola nomor BAST</translation>
    </message>
    <message>
        <source>Header block of the cards (empty lines are left out)</source>
        <translation>Blok kepala kartu (baris kosong tidak dicetak)</translation>
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
        <translation>Batas kapitalisasi (Rp)</translation>
    </message>
    <message>
        <source>Equipment and machines</source>
        <translation>Peralatan dan mesin</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Awalan kode</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Useful life by code prefix (years)</source>
        <translation>Masa manfaat menurut awalan kode (tahun)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>This PC uses {url}. To use another database, start Inventaris with --db URL or run: inventaris --db URL set-db</source>
        <translation>PC ini menggunakan {url}. Untuk memakai basis data lain, jalankan Inventaris dengan --db URL atau jalankan: inventaris --db URL set-db</translation>
    </message>
    <message>
        <source>Your role can read these settings; only an Admin can change them.</source>
        <translation>Peran Anda hanya dapat membaca pengaturan ini; hanya Admin yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Reload and lose the changes you have not saved?</source>
        <translation>Muat ulang dan buang perubahan yang belum disimpan?</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan telah disimpan.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>belum ada logo</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>Start a stock-take</source>
        <translation>Mulai inventarisasi</translation>
    </message>
    <message>
        <source>Change the stock-take</source>
        <translation>Ubah inventarisasi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>e.g. 030/123/BU/{year}</source>
        <translation>mis. 030/123/BU/{year}</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Decree (SK) number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>Decree date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Starts on *</source>
        <translation>Mulai *</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan dalam tim</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>All rooms (and the items outside rooms)</source>
        <translation>Semua ruangan (dan barang di luar ruangan)</translation>
    </message>
    <message>
        <source>Chosen rooms:</source>
        <translation>Ruangan terpilih:</translation>
    </message>
    <message>
        <source>All KIBs</source>
        <translation>Semua KIB</translation>
    </message>
    <message>
        <source>Chosen KIBs:</source>
        <translation>KIB terpilih:</translation>
    </message>
    <message>
        <source>Rooms: tick at least one room.</source>
        <translation>Ruangan: centang sedikitnya satu ruangan.</translation>
    </message>
    <message>
        <source>KIB: tick at least one KIB.</source>
        <translation>KIB: centang sedikitnya satu KIB.</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Scan</source>
        <translation>Pindai</translation>
    </message>
    <message>
        <source>The result of each scan shows here.</source>
        <translation>Hasil setiap pindaian tampil di sini.</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Inventarisasi</translation>
    </message>
    <message>
        <source>Stock-take:</source>
        <translation>Inventarisasi:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Dicek</translation>
    </message>
    <message>
        <source>{checked} of {expected} item(s) checked</source>
        <translation>{checked} dari {expected} barang dicek</translation>
    </message>
    <message>
        <source>Misplaced</source>
        <translation>Salah ruang</translation>
    </message>
    <message>
        <source>{count} item(s) of other rooms found here</source>
        <translation>{count} barang dari ruangan lain ditemukan di sini</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>pindai</translation>
    </message>
    <message>
        <source>✓ in {place} ({how})</source>
        <translation>✓ di {place} ({how})</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Kode dan register</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Brand / type</source>
        <translation>Merk / tipe</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Tercatat di</translation>
    </message>
    <message>
        <source>Recorded condition</source>
        <translation>Kondisi tercatat</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Kondisi diamati</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>⚠ two rooms</source>
        <translation>⚠ dua ruangan</translation>
    </message>
    <message>
        <source>Scanned in two rooms: settle where it belongs.</source>
        <translation>Dipindai di dua ruangan: tetapkan tempat seharusnya.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Dipindai</translation>
    </message>
    <message>
        <source>(to describe)</source>
        <translation>(perlu dijelaskan)</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Kode barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Taksiran nilai</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <source>KIR: {count}</source>
        <translation>KIR: {count}</translation>
    </message>
    <message>
        <source>From elsewhere: {count}</source>
        <translation>Dari ruangan lain: {count}</translation>
    </message>
    <message>
        <source>Not recorded: {count}</source>
        <translation>Belum tercatat: {count}</translation>
    </message>
    <message>
        <source>Start a stock-take…</source>
        <translation>Mulai inventarisasi…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Change the name, decree, dates, team or scope</source>
        <translation>Ubah nama, SK, tanggal, tim, atau cakupan</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Finish the count: every item not checked is recorded as not found</source>
        <translation>Selesaikan penghitungan: setiap barang yang belum dicek dicatat tidak ditemukan</translation>
    </message>
    <message>
        <source>Follow-ups…</source>
        <translation>Tindak lanjut…</translation>
    </message>
    <message>
        <source>Move, record the condition, register, propose for disposal: one by one</source>
        <translation>Pindahkan, catat kondisi, daftarkan, usulkan penghapusan: satu per satu</translation>
    </message>
    <message>
        <source>Save report (.xlsx)…</source>
        <translation>Simpan laporan (.xlsx)…</translation>
    </message>
    <message>
        <source>Berita acara (PDF)…</source>
        <translation>Berita acara (PDF)…</translation>
    </message>
    <message>
        <source>The Berita Acara Inventarisasi with the recap and the lists, as a PDF</source>
        <translation>Berita Acara Inventarisasi beserta rekap dan daftar-daftarnya, sebagai PDF</translation>
    </message>
    <message>
        <source>{name} started.</source>
        <translation>{name} dimulai.</translation>
    </message>
    <message>
        <source>{name} finished.</source>
        <translation>{name} diselesaikan.</translation>
    </message>
    <message>
        <source>Tick by hand</source>
        <translation>Centang manual</translation>
    </message>
    <message>
        <source>The chosen item is here but has no readable label</source>
        <translation>Barang yang dipilih ada di sini tetapi labelnya tidak terbaca</translation>
    </message>
    <message>
        <source>Answers…</source>
        <translation>Jawaban…</translation>
    </message>
    <message>
        <source>Lost or not found, condition, wrong data, used by, recorded twice (F2)</source>
        <translation>Hilang atau tidak ditemukan, kondisi, data salah, pemakai, tercatat ganda (F2)</translation>
    </message>
    <message>
        <source>Unrecorded item…</source>
        <translation>Tak tercatat…</translation>
    </message>
    <message>
        <source>An item found here that the register does not have</source>
        <translation>Barang yang ditemukan di sini tetapi tidak ada di daftar</translation>
    </message>
    <message>
        <source>Take back the tick</source>
        <translation>Batalkan centang</translation>
    </message>
    <message>
        <source>Take back the scans and ticks of the chosen item in this room</source>
        <translation>Batalkan pindaian dan centang barang yang dipilih di ruangan ini</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Hapus temuan</translation>
    </message>
    <message>
        <source>Remove a finding noted by mistake</source>
        <translation>Hapus temuan yang tercatat karena keliru</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Tutup ruangan</translation>
    </message>
    <message>
        <source>The count of this room is over: what is not checked is not found</source>
        <translation>Penghitungan ruangan ini selesai: yang belum dicek dianggap tidak ditemukan</translation>
    </message>
    <message>
        <source>open since {date}</source>
        <translation>berjalan sejak {date}</translation>
    </message>
    <message>
        <source>finished {date}</source>
        <translation>selesai {date}</translation>
    </message>
    <message>
        <source>No stock-take yet. Start one with Start a stock-take… (Ctrl+N): the team then scans the labels room by room.</source>
        <translation>Belum ada inventarisasi. Mulai dengan Mulai inventarisasi… (Ctrl+N): tim lalu memindai label ruangan demi ruangan.</translation>
    </message>
    <message>
        <source>No stock-take yet.</source>
        <translation>Belum ada inventarisasi.</translation>
    </message>
    <message>
        <source>Decree {number}</source>
        <translation>SK {number}</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>tanggal {date}</translation>
    </message>
    <message numerus="yes">
        <source>team of {count}: {name} ({role})</source>
        <translation>
            <numerusform>tim {count} orang: {name} ({role})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen room(s)</source>
        <translation>
            <numerusform>{count} ruangan terpilih</numerusform>
        </translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>semua ruangan</translation>
    </message>
    <message>
        <source>all KIBs</source>
        <translation>semua KIB</translation>
    </message>
    <message>
        <source>finished on {date} by {user}</source>
        <translation>diselesaikan {date} oleh {user}</translation>
    </message>
    <message>
        <source>Start a stock-take first.</source>
        <translation>Mulai inventarisasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose a room on the left.</source>
        <translation>Pilih ruangan di sebelah kiri.</translation>
    </message>
    <message>
        <source>{checked} of {expected} checked</source>
        <translation>{checked} dari {expected} dicek</translation>
    </message>
    <message numerus="yes">
        <source>{count} from other rooms</source>
        <translation>
            <numerusform>{count} dari ruangan lain</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Only the Pengurus Barang and the Admin count.</source>
        <translation>Hanya Pengurus Barang dan Admin yang menghitung.</translation>
    </message>
    <message>
        <source>This stock-take is finished.</source>
        <translation>Inventarisasi ini sudah selesai.</translation>
    </message>
    <message>
        <source>Scan a label here (or type its code and press Enter) — F8</source>
        <translation>Pindai label di sini (atau ketik kodenya lalu tekan Enter) — F8</translation>
    </message>
    <message>
        <source>Choose an open stock-take and a room first.</source>
        <translation>Pilih inventarisasi yang berjalan dan ruangannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>kept as a finding: describe it under Not recorded</source>
        <translation>disimpan sebagai temuan: jelaskan di Belum tercatat</translation>
    </message>
    <message>
        <source>the register has it in {place}</source>
        <translation>menurut daftar ada di {place}</translation>
    </message>
    <message>
        <source>scanned before in {place}; both are kept</source>
        <translation>sudah dipindai di {place}; keduanya disimpan</translation>
    </message>
    <message>
        <source>counted once</source>
        <translation>dihitung sekali</translation>
    </message>
    <message>
        <source>disposed of on {date}</source>
        <translation>dihapuskan pada {date}</translation>
    </message>
    <message>
        <source>A stock-take is open: finish it before starting another.</source>
        <translation>Masih ada inventarisasi yang berjalan: selesaikan dahulu sebelum memulai yang lain.</translation>
    </message>
    <message>
        <source>Start a stock-take (Ctrl+N)</source>
        <translation>Mulai inventarisasi (Ctrl+N)</translation>
    </message>
    <message>
        <source>The check of {item} in this room is taken back.</source>
        <translation>Centang {item} di ruangan ini dibatalkan.</translation>
    </message>
    <message>
        <source>{item} was not checked in this room: nothing to take back.</source>
        <translation>{item} belum dicek di ruangan ini: tidak ada yang dibatalkan.</translation>
    </message>
    <message>
        <source>Item not in the register</source>
        <translation>Barang tak tercatat</translation>
    </message>
    <message>
        <source>This item has been registered: change it in the asset register.</source>
        <translation>Barang ini sudah didaftarkan: ubah di Daftar Aset.</translation>
    </message>
    <message>
        <source>Remove {what} from the findings of this room?</source>
        <translation>Hapus {what} dari temuan ruangan ini?</translation>
    </message>
    <message numerus="yes">
        <source>Close the count of {room}? {count} item(s) not checked will be recorded as not found. A later scan still finds an item.</source>
        <translation>
            <numerusform>Tutup penghitungan {room}? {count} barang yang belum dicek akan dicatat tidak ditemukan. Pindaian sesudahnya tetap menemukan barang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{room} is closed: {count} item(s) not found.</source>
        <translation>
            <numerusform>{room} ditutup: {count} barang tidak ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the stock-take</source>
        <translation>Selesaikan inventarisasi</translation>
    </message>
    <message numerus="yes">
        <source>Finish {name}? {found} of {expected} item(s) were found; the {count} not checked will be recorded as not found, and no more scans are taken.</source>
        <translation>
            <numerusform>Selesaikan {name}? {found} dari {expected} barang ditemukan; {count} yang belum dicek akan dicatat tidak ditemukan, dan pindaian tidak diterima lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the stock-take report</source>
        <translation>Simpan laporan inventarisasi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Save the berita acara</source>
        <translation>Simpan berita acara</translation>
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
        <translation>Templat label sendiri</translation>
    </message>
    <message>
        <source>e.g. tom-jerry-103</source>
        <translation>mis. tom-jerry-103</translation>
    </message>
    <message>
        <source>Short name *</source>
        <translation>Nama singkat *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Lebar halaman</translation>
    </message>
    <message>
        <source>Page height</source>
        <translation>Tinggi halaman</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Margin kiri</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Margin atas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Lebar label</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Tinggi label</translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation>Jarak antarkolom</translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation>Jarak antarbaris</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>UnitColumn</name>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Ubah unit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Digits separated by dots: owner, province, regency, bidang, unit, sub-unit, UPB</source>
        <translation>Angka dipisah titik: pemilik, provinsi, kabupaten/kota, bidang, unit, sub unit, UPB</translation>
    </message>
    <message>
        <source>e.g. Dinas Pendidikan</source>
        <translation>mis. Dinas Pendidikan</translation>
    </message>
    <message>
        <source>— none: an OPD of its own —</source>
        <translation>— tidak ada: OPD sendiri —</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas Pendidikan</source>
        <translation>mis. Kepala Dinas Pendidikan</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>In use (users can work in it)</source>
        <translation>Dipakai (pengguna dapat bekerja di dalamnya)</translation>
    </message>
    <message>
        <source>Kode lokasi *</source>
        <translation>Kode lokasi *</translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation>Nama unit *</translation>
    </message>
    <message>
        <source>Parent unit (for a UPB)</source>
        <translation>Unit induk (untuk UPB)</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <source>Name of the head</source>
        <translation>Nama kepala</translation>
    </message>
    <message>
        <source>NIP of the head</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <source>Pengurus Barang</source>
        <translation>Pengurus Barang</translation>
    </message>
    <message>
        <source>NIP of the Pengurus Barang</source>
        <translation>NIP Pengurus Barang</translation>
    </message>
</context>
<context>
    <name>UnitPickerDialog</name>
    <message>
        <source>Switch unit</source>
        <translation>Ganti unit</translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation>Pilih unit</translation>
    </message>
    <message>
        <source>Everything the window shows and saves will be of the unit chosen.</source>
        <translation>Semua yang ditampilkan dan disimpan jendela ini akan milik unit yang dipilih.</translation>
    </message>
    <message>
        <source>Your account works in several units. Choose the one to work in now; Account › Switch unit… changes it later.</source>
        <translation>Akun Anda bekerja di beberapa unit. Pilih unit tempat Anda bekerja sekarang; Akun › Ganti unit… menggantinya nanti.</translation>
    </message>
    <message>
        <source>Search by name or kode lokasi</source>
        <translation>Cari menurut nama atau kode lokasi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Work in this unit</source>
        <translation>Bekerja di unit ini</translation>
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
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kepala</translation>
    </message>
    <message>
        <source>Pengurus Barang</source>
        <translation>Pengurus Barang</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>tidak dipakai</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <source>Add an OPD or a UPB with its kode lokasi</source>
        <translation>Tambah OPD atau UPB dengan kode lokasinya</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Edit the selected unit (Enter)</source>
        <translation>Ubah unit yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Each unit (OPD, or a UPB under one) keeps its own register, rooms, vehicles and signatories. Assign users to units on the Accounts tab.</source>
        <translation>Setiap unit (OPD, atau UPB di bawahnya) memiliki daftar aset, ruangan, kendaraan, dan penandatangan sendiri. Tugaskan pengguna ke unit pada tab Akun.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Ubah pengguna</translation>
    </message>
    <message>
        <source>18 digits, optional</source>
        <translation>18 digit, boleh dikosongkan</translation>
    </message>
    <message>
        <source>Account may log in</source>
        <translation>Akun boleh masuk</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>&amp;Nama pengguna *</translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation>Nama &amp;lengkap *</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Peran *</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Kata sandi *</translation>
    </message>
    <message>
        <source>Repeat password *</source>
        <translation>Ulangi kata sandi *</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Works in the &amp;units</source>
        <translation>Bekerja di &amp;unit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>An Admin and the BPKAD work in every unit.</source>
        <translation>Admin dan BPKAD bekerja di semua unit.</translation>
    </message>
    <message>
        <source>Tick at least one unit the user works in.</source>
        <translation>Centang sedikitnya satu unit tempat pengguna bekerja.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>all units</source>
        <translation>semua unit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>terkunci sampai {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add a user (Ctrl+N)</source>
        <translation>Tambah pengguna (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Edit the selected user (Enter or F2)</source>
        <translation>Ubah pengguna yang dipilih (Enter atau F2)</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Atur kata sandi…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Search by user, data, action or record</source>
        <translation>Cari menurut pengguna, data, tindakan, atau ID data</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message numerus="yes">
        <source>{count} entr(y/ies)</source>
        <translation>
            <numerusform>{count} entri</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>No values were changed.</source>
        <translation>Tidak ada nilai yang berubah.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Atur kata sandi</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>Kata sandi baru untuk {name}:</translation>
    </message>
    <message>
        <source>The password was set.</source>
        <translation>Kata sandi telah diatur.</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Search plate, type, holder or driver (Ctrl+F)</source>
        <translation>Cari nomor polisi, tipe, pemegang atau pengemudi (Ctrl+F)</translation>
    </message>
    <message>
        <source>All vehicles</source>
        <translation>Semua kendaraan</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Pool vehicles</source>
        <translation>Kendaraan pool</translation>
    </message>
    <message>
        <source>Including disposed</source>
        <translation>Termasuk yang dihapuskan</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Choose a vehicle on the left.</source>
        <translation>Pilih kendaraan di sebelah kiri.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Plans and documents</source>
        <translation>Rencana dan dokumen</translation>
    </message>
    <message>
        <source>Fix a typing mistake in the chosen record (Enter)</source>
        <translation>Perbaiki salah ketik pada catatan yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Delete a wrong record…</source>
        <translation>Hapus catatan yang salah…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Nomor Polisi</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Holder / driver</source>
        <translation>Pemegang / pengemudi</translation>
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
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Estimated from the average daily distance</source>
        <translation>Perkiraan dari jarak tempuh rata-rata per hari</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>{what} at {due} (now {now})</source>
        <translation>{what} pada {due} (sekarang {now})</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servis</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>BBM</translation>
    </message>
    <message>
        <source>Odometer replaced</source>
        <translation>Odometer diganti</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>berlaku s.d. {date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>Liter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Code and register</source>
        <translation>Kode dan register</translation>
    </message>
    <message>
        <source>Make / type</source>
        <translation>Merk / tipe</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>Nomor rangka</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Nomor mesin</translation>
    </message>
    <message>
        <source>BPKB number</source>
        <translation>Nomor BPKB</translation>
    </message>
    <message>
        <source>Previous plate</source>
        <translation>Nomor polisi lama</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>Roda</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pengemudi</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Fuel, last 12 months</source>
        <translation>BBM, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>km per litre</source>
        <translation>km per liter</translation>
    </message>
    <message>
        <source>Fuel cost per km</source>
        <translation>Biaya BBM per km</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Setiap</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Jatuh tempo berikut</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Sudah diperpanjang</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>Tambah rencana…</translation>
    </message>
    <message>
        <source>Stop plan</source>
        <translation>Hentikan rencana</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Tambah dokumen…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Perpanjang…</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Koreksi catatan</translation>
    </message>
    <message>
        <source>An odometer replacement cannot be corrected: delete it (with the reason) and record it again.</source>
        <translation>Penggantian odometer tidak dapat dikoreksi: hapus (dengan alasannya) lalu catat lagi.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>Fix a typing mistake in the document&apos;s date or number</source>
        <translation>Perbaiki salah ketik pada tanggal atau nomor dokumen</translation>
    </message>
    <message>
        <source>Service plans</source>
        <translation>Rencana servis</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message numerus="yes">
        <source>{months} month(s)</source>
        <translation>
            <numerusform>{months} bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} vehicle(s)</source>
        <translation>
            <numerusform>{shown} dari {total} kendaraan</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>Service…</source>
        <translation>Servis…</translation>
    </message>
    <message>
        <source>Fuel…</source>
        <translation>BBM…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Data kendaraan…</translation>
    </message>
    <message>
        <source>Odometer replaced…</source>
        <translation>Odometer diganti…</translation>
    </message>
    <message>
        <source>Print history…</source>
        <translation>Cetak riwayat…</translation>
    </message>
    <message>
        <source>Save history as PDF…</source>
        <translation>Simpan riwayat sebagai PDF…</translation>
    </message>
    <message>
        <source>Cost report…</source>
        <translation>Laporan biaya…</translation>
    </message>
    <message>
        <source>Vehicles ({count})</source>
        <translation>Kendaraan ({count})</translation>
    </message>
    <message>
        <source>Needs attention ({count})</source>
        <translation>Perlu perhatian ({count})</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>dihapuskan</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Dipegang pejabat</translation>
    </message>
    <message>
        <source>{km} on {date}</source>
        <translation>{km} pada {date}</translation>
    </message>
    <message>
        <source> · about {km} a day</source>
        <translation> · sekitar {km} per hari</translation>
    </message>
    <message>
        <source>Spending per month, {year}</source>
        <translation>Biaya per bulan, {year}</translation>
    </message>
    <message>
        <source>Choose a vehicle first.</source>
        <translation>Pilih kendaraan dulu.</translation>
    </message>
    <message>
        <source>Stop the plan “{name}”? It will no longer raise reminders.</source>
        <translation>Hentikan rencana “{name}”? Rencana ini tidak akan mengingatkan lagi.</translation>
    </message>
    <message>
        <source>Save the vehicle history</source>
        <translation>Simpan riwayat kendaraan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Vehicle history saved: {path}</source>
        <translation>Riwayat kendaraan disimpan: {path}</translation>
    </message>
    <message>
        <source>Delete a wrong record</source>
        <translation>Hapus catatan yang salah</translation>
    </message>
    <message>
        <source>Delete the record of {date} ({km})? Why:</source>
        <translation>Hapus catatan tanggal {date} ({km})? Alasannya:</translation>
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
        <translation>Semua {count} unit</translation>
    </message>
    <message>
        <source>Kode lokasi {code}</source>
        <translation>Kode lokasi {code}</translation>
    </message>
</context>
</TS>
