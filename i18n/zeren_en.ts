<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Please sign in to see this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not available while the database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot open this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRole</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader (approver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 50 characters and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators and auditors work at county level; they cannot be limited to one township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts; ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until {until} (UTC), or until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts work only in the demo database they were made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator: keep the role and the account active, or make another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre chosen for this account is no longer in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password was used recently; choose one not among the last {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;User accounts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person signs in with their own account. Roles decide what an account may do; a township account sees only its township&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorForm</name>
    <message>
        <source>This database has no user accounts yet. Create the system administrator&apos;s account: the administrator then creates the accounts of the clerks, reviewers, leaders and the auditor. Keep the password safe; nobody can read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the name of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>Create the system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>{number}: answer to an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {name} (answer due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Read-only, you can look at every record and print, but not change anything.

Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted. Enter its passphrase to open it.

Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Check it (and the keyboard&apos;s language and Caps Lock) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be copied: {reason}

The program goes on with the database at {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to this computer and the program now works on the copy:

{new}

The original at {old} was left unchanged; keep it as a spare copy or delete it once you have checked the copy. The program opens the copy from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

{reason}

Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on removable media ({location}). Pulling the stick or card while the program runs can destroy records. Move it to this computer&apos;s disk; keep only backups on removable media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on a network share ({location}). A dropped connection in the middle of saving can destroy records. Move it to this computer&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>{number}: appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the window until {date} (regulation {id}); execution continues during the appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppellant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heard by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealOutcome</name>
    <message>
        <source>Decision upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assess</name>
    <message>
        <source>{field}: unknown field (known fields: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a non-empty text is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: true or false is expected, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a list is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {clause} is not a clause of any known regulation (known: {known}; a clause id looks like hubei-2016/6.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {clause} is not a mitigating, aggravating or exemption ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {clause} is not a circumstance for which one is held accountable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {clause} is a whole article; name one of its items ({first} to {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: an object is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a role is given for cadres only, not for a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a text is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: party_probation is decided, so the probation period (12 or 24 months) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a whole number of 0 or more is expected, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the case must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} is not a known regulation (known: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the decision ({decision}) cannot come before the conduct ({conduct}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at least one subject is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the id {value} is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject {id}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the determination a title, e.g. the case&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no regulation {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective leadership responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary leadership responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important leadership responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leadership responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter, within the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced, one band down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavier, within the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggravated, one band up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal leader (first responsible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline commission leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee (leading group) team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline commission team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, art. {article}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, art. {article} para. {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, art. {article} item ({item})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct: {conduct}; decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual inquiry (一案双查): required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual inquiry (一案双查): not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} (severity given: {severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible ({grounds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure}: {months} months, until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;excellent&apos; rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: 0 of {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto: the unit ranks last whatever its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No veto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s share is between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over {n} members {percent}% of {points}: {got} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × {per} = {raw}, at most {points}: {got} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} shortfalls × {per} = {lost} deducted from {points}, not below {floor}: {got} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus {n} × {per}, at most {cap}: {got} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no item {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item needs a code of at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} needs a category and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} has a text longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code}: points are between 0 and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} needs its full points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} needs the points per occurrence or shortfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus item {code} needs the most it can add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code}: the floor is above the full points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code}: the automatic figure it uses cannot be scored by this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped indicator sheet {file} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking rule: units without a one-vote veto rank before vetoed ones, then the higher total first; on equal totals the higher subtotal of the sheet&apos;s first category decides, then of the second, and so on; units still equal share the rank (1, 2, 2, 4) and are listed by name. The last {n} (and any tied with the last of them) are proposed for a talk with their principal leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of {unit} for {year} is locked and never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment of {unit} for {year} is {status}; this needs one that is {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only townships and county departments are assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, quarter {quarter} of {year}: missing {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, quarter {quarter} of {year}: every must-record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of the unit&apos;s Party committee team is on record for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over {n} team members: {percent}% of their quarters have every must-record kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {number} of {holder}: signed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {number} of {holder}: not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} lists of {year} were not signed by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} {title}: every stage deadline met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} {title}: stage &quot;{stage}&quot; due {due}, left on {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} {title}: stage &quot;{stage}&quot; due {due}, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} cases handled in {year} were past a stage deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue {number} ({names}) received {date}: concluded on {concluded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue {number} ({names}) received {date}: not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} clues received in {year} are not concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} talks held in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection of {date}, {what}: due {due}, done {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection of {date}, {what}: due {due}, not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} rectifications of {year}&apos;s inspections were not done by their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is scored by a whole number of occurrences or shortfalls from 0 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is scored by each member&apos;s share, from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is computed from the records; it cannot be entered by hand (refresh the automatic figures instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on item {code} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is scored as met or not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code}: {points} points are deducted. Say why in the comment: a deduction is explained on the score sheet and checked at review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is not met, so its {points} points are lost. Say why in the comment: it is printed on the score sheet and checked at review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} vetoes the unit, which then ranks last whatever its score. Say why in the comment: it is printed on the score sheet and checked at review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} has not begun; it cannot be assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You scored this unit yourself; another reviewer must review it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is not scored yet; every item is scored before the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the scoring goes back to the assessor; the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialogs</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base {base} + bonus {bonus} = total {total} of {full}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-vote veto: the unit ranks last whatever its score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;core…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the selected unit: the figures from the records, then the assessor&apos;s items (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the scores or send them back (a reviewer other than the assessor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the reviewed result: it counts in the ranking and never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scores not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s score sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking table as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking table as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;talks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks (约谈) with the principal leaders of the last units of the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals (grey: the year before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the talk held with the selected unit&apos;s principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (version {n}, full marks {full})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: {n}; locked: {locked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-vote veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk with the principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (was {points})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a locked result: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no principal leader on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores of {unit} were saved; a reviewer reviews them next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: it can now be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the result of {unit} ({total})? A locked result counts in the ranking and can never be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked; the ranking counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scores of {unit} not yet reviewed and the {n} ledger entries made from them? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scores of {unit} not yet reviewed? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} talks are proposed with the principal leaders of the last units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked {rank} ({total} points) in the {year} quantitative assessment of the two responsibilities, among the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking {year} {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>Unit assessed: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator sheet of {year}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scored from the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-vote veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the unit ranks last whatever its score ({items}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the items scored from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {name}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more records were checked and did not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} (draft: not final until locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} quantitative assessment ranking: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk (bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk (bottom): the principal leaders of the last {n} units (and of any unit tied with them) are summoned for a talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a locked result, not ranked: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Being scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attachment “{name}” from this entry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit record {seq} is missing: the chain jumps from {prev} to {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record {seq} does not follow the record before it: a record was removed, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record {seq} was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain head kept outside the database ({file}) is missing, so the removal of the newest records cannot be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest audit records from {seq} to {head} were removed, or the database was rolled back to an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest audit record {seq} does not match the chain head kept outside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records from {seq} on are not covered by the chain head kept outside the database: they were added behind the program&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. login, account., unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit trail&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: {entity} {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} records to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomaticPage</name>
    <message>
        <source>Items computed from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the figures and the records they come from; refresh them after correcting a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records behind the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>unknown database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason} The database itself is unchanged and the earlier backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be checked that {file} is a backup of this database: the database it replaced was missing or unreadable. Check the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} cannot be restored: {problem}. Nothing was changed; choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: the program&apos;s backups and restores apply to a database file only. The server&apos;s administrator backs it up with pg_dump and restores it with pg_restore (README, County server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} was copied in but could not be brought up to this version of the program ({reason}), and the database could not be put back ({error}). The replaced database was kept at {kept}; restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} could not be brought up to this version of the program ({reason}). The database was put back as it was; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program backs the database up automatically once a day and checks every copy before keeping it (7 daily, 4 weekly and 12 monthly backups are kept). Keep a copy of the backup folder on another disk as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the backups in the folder &quot;backups&quot; beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not include making backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} ({size}) was made and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made on {date} ({file})?

The current database is first kept aside as {database}.before-restore-… (nothing is deleted), then every record is replaced by the backup&apos;s. Changes made after {date} are no longer shown.

Afterwards you are signed out and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from {file}. The previous database was kept as {kept}.

Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <source>Edit cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; fills in birth date and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep earlier posts with their end date: accountability follows the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {n}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadreFinder</name>
    <message>
        <source>Type part of a name, unit or post, or the pinyin initials of a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 城关镇违规发放津贴问责案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县纪委党风政风监督室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a p&amp;roblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the clues that led to the case, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;duct date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the problem was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the assessment, give the dates and, if needed, the regulation and the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the case&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by the dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (in force from {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corruption ring with several leaders punished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grave case of political or organisational discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrongful appointment with grave results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s year (for dual inquiry, art. 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members given removal from Party post or heavier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major cases of violations this year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conduct date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is not in force at the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the dates: {title}, in force at the conduct date. A later regulation applies instead if it is lighter; the determination page says which is applied and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the dates: {title}, in force at the decision date (no regulation was in force at the conduct date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regulation is in force at these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the assessment a title, e.g. the case&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date ({decision}) cannot come before the conduct date ({conduct}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced and served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not plausible: it must lie between 1900 and today ({today}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} cannot come before {earlier}, the date of the previous step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is archived; it has no further stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot be skipped: the case is at &quot;{current}&quot;, so the next stage is &quot;{next}&quot;, not &quot;{target}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject given is not a subject of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An investigation team has at least two members; name them, separated by 、 or commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what {name} said in statement and defence (陈述申辩), or that they waived it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the statement and defence of {name} was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measures decided for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a measure of the regulation that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probation period (留党察看) is 12 or 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the organisational adjustment of {name} was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the written self-examination of {name} was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisational adjustment of {names} was done later than {months} month(s) after the decision ({due}): say why in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back needs an earlier stage than the current one (&quot;{current}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case goes back; the reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal can only be filed against a decision; this case has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal cannot be filed before the decision ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clue numbered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is decided; its particulars can no longer be changed. Take it back before the decision (with a reason) to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case a number, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number has at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the case concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case deals with at least one problem: choose its category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one subject (a team or a cadre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject is a cadre or a leadership team chosen from the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same subject is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown responsibility {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem&apos;s description has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} is already used by another case; the next free one is {suggested}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue to link was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue {number} already led to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided case cannot be deleted; it stays in the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appellant must be a subject of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decided case can be circulated as a typical case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s determination does not call for a dual inquiry (一案双查).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dual inquiry of this case has already been proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has no Party committee (leading group) team in the records; add it to propose the dual inquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual inquiry: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal and supervisory responsibility for case {number} (dual inquiry; grounds: {grounds}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess a case against the regulations and save the determination (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an accountability case at the proposal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, title or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the next stage to advance; an earlier one to go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wer appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose d&amp;ual inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一案双查: a linked case against the unit&apos;s Party committee team and its principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypical case for circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the proposal, decision, receipt of service or circulated notice of this case, filled from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case from this determination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a determination to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {n}; overdue: {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dual inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advance to {stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal window until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated as a typical case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual inquiry of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement and defence: {text}{accepted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence period of {measure}: {months} months, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the longest: governs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No excellent rating or award for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational adjustment done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written self-examination received on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination calls for a dual inquiry (一案双查; {grounds}): proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination calls for a dual inquiry (一案双查; {grounds}): propose the linked case against the unit&apos;s Party committee team and its principal leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {stage} from {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {name}: answer due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filed after the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; answered {date}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now at &quot;{stage}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger of {names} has an entry for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case went back; the reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was recorded after the window; it is kept as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was recorded; execution continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual inquiry: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal and supervisory responsibility for case {number} (dual inquiry; grounds: {grounds}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dual inquiry was proposed as a linked case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} talk records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dual-inquiry cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {n} ledger entries made from it will be deleted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} will be unlinked from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case {number} ({title})? {effects}. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case {number} ({title})? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClausesPage</name>
    <message>
        <source>Clauses, severity and grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each subject tick the circumstances that apply and the grounds for a lighter or heavier treatment; the selected clause&apos;s full text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds (mitigating, aggravating, exemption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a clause to read its full text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjustment for the grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no mitigating or aggravating ground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one circumstance for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the severity for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceReply</name>
    <message>
        <source>Reply on the Party conduct and integrity of comrade {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on the Party conduct and integrity of comrade {name} and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{addressee}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you asked, we checked the {n} comrades below against the problem clues, accountability cases, measures and influence periods recorded by this office as of {date}. Our answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of them are not in the records of this office and are to be checked by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues and cases not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and influence periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceTab</name>
    <message>
        <source>Influence periods and measures as on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中共青山县委组织部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation department&apos;s list (.xlsx, .xls, .ods or .csv) with the columns 姓名, 身份证号, 单位, 职务 in any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply as it will print, to read or print before it is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for si&amp;gning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the reply a document on the Documents page, to submit, sign and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list the organisation department sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation department&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people; {unknown} not found in the records (red). Records as on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity clearance reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file or SQLAlchemy URL (default: ZEREN_DB, else the file in the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account to act as (default: ZEREN_USER); the password comes from ZEREN_PASSWORD or a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop, headless: the same services as the GUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done or intact, 1 a check failed or was refused, 2 bad usage or input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database (or bring it up to date) and print where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of this office, e.g. the township&apos;s discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the administrator account &apos;admin&apos; with the password in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the fictional demo county into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the generated data (same seed, same data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a large county instead: &apos;county&apos; (1,000,000 ledger entries, 500,000 clues, 20,000 cases, 3,000 cadres), &apos;quick&apos; (10,000 entries) or N ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the regulations to a case described in JSON and print the determination (docs/assess-schema.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show where the database is and how many records it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail: verify its integrity, or list it (auditor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the hash chain; prints no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the newest audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the units you may see, or import a unit list (.xlsx/.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or search the cadres you may see, or import a cadre roster (.xlsx/.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts (administrator): list, add, unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a verified backup now (needs the backup permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the backup (default: the backup folder of the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a backup (administrator); the current database is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups, newest first, and whether each verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt the database at rest (administrator); a backup is made first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only print where the key file of the encrypted database is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only write an escrow copy of the key file to FILE, for the office safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the database unencrypted again (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs an account: give --user NAME or set ZEREN_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set ZEREN_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: {units}, cadres: {cadres}, posts: {posts}, leadership teams: {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the database from {old} to {new}; a copy of the old one is at {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name is changed by the administrator in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new administrator &apos;admin&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; no account was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account was created: the first start of the program asks for the administrator, or use --admin-password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the administrator account &apos;admin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo county: {units} units, {cadres} cadres, {posts} posts, {teams} leadership teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty ledgers: {lists} responsibility lists, {entries} ledger entries, {inspections} inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: {clues} clues, {cases} accountability cases, {periods} influence periods, {talks} talk records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: {documents} drafts, documents under review and signed documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: {assessments} unit results scored and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: {meetings}, each feeding its attendees&apos; ledgers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (password {password}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scale {scale}: use county, quick or a number of ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the county data set of {year} in {seconds} s: {units} units, {cadres} cadres, {entries} ledger entries, {clues} clues, {cases} accountability cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest: on (key from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail FAILED verification: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zeren audit verify | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zeren users list | add | unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the account {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is named {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked the account {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such backup file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the database from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced database was kept at {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zeren backups list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow copy of the key written to {file}. It opens the database on any computer: keep it in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no key file on this computer (not encrypted, or its key comes from ZEREN_DB_KEY or a passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is in {file}. Without it the data cannot be recovered: write an escrow copy with `zeren encrypt --export-key FILE` and keep it in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made before encrypting, {file}, and older backups are NOT encrypted: keep or delete them as the office&apos;s policy says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is no longer encrypted: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} was kept: the encrypted backups still need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the ledger book or responsibility lists as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cadre&apos;s ledger book for a year (or every cadre of a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cadre: database id (UUID, or its first 8+ digits), ID number or a unique name; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every cadre of this unit and the units under it (id or exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank book with empty ruled rows, for filling in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responsibility lists of a year, to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty-ledger entries: import from or export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import entries from .xlsx or .csv (good rows, all or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the file and list the bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export entries to .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an .xlsx with the expected columns and an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility lists: issue a year&apos;s lists to the teams of units, or list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is FILE.pdf exactly a document signed in this database, and which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents: drafts, sign-off, PDF and .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft from a case (--case), talk (--talk), list (--list), the statistics of a period (--from, --to) or a clearance list (--clearance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the case&apos;s person or team (decision, receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the talk&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responsibility list&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation department&apos;s list (.xlsx, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a submitted or approved document back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is exactly a signed document of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is NOT a signed document of this database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zeren documents list | show | new | submit | approve | return | sign | supersede | export-pdf | export-docx | import-docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: {number} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not signed: the PDF carries the draft mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no subject named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the document is made from: --case, --talk, --list, --from and --to, or --clearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; matches {n} records; give the database id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &apos;{text}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{good} rows can be imported, {bad} rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {good} entries; {bad} rows were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {rows} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk import from a spreadsheet (clues: big-data comparison results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import problem clues from .xlsx or .csv (good rows, all or none; rows imported before are not added again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the rejected rows (CSV; default: next to FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the file and write the report of rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an .xlsx with the expected columns and an example row, and import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem clues: list them, or their verification rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification rate (查实率) per source and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to import: clues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to import, or --template FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {total} rows: {good} can be imported, {already} were imported before, {bad} rows have problems. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {good} clues; {already} rows were imported before; {bad} rows were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows not imported and why: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {created} lists; {skipped} holders already had theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountability statistics of a period (cases by decision date, clues by date received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periodic reports from the records: the monthly statistics table, the quarterly ledger completeness, the year-end duty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write; its suffix chooses the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this unit and the units under it (id or exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month&apos;s accountability statistics beside the year to date (.pdf, .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarter&apos;s duty ledger completeness per unit and leader (.pdf, .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year-end duty report draft of a leader or of every leader of a unit (.pdf, .xlsx, .docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader (id, ID number or unique name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every leader of this unit&apos;s Party committee team (id or exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which report: zeren report monthly | completeness | duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must end in {suffixes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write (JSON: standard output when not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format {format} needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the yearly quantitative assessment of units: ranking and indicator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ranking of the year&apos;s locked results, the last N marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only townships or only county departments (default: both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year&apos;s current indicator sheet of a kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zeren assessment rank | sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, full marks {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with import: the .xlsx or .csv file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with import: check every row and say what would happen; import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with import: write an .xlsx with the expected columns and an example row, and import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no data rows, only the header row: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {total} rows: {new} new, {updated} to update, {unchanged} already present, {errors} with problems. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {errors} of {total} rows have problems. Correct them and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange packages between township and county: keys, export, import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file whose first line is the package&apos;s passphrase (encrypted packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write this office&apos;s public key, to register at the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register another office&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a package of this office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only records changed on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of this office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a package, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the records changed on both sides, waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zeren exchange key | trust | export | import | conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: the public key of {office}, fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the key of {office}, fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {records} records, {attachments} attachments, {size} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: a package of {office} made {created}, {records} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was imported before; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deleted here, as they were deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted there {at}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueDialog</name>
    <message>
        <source>Edit clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张三、李四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers, separated by spaces (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a unit of the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit as received (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 1,200.50 or 1.5万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persons named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit as &amp;written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resul&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concluded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money rec&amp;overed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money co&amp;rrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons &amp;disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueHandling</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk or letter inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueImportDialog</name>
    <message>
        <source>Import clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the right column headers and an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row names the columns, in any order: 线索编号, 受理日期, 线索来源, 被反映人, 身份证号, 单位, 问题摘要, 处置方式, 办理结果, 办结日期, 追缴金额(元), 纠正金额(元), 取消资格人数, 备注. Date received, persons named and summary are required; the source defaults to big-data comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more: see {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import: {n} (the first {shown} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{good} of {total} rows can be imported; {already} were imported before; {bad} have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and why: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueResult</name>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueSource</name>
    <message>
        <source>Letters and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision and inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big-data comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public inquiry (TV or online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by higher level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CluesPage</name>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, name, ID number, unit, text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New clue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a clue (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import big-data comparison results or other clues from .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification rate (查实率) of the clues shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed and partly confirmed clues of those concluded, by the date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the clue {number} ({names})? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} clues; {already} rows were imported before; {bad} rows with problems were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and why: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>An unexpected error happened; nothing was changed that you did not see saved. The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The disk is full: nothing was saved. Free some space (or move the data folder to a larger disk) and try again; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program or window; nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (read-only file, folder or media); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached or refused the connection; nothing was saved. Check the network and that the server runs, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened (missing folder or no access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another window or program (process {pid} on {host}, since {since}). Close it there first, or open the database read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged ({problem}). It was moved aside to {moved_to} and kept unchanged; no new database was created. Restore the newest good backup ({backup}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged ({problem}) and could not be moved aside (read-only media?). It was left unchanged. Restore the newest good backup ({backup}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verified backup was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check; the backup made from it was not kept. Close the program: the damaged file will be moved aside and the newest good backup offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by an older version of the program and must be upgraded before use, which needs writable media. Copy it to the local disk and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted, and its key is wrong or missing: no key for it was found on this computer. Enter its passphrase, put its key file (the escrow copy from the office safe) into {folder}, or set ZEREN_DB_KEY. The file {file} was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted, and its key is wrong or missing: none of the {tried} key(s) tried opens it. The file {file} was left unchanged and is not treated as damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted, but this installation of the program has no encryption support (the sqlcipher3 package). The file {file} was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data needs an empty database; this one holds {units} units and {cadres} cadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has user accounts: only its administrator, signed in, can load the demo data (it adds demo accounts with a published password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units and cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountability cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <source>Assessment of {unit} for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored {total} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} assessment: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: case {number} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} case {number}: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {kind}: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: {agenda}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} with {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {kind}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeterminationPage</name>
    <message>
        <source>Determination and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rules give for each subject. Choose the measures among those allowed; the influence periods follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure: no responsibility is borne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline and transfer (by their own rules):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee (主送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s signature (署名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to (抄送, one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line at the foot of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>Full name of the issuing office (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code of the issuing office, e.g. 青纪 (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit the case concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems of the case, as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts found by the investigation (else the problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses the case relies on, cited as 《…》第七条第（七）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigating or aggravating grounds found, with their clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the regulation applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that decides (decision), e.g. 中共青山县委</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name (or the team&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex: 男 or 女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year and month of birth, e.g. 1970年5月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity, when recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party standing, e.g. 中共党员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the person&apos;s post at the time of the conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post at the time of the conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work the person was in charge of (portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The particulars in one sentence: name, sex, ethnicity, birth, party standing, post then and now, portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the problem came from (the clues&apos; sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of all subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures proposed, one line per subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the reply is due (office setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person said in defence (陈述申辩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the defence was accepted, as a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures decided, joined with 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The influence periods and what they restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution requirements (organisational formalities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time allowed to appeal, e.g. 1个月 (regulation data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that hears an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures decided for each subject, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the document served (the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its document number, once signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit and post of the person served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of talk, e.g. 诫勉谈话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis of the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person talked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who talked (unit, post, name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, start and end time, e.g. 2026年1月10日9:00至10:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s own statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification demanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up: its date and result, when recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team or cadre holding the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsibility: 主体责任 or 监督责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items under their headings, numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the list was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period, e.g. 2026年1月1日至2026年3月31日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit counted, or the whole office&apos;s area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: problems by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: persons by measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: persons by the four forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: problems and persons by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: clues by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names asked about (the first few, then 等)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people were asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the records were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: each person&apos;s clues, cases, measures and conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence on the people not in the records (or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Accountability proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulated notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity clearance reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>A brace {{ or }} is not closed ({reason}). Write {{{{ or }}}} for a brace that is meant as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{{name}}} is not a field: a field is a name of small letters, digits and _ in braces, e.g. {{subject_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field {{{name}}}: a {kind} has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document template {file} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Word document (.docx) that can be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is signed ({number}) and can never be changed. To correct it, make a new version that supersedes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is {status}; this needs a document that is {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} is not made from an accountability case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no decision yet; record the decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not marked for circulation as a typical case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person or team the document is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is not one of this case&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has {n} characters filled in; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份号 is a number of up to 6 digits, e.g. 000012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records this document was made from are no longer there; edit its fields by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the document goes back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document cannot be signed on a day still to come ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} needs a document number, and the settings give neither a number prefix for it nor the issuer&apos;s short code. An administrator sets them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You submitted this document yourself; another reviewer must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed document is superseded; a document not yet signed is edited (after a return to draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has already been superseded by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of this document is already being prepared; continue with that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed document has its PDF kept; preview a draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a document of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s record of document {number} was altered behind the program&apos;s back: its hash is not the one recorded when it was signed. This file cannot be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file matches what was signed, but the copy kept in the database has been altered since; report this to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names document {number} ({title}), but its content differs from the signed PDF: it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF, and no signed document has this content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed document in this database is exactly this file (SHA-256 {sha256}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification code has 10 letters and digits, e.g. 7KQ2-M9XD-4T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PDF does not have the SHA-256 recorded at signing: it was replaced or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PDF and its SHA-256 differ from what the audit trail recorded at signing: both were changed behind the program&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a PDF is exactly a document signed here, and which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft filled from a case, talk, list or the statistics (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected draft: its texts and field values (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the pages as they print, and print them (Ctrl+P prints in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the submitted document for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the document back to draft, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, sign and freeze the approved document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verif&amp;y a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft that replaces the signed document once it is signed; both are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a draft made by mistake (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF: the signed one byte for byte, or a draft with its draft mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .do&amp;cx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body as .docx, to edit in WPS or Word and bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .docx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an edited .docx back as the draft&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: {n}; signed: {signed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (成文日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was made from the records. Check it, then submit it for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: a leader can now sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to draft with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: {label}, verification code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new draft of {label} to replace it? The signed document stays as it is; once the new version is signed, it is marked superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version was made as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back an edited .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .docx was not taken: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body text was replaced by the .docx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Edit draft — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中共青山县纪律检查委员会文件 (red, on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 000012, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 秘密★1年, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer &amp;mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;份号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;密级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a value to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, made from the template version {version}. What prints is the text with the fields filled in; Preview shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refill from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the field values again from the case, talk or list (after they changed); the texts stay as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first? The field values are then read again from the records; the texts stay as you wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving your changes to the draft?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Clue no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {n} clues (by date received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected record in its own area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyReport</name>
    <message>
        <source>{name}: report on duty and integrity in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am {name}, {post} of {unit}{portfolio}. In {year} I carried out {responsibility} for Party conduct and integrity. Drafted from the records of the duty ledger, the responsibility list, the talks, the cases and the assessment as of {date}, this report states how; the wording is to be completed and corrected by me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in charge of {portfolio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {portfolio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duty of the first person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dual responsibility of my post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unit not on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying out the responsibility list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty ledger (the nine must-record kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks I held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks I received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings I attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability and clues in the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and what I will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My responsibility list of {year} has {n} items: {done} done, {progress} in progress, {not_started} not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsibility list of mine for {year} is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {text} ({status}; {n} ledger entries serve it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My duty ledger records {n} entries in {year}: {breakdown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My duty ledger records no entry in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {kind}: {n} entries, such as {examples}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {matter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I held {n} talks in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I received {n} talks in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {date}, {kind} with {person}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {date}, {kind} with {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I attended {n} meetings on record in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {date}, {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {year}, {cases} accountability cases of {unit} were decided, with {problems} problems and {persons} persons held accountable; {received} clues were received, {concluded} concluded and {confirmed} confirmed or partly confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {case_number} {title}, decided on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was not held accountable in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was held accountable in case {case_number} {title} ({measures}), decided on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the quantitative assessment of {year}, {unit} scored {total} points and ranked {rank} of {ranked} ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the quantitative assessment of {year}, {unit} scored {total} points; the one-vote veto applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantitative assessment of {unit} for {year} is not final ({status}); its score so far is {total} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} has not been assessed for {year} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end assessment on my list: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) No entry of these must-record kinds in {year}: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List item {n} is {status}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({number}) {n} items of my responsibility list are not done yet (items {numbers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification demanded by the {kind} of {date} was due on {due} and is not done: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification demanded by the {kind} of {date} was due on {due} and done late on {done}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification after the {kind} of {date} was due on {due} and has no follow-up on record: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records show no open problem; add what they do not show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, I will (to be completed): remedy the gaps above, keep the ledger entered as the work happens, and carry out the list of the coming year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the team: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the records say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty report facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>This database has no key file on this computer (it is not encrypted, or its key comes from ZEREN_DB_KEY or a passphrase): there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of the program has no encryption support (the sqlcipher3 package); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not encrypted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted copy failed its check ({problem}); the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a database file on this computer can be encrypted by the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Ground {clause} does not apply to this subject ({cls}); ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground {clause} covers problems within the subject&apos;s own portfolio only; the subject acted outside it, so it gives no exemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both mitigating ({mitigating}) and aggravating ({aggravating}) grounds are given: no adjustment is applied; weigh them in the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment &quot;{chosen}&quot; does not match the grounds given ({grounds}); &quot;{default}&quot; is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment &quot;{chosen}&quot; is ignored: no mitigating or aggravating ground is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gateway} takes in article {article} only within the member&apos;s portfolio; the subject acted outside it, so neither applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause {clause} does not apply to this subject ({cls}); it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulation: {id} is not a known regulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} was named in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is not in force on the decision date {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision_date: no regulation is in force on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conduct ({conduct}) predates every regulation; {id}, in force on the decision date {decision}, is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} was in force on the conduct date {conduct}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} was in force on the conduct date {conduct}, but {new}, in force on the decision date {decision}, is lighter for the subjects (the heaviest measure its bands allow), so it applies (从旧兼从轻).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} was in force on the conduct date {conduct}; {new}, in force on the decision date, is not lighter for the subjects (从旧兼从轻).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conduct ({conduct}) predates {id}, in force from {in_force}: check that it may be applied to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses of {other} are cited, but the case is assessed under {id}: cite the corresponding clauses of {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circumstance clause applies to this subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the principal leader, nor directly in charge, nor taking part in the decision: the subject bears no leadership responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} gives no measures for this kind of subject ({cls}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure {code} is decided, but the subject bears no responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure {code} is not among those the {band} band allows for this subject under {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The package is damaged or incomplete (it may have been cut short when the medium was removed); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was altered after it was signed ({detail}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the key registered for {office}; it was altered or signed with another key. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from an office whose key is not registered here ({office}, key {fingerprint}). Register its public key first; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is encrypted; give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted package was altered or cut short; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an exchange package of this program, or of a newer version ({detail}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a public key file of an office ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be deleted: records entered here still refer to it. Change or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was not found, or it was already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was made by this office itself; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package refers to records that are neither in it nor here ({detail}). Import the earlier packages of {office} first (or a package of all its records); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>(an office without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Data exchange&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Townships send their records to the county in signed exchange packages (.zrx) on removable media. The county registers each township&apos;s public key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport exchange package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import exchange package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s public &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a township&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on both sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {records} records, {attachments} attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the exchange package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: signed by {office} (key {fingerprint}), every part intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {created}; records changed {since} to {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records} records, {attachments} attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was imported before; nothing will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {office}: {inserted} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deleted, as they were there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this office&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: the public key of {office}, fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a township&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the key of {office}, fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted there {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed here {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on both sides: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this office&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. Double-click to put it into the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTab</name>
    <message>
        <source>&amp;Show file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods active &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;dre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cadre first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the integrity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>Integrity file of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence periods are shown as active on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and post then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed {filed}; {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accountability cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No influence periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem clues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator — Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the system administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is empty.&lt;/p&gt;&lt;p&gt;You can load a fictional demo county (townships, departments and a few hundred cadres) to try the program, or start with an empty database and enter your own units.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start — Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Welcome to Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility ledgers, clues and accountability cases for discipline-inspection offices. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose the folder for the data. The program keeps its database there, and its daily backups in a folder beside it. Choose a folder on this computer&apos;s own disk: never a USB stick or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: create the administrator&apos;s account, choose the demo county or an empty database, and take a short tour of the main areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds a database already ({file}); it will be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database will be {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened there: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this folder anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Close without saving what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoBackDialog</name>
    <message>
        <source>{number}: go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case goes back (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifications due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ins&amp;pections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger reminders this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists not yet signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lis&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases overdue or due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk follow-ups due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tal&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is {date}: quarter {quarter} of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deadline}  {target}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectifications are past their deadline without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rectification is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectifications reach their deadline in the coming week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline in the coming week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry yet this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing {kinds} and {n} more kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadres lack some of the must-record kinds in quarter {quarter} of {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cadre with a list has entries of every must-record kind this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({unit}): {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the {total} lists of {year} are not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} lists of {year} are signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list has been issued for {year} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holder}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines of cases: {overdue} overdue, {soon} due within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case deadline is overdue or near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due}  {number} {title}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups of talks: {overdue} overdue, {soon} due within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talk follow-up is overdue or near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due}  {name}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>An ID number has 18 characters; this one has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({date}) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({date}) is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong; please check every digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code cannot contain {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the credit code is wrong; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{text}” is not a date: write it as 2026-03-05 or 2026年3月5日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {value} is not a date: as an Excel date serial number it must lie between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money: write it as 1234.50, 1,234.50元 or 1.5万元.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”: an amount of money cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is more exact than a fen: use at most 2 decimals in yuan (元) or 6 in ten thousand yuan (万元).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not one of the nine kinds of entry: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a list of item numbers such as 1、3 or 2-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has two columns for {column}: “{first}” and “{second}”. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money recovered (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money corrected (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} lacks the columns {missing}. The headers found (row {row}) are: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number was stored as a number, so Excel has lost its last digits: format the column as text and type the numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an ID number of 18 characters (or an old one of 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil affairs office of the town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew the minimum living allowance while owning a car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example row: replace it with your own clues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cadre named {name} with the ID number {id_number} was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cadre named {name} was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several cadres named {name} have the ID number {id_number}: correct the cadre records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several cadres are named {name}: add an ID number column (身份证号) to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry repeats row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is already in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee meeting on this year&apos;s integrity work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room of the Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied the county&apos;s plan and divided the year&apos;s tasks among the team members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example row: replace it with your own entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet this program reads: use .xlsx, .xls, .ods or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet or is damaged: open it in Excel or WPS, save it again as .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a spreadsheet of another kind than its name says: open it in Excel or WPS and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is a web page saved under a spreadsheet name: open it in Excel or WPS and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is protected by a password: remove the password in Excel or WPS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of {name} is in an unknown encoding: save it as CSV UTF-8 or as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of {n} characters is longer than a spreadsheet cell holds ({limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} cannot be written: {reason}. If it is open in Excel or WPS, close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row repeats row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “{unit}” is not one of your township&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue number {number} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} has a column “{column}”: it is a list of people, not of units. Import it as a cadre roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be its own parent unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth month {month} differs from the one in the ID number ({id_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit where the post (职务) is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the post (职务) held in the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not within the scope of your account ({scope}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “{name}” of row {row} has an error: correct that row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “{name}” comes later in the file: put it above the units under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit named “{name}” is recorded: import the unit list first, or check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units are named “{name}”: write the unit above it too, as “{example}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several units are named “{name}”: give the parent unit (上级单位) to say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account adds units only below its own township: give the parent unit (上级单位).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind taken from the name: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of this name is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of this name under this parent unit is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row and row {row} are the same cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cadre is recorded by another township: ask the county office to change the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account records cadres with a post in its own township: give the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several recorded cadres have this ID number: correct the records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre with this ID number is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several recorded cadres are named {name}: add the ID number (身份证号) to say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre of this name with a post in this unit is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre of this name is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the post began (任职时间): a post is recorded with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the post {title} in {unit}; the cadre&apos;s other posts stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example row: replace it with your own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example row: replace it with your own cadres. A post needs its unit, title and start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfluenceTab</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity file of the selected cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cadres are under an influence period on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Edit inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县纪委第二监督检查室 张三、李四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspectors *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionKind</name>
    <message>
        <source>Concentrated inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and unannounced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;open rectifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected inspection, e.g. to enter the rectification result (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or cadre inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections: {n}; overdue: {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the inspection of {target} on {date} and the {n} ledger entries made from it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the inspection of {target} on {date}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the records of this office; check by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several cadres of this name; give the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and unit match a cadre with another ID number; check by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem clues not yet concluded ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability case under way ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under an influence period until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held accountable in {year}: no excellent rating or awards this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no column of names (姓名) in its first {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list names {n} people; at most {limit} can be answered at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem clues not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence periods on the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure}: until {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityFileDialog</name>
    <message>
        <source>Integrity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity file of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <source>The file was not written: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talk records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Influence periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity &amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the &amp;units under the chosen ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every leadership team of the chosen units gets its list for the year, and every member of a Party committee team the list of their role, copied from the active templates. Whoever already has the year&apos;s list of that kind is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <source>Year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty Ledger Book of a Leading Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(principal responsibility for Party conduct and integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has {n} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} duty ledger book · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book records how the holder carries out the principal responsibility for Party conduct and integrity during the year. It is kept by the holder&apos;s unit; no page may be torn out or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every event of the nine must-record kinds promptly, as it happens, and do not fill in the book afterwards in one go. The nine kinds are: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per event: date, category, matter, place, participants, content and measures, and the numbers of the list items it serves. Write legibly in ink; correct a mistake by striking it through and signing beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the evidence (minutes, notices, photographs, talk records and the like), write the numbers in the evidence column and file the evidence in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of each quarter, review every item of the responsibility list on the self-review page ({statuses}) and sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discipline commission checks this book in its inspections and records the problems found, the rectification required and the deadline; the holder records the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the year, the holder writes a self-report on the last page; the book is a basis of the annual assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility list for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s signature: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>______ (year) ____ (month) ____ (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of duties performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly self-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of each quarter write the state of each list item: {statuses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections by the discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures (inspector, holder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end self-report and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report on the duties performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the annual assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing body (seal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerBookDialog</name>
    <message>
        <source>Print ledger book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cadres of a &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank book (headings and list only, to fill in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the book in the program, to read or print (no file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank ledger book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ledger book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerCategory</name>
    <message>
        <source>Deployment and study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research and supervision of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection and assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing or giving reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying and handling cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity talks and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily supervision and management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerEntryForm</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the digit 1–9 of the kind, or use the arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was done, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was decided or done, and the measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. minutes no. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form and start a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cadre to see the items of their list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsibility list for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the item under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single cadre matches “{text}”: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre this entry is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the entry of {date}, {cadre}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>Duty ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the right column headers and an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row names the columns: name, ID number (optional), date, category, matter, place, participants, content and measures, list items, evidence, remarks. Name, date, category and matter are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{good} of {total} rows can be imported; {bad} have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Made from the {source} “{label}”: it changes only with that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, matters, content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entry in the form (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected entries as reviewed (reviewers and leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence files of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to so&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting, talk, case or inspection the selected entry was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entries from an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries shown to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print ledger book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger book of a cadre or of every cadre of a unit, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can read the ledger but not enter or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record this entry was made from no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The entry is not shown under the current filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: this entry was made from the {source} “{label}”; change or delete it in that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deleted: the selection holds entries made from other records ({sources}); change or delete them in their source records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry of {date}, {cadre}: “{matter}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these {n} entries? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {n} of {total} entries; the others not: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {n} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {n} entries as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the entry of {date}, {cadre}: {matter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} entries; {bad} rows with problems were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} entries to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the ledger book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger book was saved ({pages} pages): {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger book was not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSource</name>
    <message>
        <source>Meeting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by {user} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDocument</name>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To carry out the responsibility for Party conduct and integrity, the holder undertakes the following in {year}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder (signature): {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body (seal): {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>______ (year) ____ (month) ____ (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListRole</name>
    <message>
        <source>Party committee team (collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal leader (first responsible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other team member (own portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline commission (supervisory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTitle</name>
    <message>
        <source>{year} principal responsibility list of the Party committee team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} responsibility list of the first responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} responsibility list of a team member (own portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} supervisory responsibility list of the discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search holder, unit, title or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the year&apos;s lists to every team and team member of some units at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One list from a template, for a team or a cadre (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the holder signed the paper list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-&amp;end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s self-report and the assessment result at the end of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected lists as a PDF to print and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected lists as they will print, to read or print before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a list issued by mistake (only while unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the templates the lists are copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator edits the list templates (in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kept with the next status change (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a list to see its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status saved: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {created} lists; skipped {skipped} (the holder already had one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active template for: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list {number} “{title}” of {holder}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list {number} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the responsibility lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the responsibility lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {file} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Screen locked — Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({user}) is signed in. Enter the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, or the account is now locked. After {n} wrong passwords the account is locked for {minutes} minutes; sign in as another user or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility ledger — please sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: sign in as clerk, reviewer, leader, admin or auditor; the password of each is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units &amp; cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty ledger (履责纪实) of every leader: one entry per event in the nine must-record categories, with the quarterly ledger book for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly responsibility lists of party committees, discipline commissions and their members, and the signed responsibility letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration and handling of problem clues from petitions, inspections, audits, tours and higher-level referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability cases from opening to decision: subjects, findings, circumstances under the regulations, measures, appeals and influence periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks &amp; integrity files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly quantitative assessment of units: indicators, scores and rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly and yearly statistics of ledgers, clues and accountability cases, and merging the data of the townships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official documents (文书) with document numbers and sign-off, printed in the national format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups &amp; restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved. (Another window or program has the database open, or it is on read-only media.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop — {office} — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: {units}   Cadres: {cadres}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zeren Desktop {version}&lt;/h3&gt;&lt;p&gt;Responsibility ledgers, clues and accountability cases for county and township discipline-inspection offices. Works offline; the data stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualInput</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The veto applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> shortfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: what was found (required for a deduction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Items the assessor scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what was found; a deduction, a veto or an item not met needs a comment saying why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 党委会研究部署2026年党风廉政建设工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It studied integrity work: a “deployment” entry in each attendee&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cadre found above to the attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsibility list items this meeting served; each attendee&apos;s entry counts for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deci&amp;sions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unt&amp;ick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add atte&amp;ndee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Att&amp;endees *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List items ser&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no responsibility lists of this unit for the year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the cadre by name or pinyin initials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit that held the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved meeting record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Party committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic life meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, agenda, decisions or attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a meeting (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected meeting; its ledger entries follow (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting is typed once: each attending leader&apos;s duty ledger gets its entry, marked as made from the meeting. Change or delete the meeting, not the entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: {n}; ledger entries made: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presided by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: {agenda}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ledger entries made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an integrity-work meeting: no ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was saved; {n} ledger entries follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date} and the {n} ledger entries made from it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting and its ledger entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Scored by the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger completeness (every must-record kind each quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility lists not signed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases past a stage deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues of the year not concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection rectifications not done by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This file holds tables but is not a Zeren Desktop database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema {rev}). Please install the newer version; the database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed to the body that decides: from a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per person or team held accountable: from a decided case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt the person served signs: from a decided case, one per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circulated notice of a typical case: from a case marked for circulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of a talk, signed on every page by the person talked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A responsibility list as a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics report of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case the document is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the talk the record is of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the responsibility list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <source>New responsibility list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this unit has no such team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active list template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit that has such a leadership team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre the list is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>One paragraph a line. Lines beginning 一、 （一） 1. are headings; a line of | cells | is a table row. {field} is replaced by the field&apos;s value; write {{ and }} for braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: double-click a name to put it into the text where the cursor is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A value changed here prints instead of the record&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>A password has at least {n} characters with at least 3 of: lower-case letters, upper-case letters, digits, other characters; it must not contain the user name or repeat one of the last 5 passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on paper through the system&apos;s printer dialog (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodicReports</name>
    <message>
        <source>Duty ledger completeness, quarter {quarter} of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled by: {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {unit} (with the units under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders: the members of each unit&apos;s Party committee team during the quarter. A kind counts as recorded when the leader&apos;s ledger has at least one entry of it dated in the quarter; completeness is the kinds recorded of the nine, a unit&apos;s the mean of its leaders&apos;. Shaded: no entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. County summary: units ranked by completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Summary: units ranked by completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Each unit&apos;s leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} (completeness {share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nine kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds missing (leader-kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds with no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kinds missing in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of the Party committee team is on record for the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked (no team member on record for the quarter): {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No township or county department is in the chosen scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by the four forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by heaviest measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues received by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems held to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisations held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed or partly confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money recovered (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money corrected (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability statistics for month {month} of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: {start} to {end}; year to date: from {year_start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases count in the month of their decision; each person counts once in a period, under the heaviest measure. Clues count by the date received; the verification rate is confirmed and partly confirmed clues of those concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by: ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (figures up to {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodicReportsPanel</name>
    <message>
        <source>Monthly accountability statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s figures beside the year to date, as the statistics count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly ledger completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per township and county department, per member of its Party committee team: the entries of each must-record kind, the kinds missing, and the units ranked by completeness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every leader of a uni&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end duty report (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft from the records for the leader to edit: the list items, the ledger, the talks and meetings, the unit&apos;s cases and assessment, and what is still to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability statistics {year}-{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger completeness {year} Q{quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty report {year} {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a leader or a unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseHelper</name>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert one of the office&apos;s common phrases (F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasePopup</name>
    <message>
        <source>Filter: part of the text or its initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter inserts the phrase; Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phrases for this field yet: the administrator adds them in Settings → Phrases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Duty ledger: matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty ledger: place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty ledger: participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty ledger: content and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk: place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk: basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk: reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk: content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk: statement of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk: rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: facts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: stage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not available in this version of Zeren Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemCategory</name>
    <message>
        <source>Two responsibilities not carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach of the eight rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance of duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s livelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>County/division level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township/section level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must change, e.g. 处分依据条款有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” goes back to its author as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was moved aside to {moved_to} and kept unchanged. No new, empty database was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside (read-only media?) and was left unchanged at {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore (newest first; each one passed the integrity check). It will be put in place of the database at {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup was found beside the database. Quit, and copy a backup file into the folder {folder}, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regulations</name>
    <message>
        <source>Regulation file {file}, at {location}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {number} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {number} of article {article} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause {ref} is referred to but not defined in the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article {number} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cls} already has a band ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure {code} has no entry under [measures] (name, rank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regulation is repealed on or before the day it comes into force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two regulation files have the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to enter one for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} list items served by no entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cadres have gaps in Q{quarter} {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing in Q{quarter} {year}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Roster of cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office} · {count} cadres · as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {name} ({user}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the scores of {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by {name}, last saved {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note; required when sending the scores back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back to the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row names the columns, in any order: 单位名称 (required), 简称, 单位类型, 上级单位, 统一社会信用代码, 排序, 备注. A parent unit may be a recorded unit or one further up in the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cadre roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row names the columns, in any order: 姓名 (required), 性别, 出生年月, 民族, 身份证号, 政治面貌, 单位, 职务, 职级, 任职时间, 分工, 手机, 备注. Units must be recorded first; a cadre is recognised by the ID number, else by name and unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .xlsx or .csv file; or drop it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the same file again, after correcting it in Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the right column headers and an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit list template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre roster template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {new}   Update: {updated}   Already present: {unchanged}   Errors: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} of {total} rows have errors (in red): correct them in the file and read it again. Nothing is imported while any row has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows read: {new} new, {updated} to update, {unchanged} already present. Import writes them all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no data rows, only the header row: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file is already recorded: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rows with errors first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleKind</name>
    <message>
        <source>All or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per occurrence (capped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction per shortfall (floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-vote veto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringWizard</name>
    <message>
        <source>Score {unit} for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>An account needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One account cannot hold more than one of the duties of administrator, leader (approver) and auditor (separation of the three duties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 3 of: lower-case letters, upper-case letters, digits, other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Your role does not allow this ({operation}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another township; your account cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only (read-only media or another copy of the program is using it); nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be deleted while other records refer to it ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user account was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list template was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsibility list was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list item was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leadership team was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template&apos;s role cannot change; make a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list is for either a team or a cadre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holder} already has a {year} list of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was already signed on {date} by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list cannot be signed ({date}) before it was issued ({issued}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed list cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ledger entries serve items of this list; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre holds no post on {date}; give them a post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own township cannot be moved to another place in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger entry was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB; attach a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of this attachment is missing or was changed outside the program ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cadre already has an entry of this kind for the same matter on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accountability case was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue number {number} is already used; the next free one is {free}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk record was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed talk was not found; it may have been withdrawn meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger entry was made from a {source} ({label}); it changes only with that record. Open the record to change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting record was not found; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has no member of its Party committee team on record for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month {month} is not between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter {quarter} is not between 1 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month {month} of {year} has not begun yet: there is nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year} has not begun yet: there is nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either a leader or a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format {format} is not one of PDF, xlsx or docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no phrases for the field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrase may have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field may have at most {n} phrases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically backed up to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup found the database damaged: {reason}

Working on with it risks losing more records. The program can close the database now, move the damaged file aside (it is kept, not deleted) and restore the newest good backup. Changes made since that backup will be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and &amp;restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document kind: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number prefix is the issuer&apos;s code and the kind, e.g. 青纪发, without the year or number (at most 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder the program can write backups to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the county discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator changes these settings; they are shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中共青山县纪律检查委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青纪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer&apos;s &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Document number prefixes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s code and the kind of document, without the year and number: the program adds 〔year〕 and the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text (FangSong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page numbers (SimSun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-level headings (SimHei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-level headings (KaiTi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and issuer mark (XiaoBiaoSong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare characters in names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (bundled substitute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (substitute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen font {file} cannot be used: it is not a TrueType font, or it may not be embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official documents print with a substitute font where marked: they are correct but do not look exactly like official papers. Install FangSong, SimSun, SimHei, KaiTi and FZ XiaoBiaoSong on this computer to print them in the official fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font for rare characters (CJK extensions A and B) was found: such characters in names print as empty boxes. Install SimSun-ExtB (Windows) or the Hanazono fonts (Linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueType fonts (.ttf, .ttc) only; where none is chosen, the official font is used when this computer has it, else a substitute (see below). Official documents use FangSong for the body, XiaoBiaoSong for the title and HeiTi for headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of each kind of document, with versions (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp;indicator sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly indicator sheets of the quantitative assessment (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the official font when installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on &amp;execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational &amp;handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the backups in the folder “backups” beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility list te&amp;mplates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items every new responsibility list is copied from, per kind of list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new phrase; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore def&amp;aults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrases the program shipped with, for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a text field offers with its “Phrases” button or F4. Double-click a phrase to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrases were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available: this installation has no encryption support (the sqlcipher3 package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted; its key is a passphrase, asked at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted; its key comes from ZEREN_DB_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted; its key is in the key file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database on this computer&apos;s disk?

A backup is made first. Then the database is stored encrypted. Its key is kept in a key file in this computer&apos;s settings folder, so the program opens the database without asking; or, if you enter a passphrase next, the program asks for it at every start instead.

Without the key nobody can read the database, not even you: after encrypting, export an escrow copy of the key (Export key…) to a USB stick and keep it in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (optional). Leave it empty to keep the key in a key file on this computer; a passphrase is asked at every start and cannot be recovered if forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the database unencrypted again?

A backup (encrypted) is made first. The key file is kept: the encrypted backups still need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is your passphrase: the program asks for it at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key comes from ZEREN_DB_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is in the key file {file}. Export an escrow copy of it now (Export key…) and keep it in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted. {where}

Note: the backup made before encrypting ({backup}) and the older backups are NOT encrypted. Keep them somewhere safe or delete them by the office&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is stored unencrypted again. The backup made before ({backup}) is encrypted; the key file was kept for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was written to {file}. Whoever has this file can read the database and its encrypted backups: keep it in the office safe, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“backups” beside the database (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a TrueType font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc *.TTF *.TTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new language takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>Indicator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to the sheet are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}. It has scored units: saving makes a new version and the scored ones keep this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {n}: the points must be numbers, e.g. 5 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}&lt;br&gt;{holder}, {unit} — No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed list cannot be deleted, and its signature cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing gives “{title}” its document number and makes its final PDF with a verification code. A signed document can never be edited again, only replaced by a new version that refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on (成文日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Type part of a number, title or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>{number}: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县纪委书记 孙立新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two names, e.g. 王磊、刘芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 中共青山县委</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Served on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executed on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archived on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pproved by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation &amp;team *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts found *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(say whether accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement and defence of {name} *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted? *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding &amp;body *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures for {name} *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no probation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation period (留党察看)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational adjustment of {name} done on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written self-examination of {name} received on *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisational adjustment is due within the office&apos;s deadline after the decision of {date}; a later one needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} (allowed by the determination)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDataPage</name>
    <message>
        <source>Demo county or your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the program on a fictional county, or start with your own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional county with townships, departments and a few hundred cadres. It also makes the demo accounts clerk, reviewer, leader and auditor (the password of each: {password}). Good for trying the program and for training; use a separate data folder for real work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the county discipline commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo county…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>First form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourth form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics data file {file} is not valid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money recovered (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money corrected (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by the four forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues by source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics table of this period as it will print, to read or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics table of this period as a PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed (verification rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by heaviest measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by the four forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues received by source (verification rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases count in the period of their decision date; each person counts once, under the heaviest measure. Clues count by the date received. Click a figure or a bar to see the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic &amp;reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be counted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {received} received, {concluded} concluded, {confirmed} confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Accountability statistics ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled by: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {unit} (with the units under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases count in the period of their decision; each person counts once, under the heaviest measure. Clues count by the date received; the verification rate is confirmed and partly confirmed clues of those concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Problems by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Persons by measure (heaviest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Persons by rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Persons by the four forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. By unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. By month of decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Clues by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>Party committee (leading group) team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline commission team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cadres and leadership teams held to account, from the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, unit or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already a subject of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cadre in the search results first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one subject: a cadre or a leadership team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses cited and the measures chosen. Finish saves the determination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved scores go to a reviewer, who reviews them before they are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total} of {full}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — vetoed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list template items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entries serving list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cadres named in clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountability cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons and teams held accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influence periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment indicator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talks proposed by the assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Edit talk record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New talk record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10:15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 县纪委谈话室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ca&amp;dre of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 赵新（村党支部书记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unit of the cadre&apos;s post that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit, post and name, e.g. 县纪委书记 陈立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit, post and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked to *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talker *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or its pinyin initials to choose a cadre of the records (post and name are filled in), or type the post and name yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cadre from the list, or choose “Someone else” and type the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkKind</name>
    <message>
        <source>Integrity talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summons talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admonishment talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalksTab</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only follow-ups &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups planned within the next 7 days or earlier and not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New talk record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a talk (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected talk, e.g. to record the follow-up (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record for si&amp;gning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the talk record as a document (约谈/诫勉谈话记录) filled from this talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks: {n}; follow-ups due: {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete talk record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of the talk with {name} on {date}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk record was saved; the ledger of {names} has an entry for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk record was saved. No talker was found among the cadres of the records, so no ledger entry was made (write the talker&apos;s name as in the roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of the talk with {name} on {date} and the {n} ledger entries made from it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk record was not deleted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamKind</name>
    <message>
        <source>Party committee (leading group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline commission (inspection group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Responsibility list templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In use: new lists of this kind are copied from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is retired, not deleted: lists already issued keep their text; new lists no longer get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator edits the templates; they are shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} retired items are kept only in the lists issued before they were retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {n}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “{name}” has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} — {when}, {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drafts use this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version: saving makes it the one in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {n}; new drafts use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the text shipped with the program the version in use for {kind}? The current versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped text is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units &amp; cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the tree of units and every cadre with their posts; find anyone by name or ID number and print the roster of cadres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register accountability cases; the assessment wizard finds the clauses that apply, weighs the grounds for lighter or heavier handling and proposes the measures the regulations allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups &amp; restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program backs the database up by itself once a day; back up now, choose the backup folder or restore a verified backup here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For administrators and the auditor: create the accounts of clerks, reviewers and leaders, and read the audit trail that records every change and cannot be altered unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language, the issuer names and number prefixes printed on documents, their fonts, the deadlines and the backup folder. Help → Quick tour shows this tour again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourPage</name>
    <message>
        <source>A short tour of the main areas (in the list on the left of the main window).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourWizard</name>
    <message>
        <source>Quick tour — Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State enterprise or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsCadresPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add top-level unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected unit (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected unit (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the unit list from a spreadsheet (.xlsx or .csv), with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;cadre roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the cadre roster (干部名册) from a spreadsheet (.xlsx or .csv), with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Units&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, ID number, unit or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cadres of the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cadre (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected cadre (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cadre (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity file (廉政档案) of the selected cadre: cases, measures, talks, clues and influence periods across every post held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster of cadres as a PDF: of the selected unit when “Only cadres of the selected unit” is ticked, else of every unit you can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadres&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unit “{name}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “{name}” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres: {shown} of {n} shown; narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cadre “{name}” with all their posts? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cadre “{name}” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units imported: {new} new, {updated} updated, {unchanged} already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadres imported: {new} new, {updated} updated, {unchanged} already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster of cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roster of cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the roster of cadres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was not made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of the three duties: administrator, leader (approver) and auditor are never held by one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County (all records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or pinyin initials; empty: not a cadre in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single cadre matches what is typed under Cadre: pick one from the list, or empty the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not plausible: it must lie between 1900 and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list template needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which unit or cadre was inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification deadline cannot come before the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result cannot come before the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership cannot end ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post cannot end ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not plausible: it must lie between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post starting on {start} would begin before the cadre was 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {date} differs from the one in the ID number ({id_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex differs from the one the ID number shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number from 0 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue cannot be concluded before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clue that is only held has no result yet: choose how it was handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time as hours and minutes, e.g. 09:30 ({text} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not plausible: a talk recorded here has taken place, so it lies between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who was talked to: choose a cadre or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the person talked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The talk cannot end ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification deadline cannot come before the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot come before the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the follow-up its note reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up with its result cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who attended the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} attendees can be recorded ({n} given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PDF, or drop it here. The program compares it byte for byte with the signed documents kept in the database; the verification code in its footer names the document it claims to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a PDF here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PDF to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine: this is exactly the signed document {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name} on {date}; verification code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: it has been superseded by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a signed document of this office as it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its footer names {label}; the file differs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the copy kept in the database no longer matches its recorded fingerprint. Tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearEndDialog</name>
    <message>
        <source>Year-end report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 好, 较好, 一般 or 差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
