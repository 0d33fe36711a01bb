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
        <source>number of assets (≤ 100000)</source>
        <translation>jumlah aset (≤ 100000)</translation>
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
        <source>Backup before upgrading: {path}</source>
        <translation>Cadangan sebelum pembaruan: {path}</translation>
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
        <source>{url} is at schema {revision}.</source>
        <translation>{url} menggunakan skema {revision}.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Basis data: {url}</translation>
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
        <source>Nothing needs attention right now.</source>
        <translation>Saat ini tidak ada yang perlu perhatian.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Jatuh tempo dalam 7 hari</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Jatuh tempo dalam 30 hari</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
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
    <name>Engine</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
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
        <source>The database server for {url} does not answer or refused the login. Check the address, user and password, and that the server is running.</source>
        <translation>Server basis data untuk {url} tidak menjawab atau menolak login. Periksa alamat, nama pengguna, dan kata sandi, serta pastikan server sedang berjalan.</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong; the details are written to {path}. Please tell your Admin.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Rinciannya dicatat di {path}. Mohon sampaikan kepada Admin.</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
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
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Inventaris</source>
        <translation>&amp;Tentang Inventaris</translation>
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
        <source>About Inventaris</source>
        <translation>Tentang Inventaris</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inventaris {version}&lt;/b&gt;&lt;br&gt;Asset register, labels, vehicles, meeting rooms and official residences for the Bagian Umum of a regency office.</source>
        <translation>&lt;b&gt;Inventaris {version}&lt;/b&gt;&lt;br&gt;Daftar Aset, label, kendaraan, ruang rapat, dan rumah dinas untuk Bagian Umum kantor pemerintah kabupaten.</translation>
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
        <source>18 digits</source>
        <translation>18 digit</translation>
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
        <source>Capitalisation thresholds (Rp)</source>
        <translation>Batas kapitalisasi (Rp)</translation>
    </message>
    <message>
        <source>Equipment and machines</source>
        <translation>Peralatan dan mesin</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gedung dan bangunan</translation>
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
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
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
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entri</translation>
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
</TS>
