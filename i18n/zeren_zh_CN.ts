<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Please sign in to see this page.</source>
        <translation>请先登录后查看此页面。</translation>
    </message>
    <message>
        <source>This page is not available while the database is open read-only.</source>
        <translation>数据库以只读方式打开时，此页面不可用。</translation>
    </message>
    <message>
        <source>Your account cannot open this page.</source>
        <translation>您的账户无权打开此页面。</translation>
    </message>
</context>
<context>
    <name>AccountRole</name>
    <message>
        <source>Clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Leader (approver)</source>
        <translation>领导（审批人）</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Data scope</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>A user name has 1 to 50 characters and no spaces.</source>
        <translation>用户名为 1 至 50 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>Administrators and auditors work at county level; they cannot be limited to one township.</source>
        <translation>系统管理员和审计员在县级工作，不能限定于某一乡镇。</translation>
    </message>
    <message>
        <source>This database already has accounts; ask its administrator.</source>
        <translation>此数据库已有账户，请联系其系统管理员。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until {until} (UTC), or until an administrator unlocks it.</source>
        <translation>密码错误次数过多，此账户已锁定至 {until}（UTC），或由系统管理员解锁。</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>此账户已停用。</translation>
    </message>
    <message>
        <source>Demo accounts work only in the demo database they were made for.</source>
        <translation>演示账户只能登录为其创建的演示数据库。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>This is the last active administrator: keep the role and the account active, or make another administrator first.</source>
        <translation>这是最后一个有效的管理员账户：请保留其管理员角色并保持账户有效，或先设立另一名管理员。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被占用。</translation>
    </message>
    <message>
        <source>The cadre chosen for this account is no longer in the roster.</source>
        <translation>为该账户选择的干部已不在干部名册中。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account.</source>
        <translation>不能取消自己账户的系统管理员角色。</translation>
    </message>
    <message>
        <source>This password was used recently; choose one not among the last {n}.</source>
        <translation>此密码近期用过，请选择与最近 {n} 次均不同的密码。</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>&lt;b&gt;User accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;用户账户&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each person signs in with their own account. Roles decide what an account may do; a township account sees only its township&apos;s records.</source>
        <translation>每人使用自己的账户登录。角色决定账户可做什么；乡镇账户只能看到本乡镇的记录。</translation>
    </message>
    <message>
        <source>Accounts: {n}</source>
        <translation>账户：{n}</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>AdministratorForm</name>
    <message>
        <source>This database has no user accounts yet. Create the system administrator&apos;s account: the administrator then creates the accounts of the clerks, reviewers, leaders and the auditor. Keep the password safe; nobody can read it back.</source>
        <translation>此数据库尚无用户账户。请先创建系统管理员账户，再由系统管理员为录入员、审核员、领导和审计员创建账户。请妥善保管密码，任何人都无法读出密码。</translation>
    </message>
    <message>
        <source>e.g. the name of the person</source>
        <translation>如本人姓名</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>Create the system administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups.</source>
        <translation>系统管理员负责管理账户、设置和备份。</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>{number}: answer to an appeal</source>
        <translation>{number}：答复申诉</translation>
    </message>
    <message>
        <source>{date} {name} (answer due {due})</source>
        <translation>{date} {name}（应于 {due} 前答复）</translation>
    </message>
    <message>
        <source>A&amp;ppeal</source>
        <translation>申诉(&amp;P)</translation>
    </message>
    <message>
        <source>Answered &amp;on *</source>
        <translation>答复日期(&amp;O) *</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>结果(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答复内容(&amp;A)</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database is already in use.</source>
        <translation>数据库正在使用中。</translation>
    </message>
    <message>
        <source>{reason}

Read-only, you can look at every record and print, but not change anything.

Database: {location}</source>
        <translation>{reason}

以只读方式打开时，可以查看和打印所有记录，但不能修改任何内容。

数据库：{location}</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The database is encrypted. Enter its passphrase to open it.

Database: {location}</source>
        <translation>数据库已加密。请输入口令以打开。

数据库：{location}</translation>
    </message>
    <message>
        <source>That passphrase does not open the database. Check it (and the keyboard&apos;s language and Caps Lock) and try again.</source>
        <translation>该口令无法打开数据库。请检查口令（以及键盘输入法和大写锁定键）后重试。</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy to this computer</source>
        <translation>复制到本机(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>仍然继续(&amp;O)</translation>
    </message>
    <message>
        <source>The database could not be copied: {reason}

The program goes on with the database at {location}.</source>
        <translation>无法复制数据库：{reason}

程序将继续使用位于 {location} 的数据库。</translation>
    </message>
    <message>
        <source>The database was copied to this computer and the program now works on the copy:

{new}

The original at {old} was left unchanged; keep it as a spare copy or delete it once you have checked the copy. The program opens the copy from now on.</source>
        <translation>数据库已复制到本机，程序现在使用这份副本：

{new}

位于 {old} 的原文件保持不变；可留作备用，或在核对副本无误后删除。以后程序将打开这份副本。</translation>
    </message>
    <message>
        <source>The database could not be opened.

{reason}

Database: {location}</source>
        <translation>无法打开数据库。

{reason}

数据库：{location}</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
    <message>
        <source>The database is on removable media ({location}). Pulling the stick or card while the program runs can destroy records. Move it to this computer&apos;s disk; keep only backups on removable media.</source>
        <translation>数据库位于移动存储介质上（{location}）。程序运行时拔出U盘或存储卡可能损坏记录。请将其移到本机硬盘；移动介质上只存放备份。</translation>
    </message>
    <message>
        <source>The database is on a network share ({location}). A dropped connection in the middle of saving can destroy records. Move it to this computer&apos;s disk.</source>
        <translation>数据库位于网络共享上（{location}）。保存过程中网络中断可能损坏记录。请将其移到本机硬盘。</translation>
    </message>
    <message>
        <source>{file} exists already; nothing was copied.</source>
        <translation>{file} 已存在；未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>{number}: appeal</source>
        <translation>{number}：登记申诉</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Within the window until {date} (regulation {id}); execution continues during the appeal.</source>
        <translation>申诉期限至 {date}（依据 {id}）；申诉期间不停止执行。</translation>
    </message>
    <message>
        <source>A&amp;ppellant</source>
        <translation>申诉人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filed on *</source>
        <translation>申诉日期(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;Heard by</source>
        <translation>受理机关(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>申诉理由(&amp;G)</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申诉日期</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>申诉理由</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>申诉人</translation>
    </message>
</context>
<context>
    <name>AppealOutcome</name>
    <message>
        <source>Decision upheld</source>
        <translation>维持原决定</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>变更原决定</translation>
    </message>
    <message>
        <source>Decision revoked</source>
        <translation>撤销原决定</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>撤回申诉</translation>
    </message>
</context>
<context>
    <name>Assess</name>
    <message>
        <source>{field}: unknown field (known fields: {known}).</source>
        <translation>{field}：未知字段（已知字段：{known}）。</translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation>{field}：此字段为必填项。</translation>
    </message>
    <message>
        <source>{field}: a non-empty text is expected.</source>
        <translation>{field}：应为非空文本。</translation>
    </message>
    <message>
        <source>{field}: {value} is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}：{value} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>{field}: true or false is expected, not {value}.</source>
        <translation>{field}：应为 true 或 false，而不是 {value}。</translation>
    </message>
    <message>
        <source>{field}: {value} is not one of {allowed}.</source>
        <translation>{field}：{value} 不在 {allowed} 之中。</translation>
    </message>
    <message>
        <source>{field}: a list is expected.</source>
        <translation>{field}：应为列表。</translation>
    </message>
    <message>
        <source>{field}: {clause} is not a clause of any known regulation (known: {known}; a clause id looks like hubei-2016/6.3).</source>
        <translation>{field}：{clause} 不是任何已知规定的条款（已知：{known}；条款编号形如 hubei-2016/6.3）。</translation>
    </message>
    <message>
        <source>{field}: {clause} is not a mitigating, aggravating or exemption ground.</source>
        <translation>{field}：{clause} 不是从轻减轻、从重加重或免予追究的情形。</translation>
    </message>
    <message>
        <source>{field}: {clause} is not a circumstance for which one is held accountable.</source>
        <translation>{field}：{clause} 不是应当问责的情形。</translation>
    </message>
    <message>
        <source>{field}: {clause} is a whole article; name one of its items ({first} to {last}).</source>
        <translation>{field}：{clause} 是整条，请指明其中一项（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>{field}: an object is expected.</source>
        <translation>{field}：应为对象。</translation>
    </message>
    <message>
        <source>{field}: a role is given for cadres only, not for a {kind}.</source>
        <translation>{field}：只有干部才有责任类型，{kind}没有。</translation>
    </message>
    <message>
        <source>{field}: a text is expected.</source>
        <translation>{field}：应为文本。</translation>
    </message>
    <message>
        <source>{field}: party_probation is decided, so the probation period (12 or 24 months) is required.</source>
        <translation>{field}：已决定留党察看，须写明察看期限（12 或 24 个月）。</translation>
    </message>
    <message>
        <source>{field}: a whole number of 0 or more is expected, not {value}.</source>
        <translation>{field}：应为不小于 0 的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>{field}: the case must be a JSON object.</source>
        <translation>{field}：案件必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>{field}: {value} is not a known regulation (known: {known}).</source>
        <translation>{field}：{value} 不是已知的规定（已知：{known}）。</translation>
    </message>
    <message>
        <source>{field}: the decision ({decision}) cannot come before the conduct ({conduct}).</source>
        <translation>{field}：决定日期（{decision}）不能早于行为发生日期（{conduct}）。</translation>
    </message>
    <message>
        <source>{field}: at least one subject is required.</source>
        <translation>{field}：至少需要一个问责对象。</translation>
    </message>
    <message>
        <source>{field}: the id {value} is used twice.</source>
        <translation>{field}：编号 {value} 重复使用。</translation>
    </message>
    <message>
        <source>subject {id}: {warning}</source>
        <translation>问责对象 {id}：{warning}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}): {error}</source>
        <translation>{path} 不是有效的 JSON（第 {line} 行第 {column} 列）：{error}</translation>
    </message>
    <message>
        <source>Give the determination a title, e.g. the case&apos;s name.</source>
        <translation>请为认定结果填写标题，例如案件名称。</translation>
    </message>
    <message>
        <source>There is no regulation {id}.</source>
        <translation>没有规定 {id}。</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Minor</source>
        <translation>较轻</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Grave</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Collective leadership responsibility</source>
        <translation>集体领导责任</translation>
    </message>
    <message>
        <source>Primary leadership responsibility</source>
        <translation>主要领导责任</translation>
    </message>
    <message>
        <source>Important leadership responsibility</source>
        <translation>重要领导责任</translation>
    </message>
    <message>
        <source>No leadership responsibility</source>
        <translation>不承担领导责任</translation>
    </message>
    <message>
        <source>Lighter, within the band</source>
        <translation>从轻（本档次内）</translation>
    </message>
    <message>
        <source>Reduced, one band down</source>
        <translation>减轻（降一档）</translation>
    </message>
    <message>
        <source>Heavier, within the band</source>
        <translation>从重（本档次内）</translation>
    </message>
    <message>
        <source>Aggravated, one band up</source>
        <translation>加重（升一档）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Principal leader (first responsible)</source>
        <translation>主要负责人（第一责任人）</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <source>Discipline commission leader</source>
        <translation>纪委负责人</translation>
    </message>
    <message>
        <source>Party committee (leading group) team</source>
        <translation>党委（党组）领导班子</translation>
    </message>
    <message>
        <source>Discipline commission team</source>
        <translation>纪委（纪检组）领导班子</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Directly in charge</source>
        <translation>直接分管</translation>
    </message>
    <message>
        <source>Objection on record</source>
        <translation>提出异议并记录在案</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退休</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已调离</translation>
    </message>
    <message>
        <source>Took part in the decision</source>
        <translation>参与决策</translation>
    </message>
    <message>
        <source>Within the portfolio</source>
        <translation>在分管范围内</translation>
    </message>
    <message>
        <source>{title}, art. {article}</source>
        <translation>{title}第{article}条</translation>
    </message>
    <message>
        <source>{title}, art. {article} para. {item}</source>
        <translation>{title}第{article}条第{item}款</translation>
    </message>
    <message>
        <source>{title}, art. {article} item ({item})</source>
        <translation>{title}第{article}条第（{item}）项</translation>
    </message>
    <message>
        <source>Conduct: {conduct}; decision: {decision}</source>
        <translation>行为发生日期：{conduct}；决定日期：{decision}</translation>
    </message>
    <message>
        <source>Regulation applied:</source>
        <translation>适用规定：</translation>
    </message>
    <message>
        <source>Dual inquiry (一案双查): required</source>
        <translation>一案双查：需要</translation>
    </message>
    <message>
        <source>Dual inquiry (一案双查): not required</source>
        <translation>一案双查：不需要</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <source>{band} (severity given: {severity})</source>
        <translation>{band}（所定情节：{severity}）</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>possible ({grounds})</source>
        <translation>可以（{grounds}）</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>免予追究</translation>
    </message>
    <message>
        <source>Allowed measures</source>
        <translation>允许的问责方式</translation>
    </message>
    <message>
        <source>Measures chosen</source>
        <translation>所选问责方式</translation>
    </message>
    <message>
        <source>{measure}: {months} months, until {until}</source>
        <translation>{measure}：{months} 个月，至 {until}</translation>
    </message>
    <message>
        <source>Influence period</source>
        <translation>影响期</translation>
    </message>
    <message>
        <source>in the year {year}</source>
        <translation>{year} 年度</translation>
    </message>
    <message>
        <source>No &apos;excellent&apos; rating</source>
        <translation>不得评为“优秀”</translation>
    </message>
    <message>
        <source>Influence until</source>
        <translation>影响期至</translation>
    </message>
    <message>
        <source>Clauses applied</source>
        <translation>适用条款</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>从轻从重情形</translation>
    </message>
    <message>
        <source>Met: {points} points.</source>
        <translation>达到要求：得 {points} 分。</translation>
    </message>
    <message>
        <source>Not met: 0 of {points} points.</source>
        <translation>未达到要求：{points} 分中得 0 分。</translation>
    </message>
    <message>
        <source>Veto: the unit ranks last whatever its score.</source>
        <translation>一票否决：无论得分多少，排名均为末位。</translation>
    </message>
    <message>
        <source>No veto.</source>
        <translation>无一票否决情形。</translation>
    </message>
    <message>
        <source>A member&apos;s share is between 0 and 1.</source>
        <translation>每名成员的比例应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Average over {n} members {percent}% of {points}: {got} points.</source>
        <translation>{n} 名成员平均完成 {percent}%，按 {points} 分计：得 {got} 分。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>次数不能为负数。</translation>
    </message>
    <message>
        <source>{n} × {per} = {raw}, at most {points}: {got} points.</source>
        <translation>{n} 次 × {per} = {raw}，最多 {points} 分：得 {got} 分。</translation>
    </message>
    <message>
        <source>{n} shortfalls × {per} = {lost} deducted from {points}, not below {floor}: {got} points.</source>
        <translation>{n} 项不足 × {per} = 扣 {lost} 分，从 {points} 分中扣除，最低 {floor} 分：得 {got} 分。</translation>
    </message>
    <message>
        <source>Bonus {n} × {per}, at most {cap}: {got} points.</source>
        <translation>加分 {n} 项 × {per}，最多 {cap} 分：加 {got} 分。</translation>
    </message>
    <message>
        <source>The sheet has no item {code}.</source>
        <translation>考核表中没有 {code} 项。</translation>
    </message>
    <message>
        <source>The sheet needs a title.</source>
        <translation>考核表需要标题。</translation>
    </message>
    <message>
        <source>The sheet needs at least one item.</source>
        <translation>考核表至少需要一个考核项目。</translation>
    </message>
    <message>
        <source>Every item needs a code of at most {limit} characters.</source>
        <translation>每个项目都需要编号，最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The code {code} is used twice.</source>
        <translation>编号 {code} 重复使用。</translation>
    </message>
    <message>
        <source>Item {code} needs a category and a name.</source>
        <translation>{code} 项需要类别和名称。</translation>
    </message>
    <message>
        <source>Item {code} has a text longer than {limit} characters.</source>
        <translation>{code} 项的文字超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code}: points are between 0 and {limit}.</source>
        <translation>{code} 项：分值应在 0 到 {limit} 之间。</translation>
    </message>
    <message>
        <source>Item {code} needs its full points.</source>
        <translation>{code} 项需要填写满分分值。</translation>
    </message>
    <message>
        <source>Item {code} needs the points per occurrence or shortfall.</source>
        <translation>{code} 项需要填写每次（每项）的分值。</translation>
    </message>
    <message>
        <source>Bonus item {code} needs the most it can add.</source>
        <translation>加分项 {code} 需要填写加分上限。</translation>
    </message>
    <message>
        <source>Item {code}: the floor is above the full points.</source>
        <translation>{code} 项：最低得分高于满分。</translation>
    </message>
    <message>
        <source>Item {code}: the automatic figure it uses cannot be scored by this rule.</source>
        <translation>{code} 项：所用的自动统计数据不能按此规则计分。</translation>
    </message>
    <message>
        <source>The shipped indicator sheet {file} cannot be read: {reason}</source>
        <translation>无法读取程序自带的考核指标表 {file}：{reason}</translation>
    </message>
    <message>
        <source>Ranking rule: units without a one-vote veto rank before vetoed ones, then the higher total first; on equal totals the higher subtotal of the sheet&apos;s first category decides, then of the second, and so on; units still equal share the rank (1, 2, 2, 4) and are listed by name. The last {n} (and any tied with the last of them) are proposed for a talk with their principal leader.</source>
        <translation>排名规则：未被一票否决的单位排在被否决的单位之前，按总分由高到低排列；总分相同的，依次比较第一类、第二类……指标的小计，高者在前；仍相同的名次并列（如1、2、2、4），按单位名称排列。排名后{n}位（含与其并列）的单位，约谈其主要负责人。</translation>
    </message>
    <message>
        <source>The assessment of {unit} for {year} is locked and never changes.</source>
        <translation>{unit}{year}年度的考核结果已锁定，不能再更改。</translation>
    </message>
    <message>
        <source>The assessment of {unit} for {year} is {status}; this needs one that is {needed}.</source>
        <translation>{unit}{year}年度的考核当前为“{status}”状态，此操作要求为“{needed}”状态。</translation>
    </message>
    <message>
        <source>Only townships and county departments are assessed.</source>
        <translation>只对乡镇和县直部门进行考核。</translation>
    </message>
    <message>
        <source>{name}, quarter {quarter} of {year}: missing {kinds}</source>
        <translation>{name}，{year}年第{quarter}季度：缺{kinds}</translation>
    </message>
    <message>
        <source>{name}, quarter {quarter} of {year}: every must-record kind</source>
        <translation>{name}，{year}年第{quarter}季度：“九必记”事项齐全</translation>
    </message>
    <message>
        <source>No member of the unit&apos;s Party committee team is on record for {year}.</source>
        <translation>没有该单位{year}年度党委（党组）领导班子成员的记录。</translation>
    </message>
    <message>
        <source>Average over {n} team members: {percent}% of their quarters have every must-record kind.</source>
        <translation>班子成员{n}人，履责纪实“九必记”完整的季度平均占{percent}%。</translation>
    </message>
    <message>
        <source>List {number} of {holder}: signed on {date}</source>
        <translation>责任清单{number}（{holder}）：{date}签订</translation>
    </message>
    <message>
        <source>List {number} of {holder}: not signed</source>
        <translation>责任清单{number}（{holder}）：未签订</translation>
    </message>
    <message>
        <source>{n} of {total} lists of {year} were not signed by {date}.</source>
        <translation>{year}年度责任清单{total}份，{n}份未在{date}前签订。</translation>
    </message>
    <message>
        <source>Case {number} {title}: every stage deadline met</source>
        <translation>案件{number} {title}：各环节均未超过时限</translation>
    </message>
    <message>
        <source>Case {number} {title}: stage &quot;{stage}&quot; due {due}, left on {left}</source>
        <translation>案件{number} {title}：“{stage}”环节{due}到期，{left}完成</translation>
    </message>
    <message>
        <source>Case {number} {title}: stage &quot;{stage}&quot; due {due}, not finished</source>
        <translation>案件{number} {title}：“{stage}”环节{due}到期，尚未完成</translation>
    </message>
    <message>
        <source>{n} of {total} cases handled in {year} were past a stage deadline.</source>
        <translation>{year}年办理问责案件{total}件，{n}件超过环节时限。</translation>
    </message>
    <message>
        <source>Clue {number} ({names}) received {date}: concluded on {concluded}</source>
        <translation>线索{number}（{names}）{date}受理：{concluded}办结</translation>
    </message>
    <message>
        <source>Clue {number} ({names}) received {date}: not concluded</source>
        <translation>线索{number}（{names}）{date}受理：未办结</translation>
    </message>
    <message>
        <source>{n} of {total} clues received in {year} are not concluded.</source>
        <translation>{year}年受理问题线索{total}件，{n}件未办结。</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
    <message>
        <source>{n} talks held in {year}.</source>
        <translation>{year}年开展谈话{n}次。</translation>
    </message>
    <message>
        <source>Inspection of {date}, {what}: due {due}, done {done}</source>
        <translation>{date}监督检查（{what}）：整改期限{due}，{done}整改完成</translation>
    </message>
    <message>
        <source>Inspection of {date}, {what}: due {due}, not done</source>
        <translation>{date}监督检查（{what}）：整改期限{due}，未整改完成</translation>
    </message>
    <message>
        <source>{n} of {total} rectifications of {year}&apos;s inspections were not done by their deadline.</source>
        <translation>{year}年监督检查发现问题整改{total}项，{n}项逾期未完成。</translation>
    </message>
    <message>
        <source>Item {code} is scored by a whole number of occurrences or shortfalls from 0 to {limit}.</source>
        <translation>{code} 项按发生次数或不足项数计分，应为 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <source>Item {code} is scored by each member&apos;s share, from 0 to 1.</source>
        <translation>{code} 项按每名成员的完成比例计分，比例应在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Item {code} is computed from the records; it cannot be entered by hand (refresh the automatic figures instead).</source>
        <translation>{code} 项根据记录自动计算，不能手工录入（请改为刷新自动统计数据）。</translation>
    </message>
    <message>
        <source>The comment on item {code} is longer than {limit} characters.</source>
        <translation>{code} 项的说明超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Item {code} is scored as met or not met.</source>
        <translation>{code} 项按是否达到要求计分。</translation>
    </message>
    <message>
        <source>Item {code}: {points} points are deducted. Say why in the comment: a deduction is explained on the score sheet and checked at review.</source>
        <translation>{code} 项扣 {points} 分，请在说明中写明原因：扣分须在评分表上说明，并在审核时核查。</translation>
    </message>
    <message>
        <source>Item {code} is not met, so its {points} points are lost. Say why in the comment: it is printed on the score sheet and checked at review.</source>
        <translation>{code} 项未达到要求，{points} 分不得分。请在说明中写明原因：说明将打印在评分表上，并在审核时核查。</translation>
    </message>
    <message>
        <source>Item {code} vetoes the unit, which then ranks last whatever its score. Say why in the comment: it is printed on the score sheet and checked at review.</source>
        <translation>{code} 项对该单位一票否决，无论得分多少，排名均为末位。请在说明中写明原因：说明将打印在评分表上，并在审核时核查。</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters.</source>
        <translation>所填内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {limit}.</source>
        <translation>请输入 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <source>The year {year} has not begun; it cannot be assessed yet.</source>
        <translation>{year} 年度尚未开始，暂不能考核。</translation>
    </message>
    <message>
        <source>You scored this unit yourself; another reviewer must review it (four eyes).</source>
        <translation>此单位由您本人评分，须由其他审核人审核（评分与审核分离）。</translation>
    </message>
    <message>
        <source>Item {code} is not scored yet; every item is scored before the review.</source>
        <translation>{code} 项尚未评分；审核前须对所有项目评分。</translation>
    </message>
    <message>
        <source>Say why the scoring goes back to the assessor; the reason is kept.</source>
        <translation>请说明退回考核人重新评分的原因；该原因将予以保留。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialogs</name>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>How</source>
        <translation>计分说明</translation>
    </message>
    <message>
        <source>Base {base} + bonus {bonus} = total {total} of {full}</source>
        <translation>基本分 {base} + 加分 {bonus} = 总分 {total}（满分 {full}）</translation>
    </message>
    <message>
        <source>One-vote veto: the unit ranks last whatever its score.</source>
        <translation>一票否决：无论得分多少，该单位排名均为末位。</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位类别(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>排名(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;core…</source>
        <translation>评分(&amp;C)…</translation>
    </message>
    <message>
        <source>Score the selected unit: the figures from the records, then the assessor&apos;s items (Enter)</source>
        <translation>对选中单位评分：先核对记录中的数据，再评定由考核人评分的项目（Enter）</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>审核(&amp;V)…</translation>
    </message>
    <message>
        <source>Pass the scores or send them back (a reviewer other than the assessor)</source>
        <translation>审核通过或退回评分（由考核人以外的审核人审核）</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the reviewed result: it counts in the ranking and never changes</source>
        <translation>锁定已审核的结果：锁定后计入排名，不再更改</translation>
    </message>
    <message>
        <source>&amp;Delete scores</source>
        <translation>删除评分(&amp;D)</translation>
    </message>
    <message>
        <source>Delete scores not yet reviewed</source>
        <translation>删除尚未审核的评分</translation>
    </message>
    <message>
        <source>Score sheet &amp;PDF…</source>
        <translation>评分表 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The unit&apos;s score sheet as PDF</source>
        <translation>将该单位的评分表导出为 PDF</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>考核人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <source>Ranking P&amp;DF…</source>
        <translation>排名 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The ranking table as PDF</source>
        <translation>将排名表导出为 PDF</translation>
    </message>
    <message>
        <source>Ranking E&amp;xcel…</source>
        <translation>排名 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>The ranking table as an Excel workbook</source>
        <translation>将排名表导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Propose &amp;talks…</source>
        <translation>提出约谈(&amp;T)…</translation>
    </message>
    <message>
        <source>Talks (约谈) with the principal leaders of the last units of the ranking</source>
        <translation>对排名末位单位的主要负责人提出约谈</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Totals (grey: the year before)</source>
        <translation>总分（灰色：上一年度）</translation>
    </message>
    <message>
        <source>Principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Record the &amp;talk…</source>
        <translation>登记约谈(&amp;T)…</translation>
    </message>
    <message>
        <source>Record the talk held with the selected unit&apos;s principal leader</source>
        <translation>登记与选中单位主要负责人进行的约谈</translation>
    </message>
    <message>
        <source>Proposed talks</source>
        <translation>拟约谈</translation>
    </message>
    <message>
        <source>{title} (version {n}, full marks {full})</source>
        <translation>{title}（第 {n} 版，满分 {full}）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation>（已否决）</translation>
    </message>
    <message>
        <source>Units: {n}; locked: {locked}</source>
        <translation>单位：{n}；已锁定：{locked}</translation>
    </message>
    <message>
        <source>one-vote veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>talk with the principal leader</source>
        <translation>约谈主要负责人</translation>
    </message>
    <message>
        <source> (was {points})</source>
        <translation>（上一年度 {points}）</translation>
    </message>
    <message>
        <source>Without a locked result: {units}</source>
        <translation>尚无锁定结果的单位：{units}</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已约谈</translation>
    </message>
    <message>
        <source>to be held</source>
        <translation>待约谈</translation>
    </message>
    <message>
        <source>(no principal leader on record)</source>
        <translation>（未登记主要负责人）</translation>
    </message>
    <message>
        <source>The scores of {unit} were saved; a reviewer reviews them next.</source>
        <translation>{unit}的评分已保存，下一步由审核人审核。</translation>
    </message>
    <message>
        <source>Reviewed: it can now be locked.</source>
        <translation>已审核，现在可以锁定。</translation>
    </message>
    <message>
        <source>Sent back to the assessor.</source>
        <translation>已退回考核人。</translation>
    </message>
    <message>
        <source>Lock the result</source>
        <translation>锁定结果</translation>
    </message>
    <message>
        <source>Lock the result of {unit} ({total})? A locked result counts in the ranking and can never be changed.</source>
        <translation>锁定{unit}的结果（{total}）吗？锁定后的结果计入排名，不能再作任何修改。</translation>
    </message>
    <message>
        <source>Locked; the ranking counts it.</source>
        <translation>已锁定，结果已计入排名。</translation>
    </message>
    <message>
        <source>Delete the scores of {unit} not yet reviewed and the {n} ledger entries made from them? This cannot be undone.</source>
        <translation>删除{unit}尚未审核的评分及由其生成的 {n} 条台账记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete the scores of {unit} not yet reviewed? This cannot be undone.</source>
        <translation>删除{unit}尚未审核的评分？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete scores</source>
        <translation>删除评分</translation>
    </message>
    <message>
        <source>The scores were deleted.</source>
        <translation>评分已删除。</translation>
    </message>
    <message>
        <source>{n} talks are proposed with the principal leaders of the last units.</source>
        <translation>已对排名末位单位的主要负责人提出 {n} 次约谈。</translation>
    </message>
    <message>
        <source>Ranked {rank} ({total} points) in the {year} quantitative assessment of the two responsibilities, among the last.</source>
        <translation>在{year}年度“两个责任”量化考核中得 {total} 分，排名第 {rank} 名，位居末位。</translation>
    </message>
    <message>
        <source>The talk was recorded.</source>
        <translation>约谈已登记。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the score sheet</source>
        <translation>保存评分表</translation>
    </message>
    <message>
        <source>Save the ranking</source>
        <translation>保存排名</translation>
    </message>
    <message>
        <source>Ranking {year} {kind}</source>
        <translation>{year}年度{kind}排名</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>已保存到 {file}。</translation>
    </message>
    <message>
        <source>The file was not written: {reason}</source>
        <translation>文件未写入：{reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>Unit assessed: {unit}</source>
        <translation>被考核单位：{unit}</translation>
    </message>
    <message>
        <source>Assessed by: {office}</source>
        <translation>考核单位：{office}</translation>
    </message>
    <message>
        <source>Indicator sheet of {year}, version {version}</source>
        <translation>{year}年度考核指标（第{version}版）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Deductions explained</source>
        <translation>扣分说明</translation>
    </message>
    <message>
        <source>(scored from the records)</source>
        <translation>（自动计分）</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Base score</source>
        <translation>基本分合计</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>One-vote veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Vetoed</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Not triggered</source>
        <translation>未触发</translation>
    </message>
    <message>
        <source>Yes: the unit ranks last whatever its score ({items}).</source>
        <translation>是（{items}），考核结果确定为末位。</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Evidence of the items scored from the records</source>
        <translation>自动计分项目的记录依据</translation>
    </message>
    <message>
        <source>{code} {name}: {summary}</source>
        <translation>{code} {name}：{summary}</translation>
    </message>
    <message>
        <source>{n} more records were checked and did not count.</source>
        <translation>另核查记录{n}条，不计分。</translation>
    </message>
    <message>
        <source>Assessor: {name}</source>
        <translation>考核人：{name}</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>审核员：{name}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Status: {status} (draft: not final until locked)</source>
        <translation>状态：{status}（草稿，锁定前不作为最终结果）</translation>
    </message>
    <message>
        <source>Review note: {note}</source>
        <translation>审核意见：{note}</translation>
    </message>
    <message>
        <source>{year} quantitative assessment ranking: {kind}</source>
        <translation>{year}年度{kind}落实党风廉政建设“两个责任”量化考核排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Talk (bottom)</source>
        <translation>末位约谈</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Talk (bottom): the principal leaders of the last {n} units (and of any unit tied with them) are summoned for a talk.</source>
        <translation>末位约谈：排名后{n}位（含与其并列）的单位，约谈其主要负责人。</translation>
    </message>
    <message>
        <source>Without a locked result, not ranked: {units}</source>
        <translation>未锁定考核结果、未参加排名的单位：{units}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总分对比</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <source>Being scored</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>New assessment</source>
        <translation>新建问责认定</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>选择附件</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove the attachment “{name}” from this entry?</source>
        <translation>从此条纪实中移除附件“{name}”？</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit record {seq} is missing: the chain jumps from {prev} to {next}.</source>
        <translation>审计记录 {seq} 缺失：链条从 {prev} 跳到了 {next}。</translation>
    </message>
    <message>
        <source>Audit record {seq} does not follow the record before it: a record was removed, inserted or reordered.</source>
        <translation>审计记录 {seq} 与前一条记录不衔接：有记录被删除、插入或调换了顺序。</translation>
    </message>
    <message>
        <source>Audit record {seq} was altered after it was written.</source>
        <translation>审计记录 {seq} 在写入后被篡改。</translation>
    </message>
    <message>
        <source>The chain head kept outside the database ({file}) is missing, so the removal of the newest records cannot be ruled out.</source>
        <translation>保存在数据库之外的链头（{file}）缺失，无法排除最新记录被删除的可能。</translation>
    </message>
    <message>
        <source>The newest audit records from {seq} to {head} were removed, or the database was rolled back to an older copy.</source>
        <translation>最新的审计记录 {seq} 至 {head} 已被删除，或数据库被回退到了旧副本。</translation>
    </message>
    <message>
        <source>The newest audit record {seq} does not match the chain head kept outside the database.</source>
        <translation>最新的审计记录 {seq} 与保存在数据库之外的链头不一致。</translation>
    </message>
    <message>
        <source>Audit records from {seq} on are not covered by the chain head kept outside the database: they were added behind the program&apos;s back.</source>
        <translation>自 {seq} 起的审计记录不在数据库外所存链头的覆盖范围内：它们是绕过本程序添加的。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>e.g. login, account., unit.</source>
        <translation>如 login、account.、unit.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验链条(&amp;V)</translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation>选择一条记录，查看其变更内容。</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit trail&lt;/b&gt;</source>
        <translation>&lt;b&gt;审计日志&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Showing {shown} of {n} records</source>
        <translation>显示 {shown} 条，共 {n} 条</translation>
    </message>
    <message>
        <source>Record {seq}, {time}</source>
        <translation>记录 {seq}，{time}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>操作：{action}</translation>
    </message>
    <message>
        <source>Object: {entity} {id}</source>
        <translation>对象：{entity} {id}</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>摘要：{summary}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>变更前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>变更后：</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <source>Exported {n} records to {file}.</source>
        <translation>已导出 {n} 条记录到 {file}。</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} records.</source>
        <translation>审计日志完整：共 {n} 条记录。</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. {problem}</source>
        <translation>审计日志不完整！{problem}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>AutomaticPage</name>
    <message>
        <source>Items computed from the records</source>
        <translation>根据记录自动计分的项目</translation>
    </message>
    <message>
        <source>Check the figures and the records they come from; refresh them after correcting a record.</source>
        <translation>请核对各项数据及其所依据的记录；更正记录后请重新读取。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>记录中的数据</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>How</source>
        <translation>计分说明</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>&amp;Refresh from the records</source>
        <translation>从记录重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Records behind the selected item:</source>
        <translation>选中项目所依据的记录：</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>unknown database</source>
        <translation>未知数据库</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason} The database itself is unchanged and the earlier backups were kept.</source>
        <translation>无法将备份写入 {folder}：{reason} 数据库本身未受影响，以前的备份均已保留。</translation>
    </message>
    <message>
        <source>It could not be checked that {file} is a backup of this database: the database it replaced was missing or unreadable. Check the data.</source>
        <translation>无法确认 {file} 是本数据库的备份：被替换的数据库缺失或无法读取。请核对数据。</translation>
    </message>
    <message>
        <source>The backup {file} cannot be restored: {problem}. Nothing was changed; choose another backup.</source>
        <translation>备份 {file} 无法恢复：{problem}。未做任何更改；请选择其他备份。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: the program&apos;s backups and restores apply to a database file only. The server&apos;s administrator backs it up with pg_dump and restores it with pg_restore (README, County server).</source>
        <translation>本数据库位于 PostgreSQL 服务器上：本程序的备份与恢复仅适用于数据库文件。服务器由其管理员用 pg_dump 备份、用 pg_restore 恢复（见 README“县级服务器”一节）。</translation>
    </message>
    <message>
        <source>The backup {file} was copied in but could not be brought up to this version of the program ({reason}), and the database could not be put back ({error}). The replaced database was kept at {kept}; restore it from there.</source>
        <translation>备份 {file} 已复制进来，但无法升级到本程序的版本（{reason}），数据库也无法还原（{error}）。被替换的数据库保存在 {kept}，请从该处恢复。</translation>
    </message>
    <message>
        <source>The backup {file} could not be brought up to this version of the program ({reason}). The database was put back as it was; nothing was changed.</source>
        <translation>备份 {file} 无法升级到本程序的版本（{reason}）。数据库已还原为原样，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Unexpected error: {reason}</source>
        <translation>意外错误：{reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation>&lt;b&gt;备份&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The program backs the database up automatically once a day and checks every copy before keeping it (7 daily, 4 weekly and 12 monthly backups are kept). Keep a copy of the backup folder on another disk as well.</source>
        <translation>程序每天自动备份一次数据库，每份备份经过校验后才会保留（保留最近 7 天、4 周和 12 个月的备份）。请另外在其他磁盘上保存一份备份文件夹的副本。</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>更改文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>使用默认位置(&amp;D)</translation>
    </message>
    <message>
        <source>Keep the backups in the folder &quot;backups&quot; beside the database</source>
        <translation>将备份保存在数据库旁的“backups”文件夹中</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Your role does not include making backups.</source>
        <translation>您的角色没有备份权限。</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 已校验</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>✗ damaged: {problem}</source>
        <translation>✗ 已损坏：{problem}</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>Backups: {n}</source>
        <translation>备份：{n} 份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The backup {file} ({size}) was made and checked.</source>
        <translation>备份 {file}（{size}）已生成并通过校验。</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>The backup folder was changed.</source>
        <translation>备份文件夹已更改。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the backup made on {date} ({file})?

The current database is first kept aside as {database}.before-restore-… (nothing is deleted), then every record is replaced by the backup&apos;s. Changes made after {date} are no longer shown.

Afterwards you are signed out and sign in again.</source>
        <translation>要恢复 {date} 的备份（{file}）吗？

当前数据库将先另存为 {database}.before-restore-…（不删除任何内容），然后全部记录替换为备份中的记录。{date} 之后所做的修改将不再显示。

恢复后将退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>The database was restored from {file}. The previous database was kept as {kept}.

Please sign in again.</source>
        <translation>已从 {file} 恢复数据库。原数据库已另存为 {kept}。

请重新登录。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <source>Edit cadre</source>
        <translation>编辑干部</translation>
    </message>
    <message>
        <source>Add cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>18 characters; fills in birth date and sex</source>
        <translation>18位，自动填写出生日期和性别</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Party standing</source>
        <translation>政治面貌(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>职级(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>分管工作</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Add post</source>
        <translation>添加职务(&amp;A)</translation>
    </message>
    <message>
        <source>Add a unit first.</source>
        <translation>请先添加单位。</translation>
    </message>
    <message>
        <source>Re&amp;move post</source>
        <translation>删除职务(&amp;M)</translation>
    </message>
    <message>
        <source>Keep earlier posts with their end date: accountability follows the person.</source>
        <translation>以前的职务请保留并填写结束日期：责任追究不因调离而免除。</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Party standing</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Post {n}, {field}</source>
        <translation>第{n}项职务，{field}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>CadreFinder</name>
    <message>
        <source>Type part of a name, unit or post, or the pinyin initials of a name</source>
        <translation>输入姓名、单位或职务的一部分，或姓名拼音首字母</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>e.g. 城关镇违规发放津贴问责案</source>
        <translation>例如：城关镇违规发放津贴问责案</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>e.g. 县纪委党风政风监督室</source>
        <translation>例如：县纪委党风政风监督室</translation>
    </message>
    <message>
        <source>Add a p&amp;roblem</source>
        <translation>添加问题(&amp;R)</translation>
    </message>
    <message>
        <source>Add the &amp;cadre</source>
        <translation>添加干部(&amp;C)</translation>
    </message>
    <message>
        <source>Add the &amp;team</source>
        <translation>添加班子(&amp;T)</translation>
    </message>
    <message>
        <source>Remo&amp;ve subject</source>
        <translation>移除对象(&amp;V)</translation>
    </message>
    <message>
        <source>Numbers of the clues that led to the case, separated by 、 or commas</source>
        <translation>引发本案的问题线索编号，用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Number *</source>
        <translation>编号(&amp;N) *</translation>
    </message>
    <message>
        <source>T&amp;itle *</source>
        <translation>标题(&amp;I) *</translation>
    </message>
    <message>
        <source>&amp;Unit *</source>
        <translation>单位(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Determination</source>
        <translation>认定结果(&amp;D)</translation>
    </message>
    <message>
        <source>Con&amp;duct date</source>
        <translation>行为发生日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Proposed on</source>
        <translation>提出建议日期(&amp;P)</translation>
    </message>
    <message>
        <source>Proposed &amp;by</source>
        <translation>建议提出单位(&amp;B)</translation>
    </message>
    <message>
        <source>Problems *</source>
        <translation>问题 *</translation>
    </message>
    <message>
        <source>Subjects *</source>
        <translation>问责对象 *</translation>
    </message>
    <message>
        <source>C&amp;lues</source>
        <translation>问题线索(&amp;L)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>简要案情(&amp;M)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>问责对象</translation>
    </message>
    <message>
        <source>Conduct date</source>
        <translation>行为发生日期</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>提出建议日期</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>What the problem was</source>
        <translation>问题的具体情况</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>The case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Name the assessment, give the dates and, if needed, the regulation and the unit.</source>
        <translation>填写认定名称和日期，必要时选择适用的规定和单位。</translation>
    </message>
    <message>
        <source>e.g. the case&apos;s name</source>
        <translation>如案件名称</translation>
    </message>
    <message>
        <source>Automatic (by the dates)</source>
        <translation>自动（按日期确定）</translation>
    </message>
    <message>
        <source>{title} (in force from {date})</source>
        <translation>{title}（自 {date} 起施行）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>A corruption ring with several leaders punished</source>
        <translation>发生多名领导干部受处分的窝案串案</translation>
    </message>
    <message>
        <source>A grave case of political or organisational discipline</source>
        <translation>发生严重违反政治纪律、组织纪律的案件</translation>
    </message>
    <message>
        <source>Wrongful appointment with grave results</source>
        <translation>违规选人用人造成严重后果</translation>
    </message>
    <message>
        <source>The unit&apos;s year (for dual inquiry, art. 10)</source>
        <translation>本单位本年度情况（用于一案双查，第十条）</translation>
    </message>
    <message>
        <source>Team members given removal from Party post or heavier:</source>
        <translation>受撤销党内职务及以上处分的班子成员：</translation>
    </message>
    <message>
        <source>Major cases of violations this year:</source>
        <translation>本年度发生的重大违纪违法案件：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Conduct date:</source>
        <translation>行为发生日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Regulation:</source>
        <translation>适用规定(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>{title} is not in force at the decision date.</source>
        <translation>{title}在决定日期未生效。</translation>
    </message>
    <message>
        <source>By the dates: {title}, in force at the conduct date. A later regulation applies instead if it is lighter; the determination page says which is applied and why.</source>
        <translation>按日期：适用行为发生时生效的{title}。如后来的规定更轻，则适用后者；认定页面会说明适用哪一规定及理由。</translation>
    </message>
    <message>
        <source>By the dates: {title}, in force at the decision date (no regulation was in force at the conduct date).</source>
        <translation>按日期：适用决定日期生效的{title}（行为发生时尚无生效的规定）。</translation>
    </message>
    <message>
        <source>No regulation is in force at these dates.</source>
        <translation>这些日期没有生效的规定。</translation>
    </message>
    <message>
        <source>Give the assessment a title, e.g. the case&apos;s name.</source>
        <translation>请为认定填写标题，如案件名称。</translation>
    </message>
    <message>
        <source>The decision date ({decision}) cannot come before the conduct date ({conduct}).</source>
        <translation>决定日期（{decision}）不能早于行为发生日期（{conduct}）。</translation>
    </message>
    <message>
        <source>Choose the unit of the case.</source>
        <translation>请选择案件所属单位。</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>Proposal</source>
        <translation>提出建议</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Announced and served</source>
        <translation>宣布送达</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation>此处最多允许 {limit} 个字符（已输入 {n} 个）。</translation>
    </message>
    <message>
        <source>{date} is not plausible: it must lie between 1900 and today ({today}).</source>
        <translation>{date} 不合理：应在1900年至今天（{today}）之间。</translation>
    </message>
    <message>
        <source>The date {date} cannot come before {earlier}, the date of the previous step.</source>
        <translation>日期 {date} 不能早于上一环节的日期 {earlier}。</translation>
    </message>
    <message>
        <source>The case is archived; it has no further stage.</source>
        <translation>案件已归档，没有后续环节。</translation>
    </message>
    <message>
        <source>A stage cannot be skipped: the case is at &quot;{current}&quot;, so the next stage is &quot;{next}&quot;, not &quot;{target}&quot;.</source>
        <translation>不能跳过环节：案件处于“{current}”环节，下一环节应为“{next}”，而不是“{target}”。</translation>
    </message>
    <message>
        <source>A subject given is not a subject of this case.</source>
        <translation>所填对象不是本案的问责对象。</translation>
    </message>
    <message>
        <source>An investigation team has at least two members; name them, separated by 、 or commas.</source>
        <translation>调查组至少应有两名成员，请填写其姓名，用“、”或逗号分隔。</translation>
    </message>
    <message>
        <source>Record what {name} said in statement and defence (陈述申辩), or that they waived it.</source>
        <translation>请记录{name}的陈述申辩内容，或注明其放弃陈述申辩。</translation>
    </message>
    <message>
        <source>Say whether the statement and defence of {name} was accepted.</source>
        <translation>请注明是否采纳{name}的陈述申辩。</translation>
    </message>
    <message>
        <source>Choose the measures decided for {name}.</source>
        <translation>请选择对{name}决定的问责方式。</translation>
    </message>
    <message>
        <source>{code} is not a measure of the regulation that applies.</source>
        <translation>{code} 不是所适用规定中的问责方式。</translation>
    </message>
    <message>
        <source>The probation period (留党察看) is 12 or 24 months.</source>
        <translation>留党察看期限为 12 个月或 24 个月。</translation>
    </message>
    <message>
        <source>Enter the date the organisational adjustment of {name} was done.</source>
        <translation>请填写{name}组织调整的完成日期。</translation>
    </message>
    <message>
        <source>Enter the date the written self-examination of {name} was received.</source>
        <translation>请填写收到{name}书面检查的日期。</translation>
    </message>
    <message>
        <source>The organisational adjustment of {names} was done later than {months} month(s) after the decision ({due}): say why in the note.</source>
        <translation>{names}的组织调整晚于决定后 {months} 个月（{due}）才完成，请在备注中说明原因。</translation>
    </message>
    <message>
        <source>Going back needs an earlier stage than the current one (&quot;{current}&quot;).</source>
        <translation>退回须选择早于当前环节（“{current}”）的环节。</translation>
    </message>
    <message>
        <source>Say why the case goes back; the reason is kept in its history.</source>
        <translation>请说明退回理由，理由将记入办理记录。</translation>
    </message>
    <message>
        <source>An appeal can only be filed against a decision; this case has none yet.</source>
        <translation>只能针对问责决定提出申诉，本案尚未作出决定。</translation>
    </message>
    <message>
        <source>An appeal cannot be filed before the decision ({date}).</source>
        <translation>申诉日期不能早于决定日期（{date}）。</translation>
    </message>
    <message>
        <source>There is no clue numbered {number}.</source>
        <translation>没有编号为 {number} 的问题线索。</translation>
    </message>
    <message>
        <source>The case is decided; its particulars can no longer be changed. Take it back before the decision (with a reason) to correct them.</source>
        <translation>案件已作出决定，基本情况不能再修改。如需更正，请将案件退回到决定之前的环节（须说明理由）。</translation>
    </message>
    <message>
        <source>Give the case a number, e.g. {example}.</source>
        <translation>请填写案件编号，如 {example}。</translation>
    </message>
    <message>
        <source>A case number has at most 60 characters.</source>
        <translation>案件编号最多 60 个字符。</translation>
    </message>
    <message>
        <source>Give the case a title.</source>
        <translation>请填写案件标题。</translation>
    </message>
    <message>
        <source>A title has at most 200 characters.</source>
        <translation>标题最多 200 个字符。</translation>
    </message>
    <message>
        <source>Choose the unit the case concerns.</source>
        <translation>请选择案件涉及的单位。</translation>
    </message>
    <message>
        <source>A case deals with at least one problem: choose its category.</source>
        <translation>案件至少涉及一个问题，请选择问题类别。</translation>
    </message>
    <message>
        <source>Add at least one subject (a team or a cadre).</source>
        <translation>请至少添加一个问责对象（领导班子或干部）。</translation>
    </message>
    <message>
        <source>A subject is a cadre or a leadership team chosen from the records.</source>
        <translation>问责对象须是从台账记录中选择的干部或领导班子。</translation>
    </message>
    <message>
        <source>The same subject is given twice.</source>
        <translation>同一问责对象重复添加。</translation>
    </message>
    <message>
        <source>Unknown responsibility {value}.</source>
        <translation>未知的责任类型 {value}。</translation>
    </message>
    <message>
        <source>Unknown severity {value}.</source>
        <translation>未知的情节轻重 {value}。</translation>
    </message>
    <message>
        <source>A problem&apos;s description has at most {n} characters.</source>
        <translation>问题描述最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>The number {number} is already used by another case; the next free one is {suggested}.</source>
        <translation>编号 {number} 已被其他案件使用，下一个可用编号为 {suggested}。</translation>
    </message>
    <message>
        <source>The determination was not found; it may have been deleted.</source>
        <translation>找不到该认定结果，可能已被删除。</translation>
    </message>
    <message>
        <source>A clue to link was not found; it may have been deleted.</source>
        <translation>找不到要关联的问题线索，可能已被删除。</translation>
    </message>
    <message>
        <source>Clue {number} already led to another case.</source>
        <translation>问题线索 {number} 已关联其他案件。</translation>
    </message>
    <message>
        <source>A decided case cannot be deleted; it stays in the records.</source>
        <translation>已作出决定的案件不能删除，须保留在台账中。</translation>
    </message>
    <message>
        <source>The appellant must be a subject of this case.</source>
        <translation>申诉人必须是本案的问责对象。</translation>
    </message>
    <message>
        <source>Only a decided case can be circulated as a typical case.</source>
        <translation>只有已作出决定的案件才能作为典型案例通报。</translation>
    </message>
    <message>
        <source>The case&apos;s determination does not call for a dual inquiry (一案双查).</source>
        <translation>本案的认定结果不要求实行一案双查。</translation>
    </message>
    <message>
        <source>The dual inquiry of this case has already been proposed.</source>
        <translation>本案已提出一案双查。</translation>
    </message>
    <message>
        <source>The unit has no Party committee (leading group) team in the records; add it to propose the dual inquiry.</source>
        <translation>台账中没有该单位的党委（党组）领导班子，请先添加，再提出一案双查。</translation>
    </message>
    <message>
        <source>Dual inquiry: {title}</source>
        <translation>一案双查：{title}</translation>
    </message>
    <message>
        <source>Principal and supervisory responsibility for case {number} (dual inquiry; grounds: {grounds}).</source>
        <translation>追究案件 {number} 所涉主体责任和监督责任（一案双查，依据：{grounds}）。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建认定(&amp;N)…</translation>
    </message>
    <message>
        <source>Assess a case against the regulations and save the determination (Ctrl+N)</source>
        <translation>依据规定对案件进行认定并保存认定结果（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>新建案件(&amp;C)…</translation>
    </message>
    <message>
        <source>Register an accountability case at the proposal stage</source>
        <translation>在“提出建议”环节登记问责案件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>不限期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>逾期或即将到期</translation>
    </message>
    <message>
        <source>Number, title or name</source>
        <translation>编号、标题或姓名</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>环节(&amp;S)</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>期限(&amp;L)</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>查找(&amp;D)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>问责对象</translation>
    </message>
    <message>
        <source>Click the next stage to advance; an earlier one to go back</source>
        <translation>点击下一环节推进办理，点击之前的环节退回</translation>
    </message>
    <message>
        <source>Select a case to see it in full.</source>
        <translation>选择一起案件以查看详情。</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>推进(&amp;A)…</translation>
    </message>
    <message>
        <source>Go &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <source>A&amp;ppeal…</source>
        <translation>登记申诉(&amp;P)…</translation>
    </message>
    <message>
        <source>Ans&amp;wer appeal…</source>
        <translation>答复申诉(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Propose d&amp;ual inquiry</source>
        <translation>提出一案双查(&amp;U)</translation>
    </message>
    <message>
        <source>一案双查: a linked case against the unit&apos;s Party committee team and its principal leader</source>
        <translation>一案双查：对该单位党委（党组）领导班子及其主要负责人另立关联案件</translation>
    </message>
    <message>
        <source>T&amp;ypical case for circulation</source>
        <translation>作为典型案例通报(&amp;Y)</translation>
    </message>
    <message>
        <source>D&amp;ocument…</source>
        <translation>文书(&amp;O)…</translation>
    </message>
    <message>
        <source>Draft the proposal, decision, receipt of service or circulated notice of this case, filled from it</source>
        <translation>起草本案的问责建议书、问责决定书、送达回证或通报，内容取自本案</translation>
    </message>
    <message>
        <source>New case from this determination…</source>
        <translation>依据此认定新建案件…</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>规定</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Select a determination to see it in full.</source>
        <translation>选择一项认定结果以查看全文。</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Cases: {n}; overdue: {overdue}</source>
        <translation>案件：{n}&#x3000;逾期：{overdue}</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>已通报</translation>
    </message>
    <message>
        <source>appeal open</source>
        <translation>申诉待答复</translation>
    </message>
    <message>
        <source>dual inquiry</source>
        <translation>一案双查</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <source>Due in {n} days</source>
        <translation>{n} 天后到期</translation>
    </message>
    <message>
        <source>&amp;Advance to {stage}…</source>
        <translation>推进到“{stage}”(&amp;A)…</translation>
    </message>
    <message>
        <source>Conduct date</source>
        <translation>行为发生日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>问责决定</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Appeal window until</source>
        <translation>申诉期限至</translation>
    </message>
    <message>
        <source>Circulated as a typical case</source>
        <translation>作为典型案例通报</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Dual inquiry of case</source>
        <translation>一案双查原案</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Measures: {m}</source>
        <translation>问责方式：{m}</translation>
    </message>
    <message>
        <source> (accepted)</source>
        <translation> （予以采纳）</translation>
    </message>
    <message>
        <source> (not accepted)</source>
        <translation> （不予采纳）</translation>
    </message>
    <message>
        <source>Statement and defence: {text}{accepted}</source>
        <translation>陈述申辩：{text}{accepted}</translation>
    </message>
    <message>
        <source>Influence period of {measure}: {months} months, until {date}</source>
        <translation>{measure}影响期：{months} 个月，至 {date}</translation>
    </message>
    <message>
        <source> (the longest: governs)</source>
        <translation> （期限最长，以此为准）</translation>
    </message>
    <message>
        <source>No excellent rating or award for {year}</source>
        <translation>{year}年度不得评先评优</translation>
    </message>
    <message>
        <source>Organisational adjustment done on {date}</source>
        <translation>已于 {date} 完成组织调整</translation>
    </message>
    <message>
        <source>Written self-examination received on {date}</source>
        <translation>已于 {date} 收到书面检查</translation>
    </message>
    <message>
        <source>The determination calls for a dual inquiry (一案双查; {grounds}): proposed.</source>
        <translation>认定结果要求实行一案双查（{grounds}）：已提出。</translation>
    </message>
    <message>
        <source>The determination calls for a dual inquiry (一案双查; {grounds}): propose the linked case against the unit&apos;s Party committee team and its principal leader.</source>
        <translation>认定结果要求实行一案双查（{grounds}）：请对该单位党委（党组）领导班子及其主要负责人提出关联案件。</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Back to {stage} from {previous}</source>
        <translation>由“{previous}”退回“{stage}”</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>批准人：{name}</translation>
    </message>
    <message>
        <source>Team: {names}</source>
        <translation>调查组：{names}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>{date} {name}: answer due {due}</source>
        <translation>{date} {name}：应于 {due} 前答复</translation>
    </message>
    <message>
        <source> (filed after the window)</source>
        <translation> （超过申诉期限提出）</translation>
    </message>
    <message>
        <source>; answered {date}: {outcome}</source>
        <translation>；{date} 已答复：{outcome}</translation>
    </message>
    <message>
        <source>The case was saved.</source>
        <translation>案件已保存。</translation>
    </message>
    <message>
        <source>The case is now at &quot;{stage}&quot;.</source>
        <translation>案件已进入“{stage}”环节。</translation>
    </message>
    <message>
        <source>The ledger of {names} has an entry for it.</source>
        <translation>已在{names}的履责纪实台账中生成记录。</translation>
    </message>
    <message>
        <source>The case went back; the reason is kept in its history.</source>
        <translation>案件已退回，退回理由已记入办理记录。</translation>
    </message>
    <message>
        <source>The appeal was recorded after the window; it is kept as late.</source>
        <translation>申诉已登记；因超过申诉期限，记为逾期申诉。</translation>
    </message>
    <message>
        <source>The appeal was recorded; execution continues.</source>
        <translation>申诉已登记；申诉期间不停止执行。</translation>
    </message>
    <message>
        <source>The answer was recorded.</source>
        <translation>申诉答复已登记。</translation>
    </message>
    <message>
        <source>Dual inquiry: {title}</source>
        <translation>一案双查：{title}</translation>
    </message>
    <message>
        <source>Principal and supervisory responsibility for case {number} (dual inquiry; grounds: {grounds}).</source>
        <translation>追究案件 {number} 所涉主体责任和监督责任（一案双查，依据：{grounds}）。</translation>
    </message>
    <message>
        <source>The dual inquiry was proposed as a linked case.</source>
        <translation>已提出一案双查，并登记为关联案件。</translation>
    </message>
    <message>
        <source>{n} problem clues</source>
        <translation>{n} 条问题线索</translation>
    </message>
    <message>
        <source>{n} talk records</source>
        <translation>{n} 条谈话记录</translation>
    </message>
    <message>
        <source>{n} dual-inquiry cases</source>
        <translation>{n} 个“一案双查”案件</translation>
    </message>
    <message>
        <source>the {n} ledger entries made from it will be deleted too</source>
        <translation>由其生成的 {n} 条台账记录将一并删除</translation>
    </message>
    <message>
        <source>{items} will be unlinked from it</source>
        <translation>{items}将解除关联</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Delete case {number} ({title})? {effects}. This cannot be undone.</source>
        <translation>删除案件 {number}（{title}）？{effects}。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Delete case {number} ({title})? This cannot be undone.</source>
        <translation>删除案件 {number}（{title}）？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>案件已删除。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>重复新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ClausesPage</name>
    <message>
        <source>Clauses, severity and grounds</source>
        <translation>条款、情节与从轻从重情形</translation>
    </message>
    <message>
        <source>For each subject tick the circumstances that apply and the grounds for a lighter or heavier treatment; the selected clause&apos;s full text is shown.</source>
        <translation>为每个问责对象勾选适用的问责情形以及从轻、从重情形；右侧显示所选条款的全文。</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>问责情形</translation>
    </message>
    <message>
        <source>Grounds (mitigating, aggravating, exemption)</source>
        <translation>从轻减轻、从重加重、免予追究情形</translation>
    </message>
    <message>
        <source>Select a clause to read its full text.</source>
        <translation>选择一个条款以阅读全文。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>问责对象(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>情节(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Adjustment for the grounds:</source>
        <translation>按情形调整(&amp;A)：</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>第{number}条</translation>
    </message>
    <message>
        <source>Paragraph {number}: {text}</source>
        <translation>第{number}款：{text}</translation>
    </message>
    <message>
        <source>Default ({label})</source>
        <translation>默认（{label}）</translation>
    </message>
    <message>
        <source>(no mitigating or aggravating ground)</source>
        <translation>（无从轻或从重情形）</translation>
    </message>
    <message>
        <source>Tick at least one circumstance for {name}.</source>
        <translation>请为{name}至少勾选一项问责情形。</translation>
    </message>
    <message>
        <source>Choose the severity for {name}.</source>
        <translation>请选择{name}的情节轻重。</translation>
    </message>
</context>
<context>
    <name>ClearanceReply</name>
    <message>
        <source>Reply on the Party conduct and integrity of comrade {name}</source>
        <translation>关于{name}同志党风廉政情况的意见回复</translation>
    </message>
    <message>
        <source>Reply on the Party conduct and integrity of comrade {name} and others</source>
        <translation>关于{name}等同志党风廉政情况的意见回复</translation>
    </message>
    <message>
        <source>{addressee}:</source>
        <translation>{addressee}：</translation>
    </message>
    <message>
        <source>As you asked, we checked the {n} comrades below against the problem clues, accountability cases, measures and influence periods recorded by this office as of {date}. Our answers:</source>
        <translation>根据你单位来函要求，我们对照本机关截至{date}登记的问题线索、问责案件、问责处理及影响期情况，对下列{n}名同志进行了核查，现将有关情况回复如下：</translation>
    </message>
    <message>
        <source>{n} of them are not in the records of this office and are to be checked by hand.</source>
        <translation>其中{n}名同志在本机关记录中未能查到，需人工核查。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit and post</source>
        <translation>单位及职务</translation>
    </message>
    <message>
        <source>Clues and cases not concluded</source>
        <translation>未办结的问题线索和案件</translation>
    </message>
    <message>
        <source>Measures and influence periods</source>
        <translation>问责处理及影响期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论意见</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
</context>
<context>
    <name>ClearanceTab</name>
    <message>
        <source>Influence periods and measures as on this day</source>
        <translation>截至当日的影响期及问责处理情况</translation>
    </message>
    <message>
        <source>e.g. 中共青山县委组织部</source>
        <translation>如：中共青山县委组织部</translation>
    </message>
    <message>
        <source>&amp;Load the list…</source>
        <translation>载入名单(&amp;L)…</translation>
    </message>
    <message>
        <source>The organisation department&apos;s list (.xlsx, .xls, .ods or .csv) with the columns 姓名, 身份证号, 单位, 职务 in any order</source>
        <translation>组织部发来的名单（.xlsx、.xls、.ods 或 .csv），含“姓名、身份证号、单位、职务”列，顺序不限</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The reply as it will print, to read or print before it is signed</source>
        <translation>按打印效果显示意见回复，供签发前阅读或打印</translation>
    </message>
    <message>
        <source>Write &amp;PDF…</source>
        <translation>生成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write E&amp;xcel…</source>
        <translation>生成 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>打开(&amp;E)</translation>
    </message>
    <message>
        <source>Draft for si&amp;gning</source>
        <translation>起草待签发文书(&amp;G)</translation>
    </message>
    <message>
        <source>Make the reply a document on the Documents page, to submit, sign and number</source>
        <translation>把回复意见作为文书放到“文书”页面，以便报审、签发和编号</translation>
    </message>
    <message>
        <source>Records as &amp;on</source>
        <translation>记录截至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>发往单位(&amp;A)</translation>
    </message>
    <message>
        <source>Load the list the organisation department sent.</source>
        <translation>请载入组织部发来的名单。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>比对依据</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论意见</translation>
    </message>
    <message>
        <source>The organisation department&apos;s list</source>
        <translation>组织部发来的名单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message>
        <source>The list was not read: {reason}</source>
        <translation>名单未能读取：{reason}</translation>
    </message>
    <message>
        <source>Name and unit</source>
        <translation>姓名和单位</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>{n} people; {unknown} not found in the records (red). Records as on {date}.</source>
        <translation>共 {n} 人；其中 {unknown} 人在记录中未找到（红色标示）。记录截至{date}。</translation>
    </message>
    <message>
        <source>Rows left out: {rows}</source>
        <translation>未处理的行：{rows}</translation>
    </message>
    <message>
        <source>Integrity clearance reply</source>
        <translation>党风廉政意见回复</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>保存意见回复</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the reply…</source>
        <translation>正在生成意见回复…</translation>
    </message>
    <message>
        <source>The reply was not written: {reason}</source>
        <translation>意见回复未能生成：{reason}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>已保存：{file}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file or SQLAlchemy URL (default: ZEREN_DB, else the file in the user data folder)</source>
        <translation>数据库文件或 SQLAlchemy URL（默认：ZEREN_DB，否则为用户数据文件夹中的文件）</translation>
    </message>
    <message>
        <source>account to act as (default: ZEREN_USER); the password comes from ZEREN_PASSWORD or a prompt</source>
        <translation>以哪个账户操作（默认：ZEREN_USER）；密码取自 ZEREN_PASSWORD 或提示输入</translation>
    </message>
    <message>
        <source>Zeren Desktop, headless: the same services as the GUI.</source>
        <translation>责任台账命令行版：与图形界面使用相同的服务。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done or intact, 1 a check failed or was refused, 2 bad usage or input.</source>
        <translation>退出码：0 完成或完好，1 检查未通过或被拒绝，2 用法或输入有误。</translation>
    </message>
    <message>
        <source>create the database (or bring it up to date) and print where it is</source>
        <translation>创建数据库（或将其升级到最新），并显示其位置</translation>
    </message>
    <message>
        <source>name of this office, e.g. the township&apos;s discipline commission</source>
        <translation>本机构名称，例如乡镇纪委</translation>
    </message>
    <message>
        <source>create the administrator account &apos;admin&apos; with the password in this file</source>
        <translation>用此文件中的密码创建管理员账户“admin”</translation>
    </message>
    <message>
        <source>load the fictional demo county into an empty database</source>
        <translation>向空数据库载入虚构的演示县数据</translation>
    </message>
    <message>
        <source>seed of the generated data (same seed, same data)</source>
        <translation>生成数据的随机种子（相同种子生成相同数据）</translation>
    </message>
    <message>
        <source>a large county instead: &apos;county&apos; (1,000,000 ledger entries, 500,000 clues, 20,000 cases, 3,000 cadres), &apos;quick&apos; (10,000 entries) or N ledger entries</source>
        <translation>改为载入大规模县级数据：&apos;county&apos;（1,000,000 条台账记录、500,000 条问题线索、20,000 件问责案件、3,000 名干部）、&apos;quick&apos;（10,000 条台账记录）或 N 条台账记录</translation>
    </message>
    <message>
        <source>apply the regulations to a case described in JSON and print the determination (docs/assess-schema.md)</source>
        <translation>对以 JSON 描述的案件适用规定，并输出认定结果（见 docs/assess-schema.md）</translation>
    </message>
    <message>
        <source>show where the database is and how many records it holds</source>
        <translation>显示数据库位置及其中的记录数</translation>
    </message>
    <message>
        <source>the audit trail: verify its integrity, or list it (auditor)</source>
        <translation>审计日志：校验其完整性或列出记录（审计员）</translation>
    </message>
    <message>
        <source>check the hash chain; prints no content</source>
        <translation>校验哈希链；不输出内容</translation>
    </message>
    <message>
        <source>print the newest audit records</source>
        <translation>输出最新的审计记录</translation>
    </message>
    <message>
        <source>list the units you may see, or import a unit list (.xlsx/.csv)</source>
        <translation>列出有权查看的单位，或导入单位名录（.xlsx/.csv）</translation>
    </message>
    <message>
        <source>list or search the cadres you may see, or import a cadre roster (.xlsx/.csv)</source>
        <translation>列出或查找有权查看的干部，或导入干部名册（.xlsx/.csv）</translation>
    </message>
    <message>
        <source>accounts (administrator): list, add, unlock</source>
        <translation>账户（管理员）：列出、添加、解锁</translation>
    </message>
    <message>
        <source>make a verified backup now (needs the backup permission)</source>
        <translation>立即生成经过校验的备份（需要备份权限）</translation>
    </message>
    <message>
        <source>folder for the backup (default: the backup folder of the settings)</source>
        <translation>备份存放的文件夹（默认：设置中的备份文件夹）</translation>
    </message>
    <message>
        <source>replace the database with a backup (administrator); the current database is kept aside</source>
        <translation>用备份替换数据库（管理员）；当前数据库另行保留</translation>
    </message>
    <message>
        <source>the backups of the database</source>
        <translation>数据库的备份</translation>
    </message>
    <message>
        <source>list the backups, newest first, and whether each verifies</source>
        <translation>列出备份（最新的在前）及各自是否通过校验</translation>
    </message>
    <message>
        <source>encrypt the database at rest (administrator); a backup is made first</source>
        <translation>加密存储数据库（系统管理员）；加密前先做一次备份</translation>
    </message>
    <message>
        <source>only print where the key file of the encrypted database is</source>
        <translation>只显示加密数据库的密钥文件所在位置</translation>
    </message>
    <message>
        <source>only write an escrow copy of the key file to FILE, for the office safe</source>
        <translation>只把密钥文件的托管副本写到 FILE，交保险柜保管</translation>
    </message>
    <message>
        <source>store the database unencrypted again (administrator)</source>
        <translation>恢复为不加密存储（系统管理员）</translation>
    </message>
    <message>
        <source>This command needs an account: give --user NAME or set ZEREN_USER.</source>
        <translation>此命令需要账户：请使用 --user 用户名，或设置 ZEREN_USER。</translation>
    </message>
    <message>
        <source>No password: set ZEREN_PASSWORD or run the command in a terminal.</source>
        <translation>没有密码：请设置 ZEREN_PASSWORD，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>Cannot read the password file: {reason}</source>
        <translation>无法读取密码文件：{reason}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation>数据库结构版本：{rev}</translation>
    </message>
    <message>
        <source>Office: {name}</source>
        <translation>机构：{name}</translation>
    </message>
    <message>
        <source>Units: {units}, cadres: {cadres}, posts: {posts}, leadership teams: {teams}</source>
        <translation>单位：{units}，干部：{cadres}，职务：{posts}，领导班子：{teams}</translation>
    </message>
    <message>
        <source>Created a new database.</source>
        <translation>已创建新数据库。</translation>
    </message>
    <message>
        <source>Upgraded the database from {old} to {new}; a copy of the old one is at {backup}.</source>
        <translation>已将数据库从 {old} 升级到 {new}；旧数据库的副本位于 {backup}。</translation>
    </message>
    <message>
        <source>The database is already up to date.</source>
        <translation>数据库已是最新。</translation>
    </message>
    <message>
        <source>The office name is changed by the administrator in Settings.</source>
        <translation>机构名称由管理员在“设置”中修改。</translation>
    </message>
    <message>
        <source>Password for the new administrator &apos;admin&apos;: </source>
        <translation>新管理员“admin”的密码：</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; no account was made.</source>
        <translation>两次输入的密码不一致；未创建账户。</translation>
    </message>
    <message>
        <source>No account was created: the first start of the program asks for the administrator, or use --admin-password-file.</source>
        <translation>未创建账户：首次启动程序时会要求创建管理员，或使用 --admin-password-file。</translation>
    </message>
    <message>
        <source>Created the administrator account &apos;admin&apos;.</source>
        <translation>已创建管理员账户“admin”。</translation>
    </message>
    <message>
        <source>Loaded the demo county: {units} units, {cadres} cadres, {posts} posts, {teams} leadership teams.</source>
        <translation>已载入演示县：{units} 个单位，{cadres} 名干部，{posts} 个职务，{teams} 个领导班子。</translation>
    </message>
    <message>
        <source>Duty ledgers: {lists} responsibility lists, {entries} ledger entries, {inspections} inspections.</source>
        <translation>履责纪实：责任清单 {lists} 份，纪实 {entries} 条，监督检查 {inspections} 次。</translation>
    </message>
    <message>
        <source>Cases: {clues} clues, {cases} accountability cases, {periods} influence periods, {talks} talk records.</source>
        <translation>案件：问题线索 {clues} 条，问责案件 {cases} 起，影响期 {periods} 个，谈话记录 {talks} 条。</translation>
    </message>
    <message>
        <source>Documents: {documents} drafts, documents under review and signed documents.</source>
        <translation>公文：草稿、待审核和已签发的公文共 {documents} 份。</translation>
    </message>
    <message>
        <source>Assessment: {assessments} unit results scored and locked.</source>
        <translation>量化考核：已评分并锁定的单位考核结果 {assessments} 份。</translation>
    </message>
    <message>
        <source>Meetings: {meetings}, each feeding its attendees&apos; ledgers.</source>
        <translation>会议：{meetings} 次，每次会议均记入出席人员的台账。</translation>
    </message>
    <message>
        <source>Demo accounts (password {password}): {names}</source>
        <translation>演示账户（密码 {password}）：{names}</translation>
    </message>
    <message>
        <source>Unknown scale {scale}: use county, quick or a number of ledger entries.</source>
        <translation>未知的规模 {scale}：请使用 county、quick 或台账记录条数。</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}：{done} / {total}</translation>
    </message>
    <message>
        <source>Loaded the county data set of {year} in {seconds} s: {units} units, {cadres} cadres, {entries} ledger entries, {clues} clues, {cases} accountability cases.</source>
        <translation>已载入{year}年县级数据（用时 {seconds} 秒）：{units} 个单位，{cadres} 名干部，{entries} 条台账记录，{clues} 条问题线索，{cases} 件问责案件。</translation>
    </message>
    <message>
        <source>Encryption at rest: on (key from {source})</source>
        <translation>加密存储：已开启（密钥来自 {source}）</translation>
    </message>
    <message>
        <source>Encryption at rest: off</source>
        <translation>加密存储：未开启</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} records.</source>
        <translation>审计日志完好：共 {n} 条记录。</translation>
    </message>
    <message>
        <source>The audit trail FAILED verification: {reason}</source>
        <translation>审计日志校验未通过：{reason}</translation>
    </message>
    <message>
        <source>Say what to do: zeren audit verify | list</source>
        <translation>请指明操作：zeren audit verify | list</translation>
    </message>
    <message>
        <source>Say what to do: zeren users list | add | unlock</source>
        <translation>请指明操作：zeren users list | add | unlock</translation>
    </message>
    <message>
        <source>Created the account {user}.</source>
        <translation>已创建账户 {user}。</translation>
    </message>
    <message>
        <source>No account is named {user}.</source>
        <translation>没有名为 {user} 的账户。</translation>
    </message>
    <message>
        <source>Unlocked the account {user}.</source>
        <translation>已解锁账户 {user}。</translation>
    </message>
    <message>
        <source>Backup written and verified: {file}</source>
        <translation>备份已写入并通过校验：{file}</translation>
    </message>
    <message>
        <source>No such backup file: {file}</source>
        <translation>备份文件不存在：{file}</translation>
    </message>
    <message>
        <source>Restored the database from {file}.</source>
        <translation>已从 {file} 恢复数据库。</translation>
    </message>
    <message>
        <source>The replaced database was kept at {file}.</source>
        <translation>被替换的数据库已保留在 {file}。</translation>
    </message>
    <message>
        <source>Say what to do: zeren backups list</source>
        <translation>请指明操作：zeren backups list</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Escrow copy of the key written to {file}. It opens the database on any computer: keep it in the office safe.</source>
        <translation>密钥的托管副本已写到 {file}。它在任何电脑上都能打开数据库：请放入保险柜保管。</translation>
    </message>
    <message>
        <source>This database has no key file on this computer (not encrypted, or its key comes from ZEREN_DB_KEY or a passphrase).</source>
        <translation>本机没有此数据库的密钥文件（数据库未加密，或密钥来自 ZEREN_DB_KEY 或口令）。</translation>
    </message>
    <message>
        <source>Key file: {file}</source>
        <translation>密钥文件：{file}</translation>
    </message>
    <message>
        <source>The database is now encrypted: {file}</source>
        <translation>数据库已加密：{file}</translation>
    </message>
    <message>
        <source>Its key is in {file}. Without it the data cannot be recovered: write an escrow copy with `zeren encrypt --export-key FILE` and keep it in the office safe.</source>
        <translation>密钥保存在 {file}。丢失密钥，数据将无法恢复：请用 `zeren encrypt --export-key FILE` 写出托管副本，放入保险柜保管。</translation>
    </message>
    <message>
        <source>The backup made before encrypting, {file}, and older backups are NOT encrypted: keep or delete them as the office&apos;s policy says.</source>
        <translation>加密前所做的备份 {file} 以及更早的备份均未加密：请按本单位保密规定保留或删除。</translation>
    </message>
    <message>
        <source>The database is no longer encrypted: {file}</source>
        <translation>数据库已恢复为不加密存储：{file}</translation>
    </message>
    <message>
        <source>The key file {file} was kept: the encrypted backups still need it.</source>
        <translation>密钥文件 {file} 已保留：加密的备份仍需要它。</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>错误：{reason}</translation>
    </message>
    <message>
        <source>print the ledger book or responsibility lists as PDF</source>
        <translation>将履责纪实簿或责任清单输出为 PDF</translation>
    </message>
    <message>
        <source>a cadre&apos;s ledger book for a year (or every cadre of a unit)</source>
        <translation>某干部某一年度的履责纪实簿（或某单位全部干部的）</translation>
    </message>
    <message>
        <source>the cadre: database id (UUID, or its first 8+ digits), ID number or a unique name; may be repeated</source>
        <translation>干部：数据库 id（UUID，或其前 8 位及以上）、身份证号或唯一的姓名；可重复指定</translation>
    </message>
    <message>
        <source>every cadre of this unit and the units under it (id or exact name)</source>
        <translation>此单位及其下级单位的全部干部（id 或完整名称）</translation>
    </message>
    <message>
        <source>a blank book with empty ruled rows, for filling in by hand</source>
        <translation>带空白格线的空白纪实簿，供手工填写</translation>
    </message>
    <message>
        <source>the responsibility lists of a year, to sign</source>
        <translation>某一年度的责任清单，供签订</translation>
    </message>
    <message>
        <source>duty-ledger entries: import from or export to a spreadsheet</source>
        <translation>履责纪实：从电子表格导入，或导出到电子表格</translation>
    </message>
    <message>
        <source>import entries from .xlsx or .csv (good rows, all or none)</source>
        <translation>从 .xlsx 或 .csv 导入纪实（导入无误的行，要么全部导入，要么全不导入）</translation>
    </message>
    <message>
        <source>only check the file and list the bad rows</source>
        <translation>只检查文件并列出有问题的行</translation>
    </message>
    <message>
        <source>export entries to .xlsx</source>
        <translation>将纪实导出为 .xlsx</translation>
    </message>
    <message>
        <source>write an .xlsx with the expected columns and an example row</source>
        <translation>生成一个含规定列标题和示例行的 .xlsx</translation>
    </message>
    <message>
        <source>responsibility lists: issue a year&apos;s lists to the teams of units, or list them</source>
        <translation>责任清单：向各单位领导班子下发某一年度的清单，或列出清单</translation>
    </message>
    <message>
        <source>is FILE.pdf exactly a document signed in this database, and which?</source>
        <translation>核验 FILE.pdf 是否与本数据库中某份已签发公文完全一致，并显示是哪一份</translation>
    </message>
    <message>
        <source>documents: drafts, sign-off, PDF and .docx</source>
        <translation>公文：草稿、审签、PDF 和 .docx</translation>
    </message>
    <message>
        <source>a draft from a case (--case), talk (--talk), list (--list), the statistics of a period (--from, --to) or a clearance list (--clearance)</source>
        <translation>依据案件（--case）、谈话（--talk）、责任清单（--list）、某一期间的统计（--from、--to）或党风廉政意见征询名单（--clearance）生成草稿</translation>
    </message>
    <message>
        <source>the case&apos;s number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>the name of the case&apos;s person or team (decision, receipt)</source>
        <translation>本案问责对象的姓名或领导班子名称（用于决定书、送达回证）</translation>
    </message>
    <message>
        <source>the talk&apos;s id</source>
        <translation>谈话记录的 id</translation>
    </message>
    <message>
        <source>the responsibility list&apos;s id</source>
        <translation>责任清单的 id</translation>
    </message>
    <message>
        <source>the organisation department&apos;s list (.xlsx, .csv)</source>
        <translation>组织部发来的名单（.xlsx、.csv）</translation>
    </message>
    <message>
        <source>send a submitted or approved document back to draft</source>
        <translation>将已提交或已审核的公文退回草稿</translation>
    </message>
    <message>
        <source>{file} is exactly a signed document of this database.</source>
        <translation>{file} 与本数据库中的一份已签发公文完全一致。</translation>
    </message>
    <message>
        <source>Warning: {reason}</source>
        <translation>警告：{reason}</translation>
    </message>
    <message>
        <source>{file} is NOT a signed document of this database: {reason}</source>
        <translation>{file} 不是本数据库中的已签发公文：{reason}</translation>
    </message>
    <message>
        <source>Kind: {value}</source>
        <translation>文种：{value}</translation>
    </message>
    <message>
        <source>Number: {value}</source>
        <translation>发文字号：{value}</translation>
    </message>
    <message>
        <source>Title: {value}</source>
        <translation>标题：{value}</translation>
    </message>
    <message>
        <source>Signed by: {value}</source>
        <translation>签发人：{value}</translation>
    </message>
    <message>
        <source>Signed at: {value}</source>
        <translation>签发时间：{value}</translation>
    </message>
    <message>
        <source>Verification code: {value}</source>
        <translation>验证码：{value}</translation>
    </message>
    <message>
        <source>Say what to do: zeren documents list | show | new | submit | approve | return | sign | supersede | export-pdf | export-docx | import-docx</source>
        <translation>请指明操作：zeren documents list | show | new | submit | approve | return | sign | supersede | export-pdf | export-docx | import-docx</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>状态：{value}</translation>
    </message>
    <message>
        <source>Signed: {number} {title}</source>
        <translation>已签发：{number} {title}</translation>
    </message>
    <message>
        <source>The document is not signed: the PDF carries the draft mark.</source>
        <translation>公文尚未签发：PDF 带有草稿标记。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>The case has no subject named &apos;{name}&apos;.</source>
        <translation>本案没有名为“{name}”的问责对象。</translation>
    </message>
    <message>
        <source>Say what the document is made from: --case, --talk, --list, --from and --to, or --clearance.</source>
        <translation>请指明公文依据什么生成：--case、--talk、--list、--from 和 --to，或 --clearance。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database id.</source>
        <translation>“{text}”不是数据库 id。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; matches {n} records; give the database id.</source>
        <translation>“{text}”匹配到 {n} 条记录，请给出数据库 id。</translation>
    </message>
    <message>
        <source>Nothing matches &apos;{text}&apos;.</source>
        <translation>没有与“{text}”匹配的记录。</translation>
    </message>
    <message>
        <source>Wrote {file}: {pages} pages.</source>
        <translation>已写出 {file}：共 {pages} 页。</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>{good} rows can be imported, {bad} rows have problems.</source>
        <translation>可导入 {good} 行，{bad} 行有问题。</translation>
    </message>
    <message>
        <source>Imported {good} entries; {bad} rows were not imported.</source>
        <translation>已导入 {good} 条纪实；{bad} 行未导入。</translation>
    </message>
    <message>
        <source>Wrote {file}: {rows} entries.</source>
        <translation>已写出 {file}：共 {rows} 条纪实。</translation>
    </message>
    <message>
        <source>bulk import from a spreadsheet (clues: big-data comparison results)</source>
        <translation>从电子表格批量导入（clues：大数据比对结果）</translation>
    </message>
    <message>
        <source>import problem clues from .xlsx or .csv (good rows, all or none; rows imported before are not added again)</source>
        <translation>从 .xlsx 或 .csv 导入问题线索（所有行均无问题时才导入，否则一行也不导入；以前导入过的行不重复添加）</translation>
    </message>
    <message>
        <source>where to write the rejected rows (CSV; default: next to FILE)</source>
        <translation>未导入行的报告写到何处（CSV；默认写在 FILE 旁）</translation>
    </message>
    <message>
        <source>only check the file and write the report of rejected rows</source>
        <translation>只检查文件并写出未导入行的报告</translation>
    </message>
    <message>
        <source>write an .xlsx with the expected columns and an example row, and import nothing</source>
        <translation>生成一个含规定列标题和示例行的 .xlsx，不导入任何内容</translation>
    </message>
    <message>
        <source>problem clues: list them, or their verification rate</source>
        <translation>问题线索：列出线索，或统计查实率</translation>
    </message>
    <message>
        <source>verification rate (查实率) per source and period</source>
        <translation>按来源和期间统计查实率</translation>
    </message>
    <message>
        <source>Say what to import: clues.</source>
        <translation>请指明导入内容：clues。</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>已写出 {file}。</translation>
    </message>
    <message>
        <source>Give the file to import, or --template FILE.xlsx.</source>
        <translation>请指定要导入的文件，或使用 --template FILE.xlsx。</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>已读取 {rows} 行…</translation>
    </message>
    <message>
        <source>Checked {total} rows: {good} can be imported, {already} were imported before, {bad} rows have problems. Nothing was imported.</source>
        <translation>共检查 {total} 行：可导入 {good} 行，以前已导入 {already} 行，{bad} 行有问题。未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported {good} clues; {already} rows were imported before; {bad} rows were not imported.</source>
        <translation>已导入 {good} 条问题线索；{already} 行以前已导入；{bad} 行未导入。</translation>
    </message>
    <message>
        <source>The rows not imported and why: {file}</source>
        <translation>未导入的行及原因：{file}</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Issued {created} lists; {skipped} holders already had theirs.</source>
        <translation>已下发 {created} 份清单；{skipped} 个责任主体已有同类清单，已跳过。</translation>
    </message>
    <message>
        <source>accountability statistics of a period (cases by decision date, clues by date received)</source>
        <translation>某一期间的问责统计（案件按决定日期，问题线索按受理日期）</translation>
    </message>
    <message>
        <source>periodic reports from the records: the monthly statistics table, the quarterly ledger completeness, the year-end duty report</source>
        <translation>依据记录生成定期报表：月度统计表、季度台账完整率、年终述责述廉报告</translation>
    </message>
    <message>
        <source>the file to write; its suffix chooses the format</source>
        <translation>要写出的文件；按文件后缀确定格式</translation>
    </message>
    <message>
        <source>only this unit and the units under it (id or exact name)</source>
        <translation>仅统计此单位及其下级单位（id 或完整名称）</translation>
    </message>
    <message>
        <source>the month&apos;s accountability statistics beside the year to date (.pdf, .xlsx)</source>
        <translation>当月问责统计及本年累计（.pdf、.xlsx）</translation>
    </message>
    <message>
        <source>the quarter&apos;s duty ledger completeness per unit and leader (.pdf, .xlsx)</source>
        <translation>本季度各单位及各领导干部的履责纪实台账完整率（.pdf、.xlsx）</translation>
    </message>
    <message>
        <source>the year-end duty report draft of a leader or of every leader of a unit (.pdf, .xlsx, .docx)</source>
        <translation>某领导干部或某单位全部领导干部的年终述责述廉报告草稿（.pdf、.xlsx、.docx）</translation>
    </message>
    <message>
        <source>the leader (id, ID number or unique name)</source>
        <translation>领导干部（id、身份证号或唯一的姓名）</translation>
    </message>
    <message>
        <source>every leader of this unit&apos;s Party committee team (id or exact name)</source>
        <translation>此单位党委（党组）领导班子的全部成员（id 或完整名称）</translation>
    </message>
    <message>
        <source>Say which report: zeren report monthly | completeness | duty</source>
        <translation>请指明报表：zeren report monthly | completeness | duty</translation>
    </message>
    <message>
        <source>The file must end in {suffixes}.</source>
        <translation>文件名须以 {suffixes} 结尾。</translation>
    </message>
    <message>
        <source>the file to write (JSON: standard output when not given)</source>
        <translation>要写出的文件（JSON：未指定时输出到标准输出）</translation>
    </message>
    <message>
        <source>--format {format} needs -o FILE.</source>
        <translation>--format {format} 须同时指定 -o FILE。</translation>
    </message>
    <message>
        <source>the yearly quantitative assessment of units: ranking and indicator sheets</source>
        <translation>单位年度量化考核：排名和考核指标表</translation>
    </message>
    <message>
        <source>the ranking of the year&apos;s locked results, the last N marked</source>
        <translation>当年已锁定考核结果的排名，标注末位 N 名</translation>
    </message>
    <message>
        <source>only townships or only county departments (default: both)</source>
        <translation>仅乡镇或仅县直部门（默认：两者均包括）</translation>
    </message>
    <message>
        <source>the year&apos;s current indicator sheet of a kind of unit</source>
        <translation>某类单位当年现行的考核指标表</translation>
    </message>
    <message>
        <source>Say what to do: zeren assessment rank | sheet</source>
        <translation>请指明要执行的操作：zeren assessment rank | sheet</translation>
    </message>
    <message>
        <source>{year}: {kind}</source>
        <translation>{year} 年度：{kind}</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Not scored yet: {units}</source>
        <translation>尚未完成考核：{units}</translation>
    </message>
    <message>
        <source>Version {version}, full marks {points}</source>
        <translation>第 {version} 版，满分 {points} 分</translation>
    </message>
    <message>
        <source>with import: the .xlsx or .csv file to import</source>
        <translation>用于 import：要导入的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>with import: check every row and say what would happen; import nothing</source>
        <translation>用于 import：逐行检查并说明导入结果，不导入任何内容</translation>
    </message>
    <message>
        <source>with import: write an .xlsx with the expected columns and an example row, and import nothing</source>
        <translation>用于 import：生成一个含规定列标题和示例行的 .xlsx，不导入任何内容</translation>
    </message>
    <message>
        <source>The file has no data rows, only the header row: nothing was imported.</source>
        <translation>文件中没有数据行（只有表头），未导入任何内容。</translation>
    </message>
    <message>
        <source>Checked {total} rows: {new} new, {updated} to update, {unchanged} already present, {errors} with problems. Nothing was imported.</source>
        <translation>共检查 {total} 行：新增 {new} 行，需更新 {updated} 行，已存在 {unchanged} 行，{errors} 行有问题。未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: {errors} of {total} rows have problems. Correct them and import the file again.</source>
        <translation>未导入任何内容：{total} 行中有 {errors} 行有问题。请更正后重新导入该文件。</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} already present.</source>
        <translation>已导入：新增 {new} 条，更新 {updated} 条，{unchanged} 条已存在。</translation>
    </message>
    <message>
        <source>exchange packages between township and county: keys, export, import</source>
        <translation>乡镇与县之间的交换包：密钥、导出、导入</translation>
    </message>
    <message>
        <source>a file whose first line is the package&apos;s passphrase (encrypted packages)</source>
        <translation>首行为交换包口令的文件（用于加密交换包）</translation>
    </message>
    <message>
        <source>write this office&apos;s public key, to register at the county</source>
        <translation>写出本机关的公钥，供在县里登记</translation>
    </message>
    <message>
        <source>register another office&apos;s public key file</source>
        <translation>登记其他机关的公钥文件</translation>
    </message>
    <message>
        <source>write a package of this office&apos;s records</source>
        <translation>将本机关的记录写成交换包</translation>
    </message>
    <message>
        <source>only records changed on or after this day</source>
        <translation>仅包含当天及以后有改动的记录</translation>
    </message>
    <message>
        <source>all of this office&apos;s records</source>
        <translation>本机关的全部记录</translation>
    </message>
    <message>
        <source>verify a package, then import it</source>
        <translation>校验交换包，然后导入</translation>
    </message>
    <message>
        <source>list the records changed on both sides, waiting for a decision</source>
        <translation>列出双方都有改动、等待处理的记录</translation>
    </message>
    <message>
        <source>Say what to do: zeren exchange key | trust | export | import | conflicts</source>
        <translation>请指明操作：zeren exchange key | trust | export | import | conflicts</translation>
    </message>
    <message>
        <source>Wrote {file}: the public key of {office}, fingerprint {fingerprint}.</source>
        <translation>已写出 {file}：{office}的公钥，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>Registered the key of {office}, fingerprint {fingerprint}.</source>
        <translation>已登记{office}的密钥，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>Wrote {file}: {records} records, {attachments} attachments, {size} bytes.</source>
        <translation>已写出 {file}：{records} 条记录，{attachments} 个附件，{size} 字节。</translation>
    </message>
    <message>
        <source>Verified: a package of {office} made {created}, {records} records.</source>
        <translation>已校验：{office}于 {created} 生成的交换包，{records} 条记录。</translation>
    </message>
    <message>
        <source>This package was imported before; nothing was added.</source>
        <translation>此交换包此前已导入过；未添加任何内容。</translation>
    </message>
    <message>
        <source>Imported: {inserted} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts to decide.</source>
        <translation>已导入：新增 {inserted} 条，更新 {updated} 条，未变 {unchanged} 条，待处理冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>{n} deleted here, as they were deleted there.</source>
        <translation>{n} 条记录已在本地删除（对方已删除）。</translation>
    </message>
    <message>
        <source>deleted there {at}</source>
        <translation>对方于 {at} 删除</translation>
    </message>
</context>
<context>
    <name>ClueDialog</name>
    <message>
        <source>Edit clue</source>
        <translation>编辑问题线索</translation>
    </message>
    <message>
        <source>Register a clue</source>
        <translation>登记问题线索</translation>
    </message>
    <message>
        <source>e.g. 张三、李四</source>
        <translation>如：张三、李四</translation>
    </message>
    <message>
        <source>ID numbers, separated by spaces (optional)</source>
        <translation>身份证号，用空格分隔（可不填）</translation>
    </message>
    <message>
        <source>(not a unit of the records)</source>
        <translation>（非台账内单位）</translation>
    </message>
    <message>
        <source>the unit as received (optional)</source>
        <translation>来件所写单位（可不填）</translation>
    </message>
    <message>
        <source>(no result yet)</source>
        <translation>（尚无结果）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未办结</translation>
    </message>
    <message>
        <source>yuan, e.g. 1,200.50 or 1.5万</source>
        <translation>元，如 1,200.50 或 1.5万</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>&amp;Number *</source>
        <translation>编号(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Received on *</source>
        <translation>受理日期(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>线索来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Persons named</source>
        <translation>被反映人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID numbers</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Unit as &amp;written</source>
        <translation>原件所写单位(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ummary *</source>
        <translation>问题摘要(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation>处置方式(&amp;H)</translation>
    </message>
    <message>
        <source>Resul&amp;t</source>
        <translation>办理结果(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Concluded on</source>
        <translation>办结日期(&amp;C)</translation>
    </message>
    <message>
        <source>Money rec&amp;overed</source>
        <translation>追缴挽回资金(&amp;O)</translation>
    </message>
    <message>
        <source>Money co&amp;rrected</source>
        <translation>纠正资金(&amp;R)</translation>
    </message>
    <message>
        <source>Persons &amp;disqualified</source>
        <translation>取消待遇人数(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Money recovered</source>
        <translation>追缴挽回资金</translation>
    </message>
    <message>
        <source>Money corrected</source>
        <translation>纠正资金</translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation>取消待遇人数</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClueHandling</name>
    <message>
        <source>Held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Preliminary check</source>
        <translation>初核</translation>
    </message>
    <message>
        <source>Talk or letter inquiry</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>了结</translation>
    </message>
</context>
<context>
    <name>ClueImportDialog</name>
    <message>
        <source>Import clues</source>
        <translation>导入问题线索</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An empty workbook with the right column headers and an example row</source>
        <translation>带有规定列标题和一行示例的空白工作簿</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The header row names the columns, in any order: 线索编号, 受理日期, 线索来源, 被反映人, 身份证号, 单位, 问题摘要, 处置方式, 办理结果, 办结日期, 追缴金额(元), 纠正金额(元), 取消资格人数, 备注. Date received, persons named and summary are required; the source defaults to big-data comparison.</source>
        <translation>第一行为列标题，顺序不限：线索编号、受理日期、线索来源、被反映人、身份证号、单位、问题摘要、处置方式、办理结果、办结日期、追缴金额(元)、纠正金额(元)、取消资格人数、备注。其中受理日期、被反映人和问题摘要为必填项；线索来源未填的，默认为大数据比对。</translation>
    </message>
    <message>
        <source>First rows to import</source>
        <translation>待导入的前几行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Rows with problems (not imported)</source>
        <translation>有问题的行（不导入）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Clue import template</source>
        <translation>问题线索导入模板</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>模板未保存：{reason}</translation>
    </message>
    <message>
        <source>Template saved: {file}</source>
        <translation>模板已保存：{file}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was read.</source>
        <translation>已取消，未读取任何内容。</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {n} more: see {file}</source>
        <translation>… 另有 {n} 行：见 {file}</translation>
    </message>
    <message>
        <source>Rows to import: {n} (the first {shown} shown)</source>
        <translation>可导入的行：{n}（显示前 {shown} 行）</translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {n}</source>
        <translation>有问题的行（不导入）：{n}</translation>
    </message>
    <message>
        <source>{good} of {total} rows can be imported; {already} were imported before; {bad} have problems.</source>
        <translation>共 {total} 行，可导入 {good} 行；以前已导入 {already} 行；{bad} 行有问题。</translation>
    </message>
    <message>
        <source>The rejected rows and why: {file}</source>
        <translation>未导入的行及原因：{file}</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>ClueResult</name>
    <message>
        <source>Confirmed</source>
        <translation>查实</translation>
    </message>
    <message>
        <source>Partly confirmed</source>
        <translation>部分查实</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>查否</translation>
    </message>
</context>
<context>
    <name>ClueSource</name>
    <message>
        <source>Letters and visits</source>
        <translation>信访举报</translation>
    </message>
    <message>
        <source>Supervision and inspection</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Inspection tour</source>
        <translation>巡察</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Big-data comparison</source>
        <translation>大数据比对</translation>
    </message>
    <message>
        <source>Public inquiry (TV or online)</source>
        <translation>百姓问政、电视问政</translation>
    </message>
    <message>
        <source>Assigned by higher level</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation>明察暗访</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CluesPage</name>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any handling</source>
        <translation>全部处置方式</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Number, name, ID number, unit, text…</source>
        <translation>编号、姓名、身份证号、单位、内容…</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation>处置方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>办理结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>受理日期从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>搜索(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New clue…</source>
        <translation>登记线索(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a clue (Ctrl+N)</source>
        <translation>登记问题线索（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import big-data comparison results or other clues from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 导入大数据比对结果或其他问题线索</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation>追缴挽回（元）</translation>
    </message>
    <message>
        <source>Verification rate (查实率) of the clues shown</source>
        <translation>所显示线索的查实率</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>查实数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>查实率</translation>
    </message>
    <message>
        <source>Confirmed and partly confirmed clues of those concluded, by the date received</source>
        <translation>已办结线索中查实和部分查实的比例，按受理日期统计</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Clues: {n}</source>
        <translation>问题线索：{n} 条</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The clue was saved.</source>
        <translation>问题线索已保存。</translation>
    </message>
    <message>
        <source>Delete clue</source>
        <translation>删除问题线索</translation>
    </message>
    <message>
        <source>Delete the clue {number} ({names})? This cannot be undone.</source>
        <translation>删除问题线索 {number}（{names}）？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The clue was not deleted: {reason}</source>
        <translation>问题线索未删除：{reason}</translation>
    </message>
    <message>
        <source>The clue was deleted.</source>
        <translation>问题线索已删除。</translation>
    </message>
    <message>
        <source>Imported {n} clues; {already} rows were imported before; {bad} rows with problems were left out.</source>
        <translation>已导入 {n} 条问题线索；{already} 行以前已导入；{bad} 行有问题，未导入。</translation>
    </message>
    <message>
        <source>The rejected rows and why: {file}</source>
        <translation>未导入的行及原因：{file}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>An unexpected error happened; nothing was changed that you did not see saved. The details are in {path}.</source>
        <translation>发生了意外错误；除您已看到保存成功的内容外，没有任何更改。详细信息见 {path}。</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The disk is full: nothing was saved. Free some space (or move the data folder to a larger disk) and try again; what you typed is still in the form.</source>
        <translation>磁盘已满：未保存任何内容。请释放一些空间（或将数据文件夹移到更大的磁盘）后重试；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <source>The database is busy in another program or window; nothing was saved. Try again in a moment.</source>
        <translation>数据库正被其他程序或窗口占用；未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only file, folder or media); nothing was saved.</source>
        <translation>数据库无法写入（文件、文件夹或介质为只读）；未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database.</source>
        <translation>数据库文件已损坏，或不是数据库文件。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk and try again.</source>
        <translation>读写数据库时磁盘报告错误；未保存任何内容。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database server cannot be reached or refused the connection; nothing was saved. Check the network and that the server runs, then try again.</source>
        <translation>无法连接数据库服务器，或服务器拒绝连接；未保存任何内容。请检查网络并确认服务器正在运行，然后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened (missing folder or no access).</source>
        <translation>无法打开数据库文件（文件夹不存在或无访问权限）。</translation>
    </message>
    <message>
        <source>This database is already open in another window or program (process {pid} on {host}, since {since}). Close it there first, or open the database read-only.</source>
        <translation>此数据库已在另一个窗口或程序中打开（{host} 上的进程 {pid}，自 {since} 起）。请先在那里关闭，或以只读方式打开数据库。</translation>
    </message>
    <message>
        <source>The database file is damaged ({problem}). It was moved aside to {moved_to} and kept unchanged; no new database was created. Restore the newest good backup ({backup}).</source>
        <translation>数据库文件已损坏（{problem}）。已原样移至 {moved_to} 保存，未创建新数据库。请恢复最新的完好备份（{backup}）。</translation>
    </message>
    <message>
        <source>The database file is damaged ({problem}) and could not be moved aside (read-only media?). It was left unchanged. Restore the newest good backup ({backup}).</source>
        <translation>数据库文件已损坏（{problem}），且无法移开（介质只读？）。文件保持原样。请恢复最新的完好备份（{backup}）。</translation>
    </message>
    <message>
        <source>no verified backup was found</source>
        <translation>未找到经过校验的备份</translation>
    </message>
    <message>
        <source>The database failed its integrity check; the backup made from it was not kept. Close the program: the damaged file will be moved aside and the newest good backup offered.</source>
        <translation>数据库未通过完整性检查；由其生成的备份未予保留。请关闭程序：损坏的文件将被移开，并提供最新的完好备份。</translation>
    </message>
    <message>
        <source>This database was written by an older version of the program and must be upgraded before use, which needs writable media. Copy it to the local disk and open it there.</source>
        <translation>此数据库由旧版本程序写入，使用前必须升级，而升级需要可写的介质。请将其复制到本机硬盘后在那里打开。</translation>
    </message>
    <message>
        <source>This database is encrypted, and its key is wrong or missing: no key for it was found on this computer. Enter its passphrase, put its key file (the escrow copy from the office safe) into {folder}, or set ZEREN_DB_KEY. The file {file} was left unchanged.</source>
        <translation>此数据库已加密，密钥不正确或缺失：本机上找不到它的密钥。请输入其口令，或将其密钥文件（保险柜中的托管副本）放入 {folder}，或设置 ZEREN_DB_KEY。文件 {file} 未作任何改动。</translation>
    </message>
    <message>
        <source>This database is encrypted, and its key is wrong or missing: none of the {tried} key(s) tried opens it. The file {file} was left unchanged and is not treated as damaged.</source>
        <translation>此数据库已加密，密钥不正确或缺失：尝试的 {tried} 个密钥都无法打开它。文件 {file} 未作任何改动，也不会被视为已损坏。</translation>
    </message>
    <message>
        <source>This database is encrypted, but this installation of the program has no encryption support (the sqlcipher3 package). The file {file} was left unchanged.</source>
        <translation>此数据库已加密，但本程序的这一安装不支持加密（缺少 sqlcipher3 软件包）。文件 {file} 未作任何改动。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data needs an empty database; this one holds {units} units and {cadres} cadres.</source>
        <translation>演示数据只能载入空数据库；此数据库已有 {units} 个单位、{cadres} 名干部。</translation>
    </message>
    <message>
        <source>This database has user accounts: only its administrator, signed in, can load the demo data (it adds demo accounts with a published password).</source>
        <translation>此数据库已有用户账户：只有已登录的管理员才能加载演示数据（演示数据会添加使用公开密码的演示账户）。</translation>
    </message>
    <message>
        <source>units and cadres</source>
        <translation>单位和干部</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>accountability cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>检索索引</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <source>Assessment of {unit} for {year}</source>
        <translation>对{unit}开展{year}年度量化考核</translation>
    </message>
    <message>
        <source>Scored {total} points.</source>
        <translation>得 {total} 分。</translation>
    </message>
    <message>
        <source>{year} assessment: {unit}</source>
        <translation>{year}年度量化考核：{unit}</translation>
    </message>
    <message>
        <source>{stage}: case {number} {title}</source>
        <translation>{stage}：案件{number} {title}</translation>
    </message>
    <message>
        <source>{date} case {number}: {stage}</source>
        <translation>{date} 案件{number}：{stage}</translation>
    </message>
    <message>
        <source>{kind} of {target}</source>
        <translation>对{target}开展{kind}</translation>
    </message>
    <message>
        <source>{date} {kind}: {target}</source>
        <translation>{date} {kind}：{target}</translation>
    </message>
    <message>
        <source>Agenda: {agenda}</source>
        <translation>议题：{agenda}</translation>
    </message>
    <message>
        <source>Decisions: {decisions}</source>
        <translation>会议决定：{decisions}</translation>
    </message>
    <message>
        <source>{date} {kind}: {title}</source>
        <translation>{date} {kind}：{title}</translation>
    </message>
    <message>
        <source>{kind} with {subject}</source>
        <translation>对{subject}开展{kind}</translation>
    </message>
    <message>
        <source>{date} {kind}: {subject}</source>
        <translation>{date} {kind}：{subject}</translation>
    </message>
</context>
<context>
    <name>DeterminationPage</name>
    <message>
        <source>Determination and measures</source>
        <translation>认定与问责方式</translation>
    </message>
    <message>
        <source>What the rules give for each subject. Choose the measures among those allowed; the influence periods follow.</source>
        <translation>依规定得出的各问责对象的结果。请在允许的范围内选择问责方式，影响期随之确定。</translation>
    </message>
    <message>
        <source>No measure: no responsibility is borne.</source>
        <translation>不予问责：不承担责任。</translation>
    </message>
    <message>
        <source>Discipline and transfer (by their own rules):</source>
        <translation>党纪处分和组织调整（按各自的规定）：</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>Probation period:</source>
        <translation>察看期限：</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Addressee (主送)</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Issuer&apos;s signature (署名)</source>
        <translation>发文机关署名</translation>
    </message>
    <message>
        <source>Copies to (抄送, one a line)</source>
        <translation>抄送（每行一个）</translation>
    </message>
    <message>
        <source>Line at the foot of every page</source>
        <translation>每页页脚签名行</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>Full name of the issuing office (settings)</source>
        <translation>发文机关全称（取自设置）</translation>
    </message>
    <message>
        <source>Short code of the issuing office, e.g. 青纪 (settings)</source>
        <translation>发文机关代字，如“青纪”（取自设置）</translation>
    </message>
    <message>
        <source>The case&apos;s number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>The case&apos;s title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <source>The unit the case concerns</source>
        <translation>案件涉及的单位</translation>
    </message>
    <message>
        <source>The problems of the case, as described</source>
        <translation>案件所涉问题（按登记的描述）</translation>
    </message>
    <message>
        <source>The facts found by the investigation (else the problems)</source>
        <translation>调查查明的事实（未填写时取所涉问题）</translation>
    </message>
    <message>
        <source>The clauses the case relies on, cited as 《…》第七条第（七）项</source>
        <translation>案件所依据的条款，引用格式如《…》第七条第（七）项</translation>
    </message>
    <message>
        <source>Mitigating or aggravating grounds found, with their clauses</source>
        <translation>认定的从轻、从重情形及其依据条款</translation>
    </message>
    <message>
        <source>The title of the regulation applied</source>
        <translation>所适用规定的名称</translation>
    </message>
    <message>
        <source>The body that decides (decision), e.g. 中共青山县委</source>
        <translation>作出决定的机关（用于决定书），如中共青山县委</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>The person&apos;s name (or the team&apos;s)</source>
        <translation>问责对象姓名（或领导班子名称）</translation>
    </message>
    <message>
        <source>Sex: 男 or 女</source>
        <translation>性别：男或女</translation>
    </message>
    <message>
        <source>Year and month of birth, e.g. 1970年5月</source>
        <translation>出生年月，如1970年5月</translation>
    </message>
    <message>
        <source>Ethnicity, when recorded</source>
        <translation>民族（已登记时）</translation>
    </message>
    <message>
        <source>Party standing, e.g. 中共党员</source>
        <translation>政治面貌，如中共党员</translation>
    </message>
    <message>
        <source>The unit of the person&apos;s post at the time of the conduct</source>
        <translation>行为发生时的任职单位</translation>
    </message>
    <message>
        <source>The post at the time of the conduct</source>
        <translation>行为发生时的职务</translation>
    </message>
    <message>
        <source>The unit of the post now</source>
        <translation>现任职单位</translation>
    </message>
    <message>
        <source>The post now</source>
        <translation>现任职务</translation>
    </message>
    <message>
        <source>The work the person was in charge of (portfolio)</source>
        <translation>分管工作</translation>
    </message>
    <message>
        <source>The particulars in one sentence: name, sex, ethnicity, birth, party standing, post then and now, portfolio</source>
        <translation>用一句话概括的基本情况：姓名、性别、民族、出生年月、政治面貌、时任及现任职务、分管工作</translation>
    </message>
    <message>
        <source>Where the problem came from (the clues&apos; sources)</source>
        <translation>问题来源（问题线索的来源）</translation>
    </message>
    <message>
        <source>The names of all subjects</source>
        <translation>全部问责对象的姓名</translation>
    </message>
    <message>
        <source>The measures proposed, one line per subject</source>
        <translation>建议的问责方式，每个问责对象一行</translation>
    </message>
    <message>
        <source>The date the reply is due (office setting)</source>
        <translation>要求回复的日期（取自本机关设置）</translation>
    </message>
    <message>
        <source>What the person said in defence (陈述申辩)</source>
        <translation>本人陈述申辩的内容</translation>
    </message>
    <message>
        <source>Whether the defence was accepted, as a sentence</source>
        <translation>是否采纳陈述申辩（以一句话表述）</translation>
    </message>
    <message>
        <source>The measures decided, joined with 、</source>
        <translation>决定的问责方式，以“、”连接</translation>
    </message>
    <message>
        <source>The influence periods and what they restrict</source>
        <translation>影响期及其限制事项</translation>
    </message>
    <message>
        <source>Execution requirements (organisational formalities)</source>
        <translation>执行要求（组织处理手续）</translation>
    </message>
    <message>
        <source>The time allowed to appeal, e.g. 1个月 (regulation data)</source>
        <translation>申诉期限，如1个月（取自规定数据）</translation>
    </message>
    <message>
        <source>The body that hears an appeal</source>
        <translation>受理申诉的机关</translation>
    </message>
    <message>
        <source>The measures decided for each subject, one line each</source>
        <translation>对各问责对象决定的问责方式，每个对象一行</translation>
    </message>
    <message>
        <source>The body that decided</source>
        <translation>作出决定的机关</translation>
    </message>
    <message>
        <source>The title of the document served (the decision)</source>
        <translation>送达文书（问责决定书）的标题</translation>
    </message>
    <message>
        <source>Its document number, once signed</source>
        <translation>其发文字号（签发后生成）</translation>
    </message>
    <message>
        <source>The person served</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>The unit and post of the person served</source>
        <translation>受送达人的单位及职务</translation>
    </message>
    <message>
        <source>The kind of talk, e.g. 诫勉谈话</source>
        <translation>谈话类型，如诫勉谈话</translation>
    </message>
    <message>
        <source>The basis of the talk</source>
        <translation>谈话依据</translation>
    </message>
    <message>
        <source>Who approved the talk</source>
        <translation>谈话批准人</translation>
    </message>
    <message>
        <source>The person talked to</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Their unit</source>
        <translation>谈话对象所在单位</translation>
    </message>
    <message>
        <source>Their post</source>
        <translation>谈话对象职务</translation>
    </message>
    <message>
        <source>Who talked (unit, post, name)</source>
        <translation>谈话人（单位、职务、姓名）</translation>
    </message>
    <message>
        <source>Who took the notes</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>The day of the talk</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <source>Day, start and end time, e.g. 2026年1月10日9:00至10:30</source>
        <translation>谈话日期及起止时间，如2026年1月10日9:00至10:30</translation>
    </message>
    <message>
        <source>Where it was held</source>
        <translation>谈话地点</translation>
    </message>
    <message>
        <source>The reason for the talk</source>
        <translation>谈话事由</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>The person&apos;s own statement</source>
        <translation>谈话对象本人陈述</translation>
    </message>
    <message>
        <source>The rectification demanded</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>The rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>The follow-up: its date and result, when recorded</source>
        <translation>回访情况：已记录的回访日期和结果</translation>
    </message>
    <message>
        <source>The list&apos;s title</source>
        <translation>责任清单标题</translation>
    </message>
    <message>
        <source>The year of the list</source>
        <translation>责任清单年度</translation>
    </message>
    <message>
        <source>The team or cadre holding the list</source>
        <translation>责任主体（领导班子或干部）</translation>
    </message>
    <message>
        <source>The holder&apos;s post</source>
        <translation>责任人职务</translation>
    </message>
    <message>
        <source>The holder&apos;s unit</source>
        <translation>责任人所在单位</translation>
    </message>
    <message>
        <source>The holder&apos;s portfolio</source>
        <translation>责任人分管工作</translation>
    </message>
    <message>
        <source>The responsibility: 主体责任 or 监督责任</source>
        <translation>责任类型：主体责任或监督责任</translation>
    </message>
    <message>
        <source>The items under their headings, numbered</source>
        <translation>责任事项（按类别分列，依次编号）</translation>
    </message>
    <message>
        <source>The day the list was issued</source>
        <translation>责任清单下发日期</translation>
    </message>
    <message>
        <source>The period, e.g. 2026年1月1日至2026年3月31日</source>
        <translation>统计期间，如2026年1月1日至2026年3月31日</translation>
    </message>
    <message>
        <source>The unit counted, or the whole office&apos;s area</source>
        <translation>统计单位，或本机构所辖全部范围</translation>
    </message>
    <message>
        <source>Problems dealt with</source>
        <translation>问责问题数</translation>
    </message>
    <message>
        <source>Persons held accountable</source>
        <translation>问责人数</translation>
    </message>
    <message>
        <source>Teams held accountable</source>
        <translation>问责领导班子数</translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation>决定案件数</translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation>受理问题线索</translation>
    </message>
    <message>
        <source>Clues concluded</source>
        <translation>办结问题线索</translation>
    </message>
    <message>
        <source>Table: problems by category</source>
        <translation>表格：按类别统计问题</translation>
    </message>
    <message>
        <source>Table: persons by measure</source>
        <translation>表格：按问责方式统计人数</translation>
    </message>
    <message>
        <source>Table: persons by the four forms</source>
        <translation>表格：按“四种形态”统计人数</translation>
    </message>
    <message>
        <source>Table: problems and persons by unit</source>
        <translation>表格：按单位统计问题和人数</translation>
    </message>
    <message>
        <source>Table: clues by source</source>
        <translation>表格：按来源统计问题线索</translation>
    </message>
    <message>
        <source>The names asked about (the first few, then 等)</source>
        <translation>函询人员姓名（列前几名，其后加“等”）</translation>
    </message>
    <message>
        <source>How many people were asked about</source>
        <translation>函询人数</translation>
    </message>
    <message>
        <source>The day the records were read</source>
        <translation>查阅记录的截止日期</translation>
    </message>
    <message>
        <source>Table: each person&apos;s clues, cases, measures and conclusion</source>
        <translation>表格：逐人列出问题线索、问责案件、处理措施和结论</translation>
    </message>
    <message>
        <source>A sentence on the people not in the records (or nothing)</source>
        <translation>对记录中查无人员的说明（一句话，可为空）</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Accountability proposal</source>
        <translation>问责建议书</translation>
    </message>
    <message>
        <source>Accountability decision</source>
        <translation>问责决定书</translation>
    </message>
    <message>
        <source>Talk record</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>Circulated notice</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Responsibility list</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Receipt of service</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Integrity clearance reply</source>
        <translation>党风廉政意见回复</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签发</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>A brace {{ or }} is not closed ({reason}). Write {{{{ or }}}} for a brace that is meant as text.</source>
        <translation>花括号 {{ 或 }} 未闭合（{reason}）。如需将花括号作为普通文字，请写作 {{{{ 或 }}}}。</translation>
    </message>
    <message>
        <source>{{{name}}} is not a field: a field is a name of small letters, digits and _ in braces, e.g. {{subject_name}}.</source>
        <translation>{{{name}}} 不是字段：字段名只能由小写字母、数字和 _ 组成，并用花括号括起，如 {{subject_name}}。</translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation>此处最多允许 {limit} 个字符（已输入 {n} 个）。</translation>
    </message>
    <message>
        <source>Unknown field {{{name}}}: a {kind} has no such field.</source>
        <translation>未知字段 {{{name}}}：{kind}没有该字段。</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>公文必须有标题。</translation>
    </message>
    <message>
        <source>The document template {file} cannot be used: {reason}</source>
        <translation>公文模板 {file} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a Word document (.docx) that can be read: {reason}</source>
        <translation>{file} 不是可读取的 Word 文档（.docx）：{reason}</translation>
    </message>
    <message>
        <source>The document is signed ({number}) and can never be changed. To correct it, make a new version that supersedes it.</source>
        <translation>该公文已签发（{number}），不能再作任何修改。如需更正，请制作新版本予以替代。</translation>
    </message>
    <message>
        <source>The document is {status}; this needs a document that is {needed}.</source>
        <translation>该公文当前状态为“{status}”，此操作要求公文状态为“{needed}”。</translation>
    </message>
    <message>
        <source>A {kind} is not made from an accountability case.</source>
        <translation>{kind}不能从问责案件生成。</translation>
    </message>
    <message>
        <source>The case has no decision yet; record the decision first.</source>
        <translation>本案尚未作出问责决定，请先登记决定。</translation>
    </message>
    <message>
        <source>The case is not marked for circulation as a typical case.</source>
        <translation>本案未标记为作为典型案例通报。</translation>
    </message>
    <message>
        <source>Choose the person or team the document is for.</source>
        <translation>请选择文书针对的干部或领导班子。</translation>
    </message>
    <message>
        <source>The subject is not one of this case&apos;s.</source>
        <translation>所选对象不是本案的问责对象。</translation>
    </message>
    <message>
        <source>The title has {n} characters filled in; at most {limit} are allowed.</source>
        <translation>标题填入内容后共 {n} 个字，最多允许 {limit} 个字。</translation>
    </message>
    <message>
        <source>份号 is a number of up to 6 digits, e.g. 000012.</source>
        <translation>份号为不超过 6 位的数字，如 000012。</translation>
    </message>
    <message>
        <source>The records this document was made from are no longer there; edit its fields by hand.</source>
        <translation>生成此文书所依据的记录已不存在，请手工编辑各栏目。</translation>
    </message>
    <message>
        <source>Say why the document goes back to draft.</source>
        <translation>请说明退回草稿的原因。</translation>
    </message>
    <message>
        <source>A document cannot be signed on a day still to come ({date}).</source>
        <translation>签发日期不能晚于今天（{date}）。</translation>
    </message>
    <message>
        <source>A {kind} needs a document number, and the settings give neither a number prefix for it nor the issuer&apos;s short code. An administrator sets them in Settings.</source>
        <translation>{kind}须编发文字号，但设置中既未设定其文号前缀，也未设定发文机关代字。请系统管理员在“设置”中设定。</translation>
    </message>
    <message>
        <source>You submitted this document yourself; another reviewer must approve it.</source>
        <translation>本文书由您本人提交，须由其他审核人审核通过。</translation>
    </message>
    <message>
        <source>Only a signed document is superseded; a document not yet signed is edited (after a return to draft).</source>
        <translation>只有已签发的文书才能出新版本替代；尚未签发的文书（退回草稿后）直接修改即可。</translation>
    </message>
    <message>
        <source>This document has already been superseded by a newer version.</source>
        <translation>此文书已被新版本替代。</translation>
    </message>
    <message>
        <source>A new version of this document is already being prepared; continue with that one.</source>
        <translation>此文书已有正在拟制的新版本，请在该版本上继续。</translation>
    </message>
    <message>
        <source>Only a signed document has its PDF kept; preview a draft instead.</source>
        <translation>只有已签发的文书才保存 PDF；草稿请使用预览。</translation>
    </message>
    <message>
        <source>The file is too large to be a document of this program.</source>
        <translation>文件过大，不可能是本程序生成的文书。</translation>
    </message>
    <message>
        <source>The database&apos;s record of document {number} was altered behind the program&apos;s back: its hash is not the one recorded when it was signed. This file cannot be confirmed.</source>
        <translation>数据库中文书 {number} 的记录已被绕过本程序篡改：其哈希值与签发时记录的不一致。无法确认此文件。</translation>
    </message>
    <message>
        <source>The file matches what was signed, but the copy kept in the database has been altered since; report this to the administrator.</source>
        <translation>此文件与签发时的文书一致，但数据库中保存的副本此后已被篡改，请报告系统管理员。</translation>
    </message>
    <message>
        <source>The file names document {number} ({title}), but its content differs from the signed PDF: it was changed after signing.</source>
        <translation>此文件标注为文书 {number}（{title}），但内容与签发的 PDF 不一致：签发后已被改动。</translation>
    </message>
    <message>
        <source>The file is not a PDF, and no signed document has this content.</source>
        <translation>此文件不是 PDF，也没有内容与之相同的已签发文书。</translation>
    </message>
    <message>
        <source>No signed document in this database is exactly this file (SHA-256 {sha256}).</source>
        <translation>本数据库中没有与此文件完全一致的已签发文书（SHA-256 {sha256}）。</translation>
    </message>
    <message>
        <source>A verification code has 10 letters and digits, e.g. 7KQ2-M9XD-4T.</source>
        <translation>验证码由 10 位字母和数字组成，如 7KQ2-M9XD-4T。</translation>
    </message>
    <message>
        <source>The stored PDF does not have the SHA-256 recorded at signing: it was replaced or damaged.</source>
        <translation>所存 PDF 的 SHA-256 与签发时记录的不一致：已被替换或损坏。</translation>
    </message>
    <message>
        <source>The stored PDF and its SHA-256 differ from what the audit trail recorded at signing: both were changed behind the program&apos;s back.</source>
        <translation>所存 PDF 及其 SHA-256 均与签发时审计日志记录的不一致：二者都已被绕过本程序篡改。</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部种类</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number, title or text</source>
        <translation>文号、标题或正文</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>种类(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Check whether a PDF is exactly a document signed here, and which</source>
        <translation>核验一个 PDF 是否与本单位签发的文书完全一致，是哪一份</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>A new draft filled from a case, talk, list or the statistics (Ctrl+N)</source>
        <translation>根据案件、谈话、清单或统计数据生成新草稿（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected draft: its texts and field values (Enter)</source>
        <translation>编辑选中的草稿：文字和字段值（Enter）</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the pages as they print, and print them (Ctrl+P prints in the preview)</source>
        <translation>按打印效果查看各页并打印（预览中按 Ctrl+P 打印）</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>报审(&amp;B)</translation>
    </message>
    <message>
        <source>Send the draft for review</source>
        <translation>将草稿提交审核</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the submitted document for signing</source>
        <translation>审核通过已报审的文书，交领导签发</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Send the document back to draft, with the reason</source>
        <translation>退回为草稿，并说明理由</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>签发(&amp;S)…</translation>
    </message>
    <message>
        <source>Number, sign and freeze the approved document</source>
        <translation>为审核通过的文书编号、签发并固化</translation>
    </message>
    <message>
        <source>Verif&amp;y a PDF…</source>
        <translation>核验 PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ne&amp;w version</source>
        <translation>新版本(&amp;W)</translation>
    </message>
    <message>
        <source>A new draft that replaces the signed document once it is signed; both are kept</source>
        <translation>生成新草稿，签发后替代原已签发文书；两份均保留</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a draft made by mistake (Delete)</source>
        <translation>删除误建的草稿（Delete）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the PDF: the signed one byte for byte, or a draft with its draft mark</source>
        <translation>保存 PDF：已签发的逐字节原样导出，草稿带“草稿”标记</translation>
    </message>
    <message>
        <source>Export .do&amp;cx…</source>
        <translation>导出 .docx(&amp;C)…</translation>
    </message>
    <message>
        <source>The body as .docx, to edit in WPS or Word and bring back</source>
        <translation>将正文导出为 .docx，在 WPS 或 Word 中编辑后再导回</translation>
    </message>
    <message>
        <source>&amp;Import .docx…</source>
        <translation>导入 .docx(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring an edited .docx back as the draft&apos;s body</source>
        <translation>将编辑好的 .docx 导回作为草稿正文</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Documents: {n}; signed: {signed}</source>
        <translation>文书 {n} 份，已签发 {signed} 份</translation>
    </message>
    <message>
        <source>{status}, superseded</source>
        <translation>{status}，已被替代</translation>
    </message>
    <message>
        <source>{status} (version {n})</source>
        <translation>{status}（第 {n} 版）</translation>
    </message>
    <message>
        <source>Date (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>起草</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报审</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Replaces an earlier version</source>
        <translation>替代了较早的版本</translation>
    </message>
    <message>
        <source>Superseded by a newer version</source>
        <translation>已被新版本替代</translation>
    </message>
    <message>
        <source>The draft was made from the records. Check it, then submit it for review.</source>
        <translation>已根据记录生成草稿。请核对后报审。</translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>已报审。</translation>
    </message>
    <message>
        <source>Approved: a leader can now sign it.</source>
        <translation>已审核通过，可由领导签发。</translation>
    </message>
    <message>
        <source>Returned to draft with the reason.</source>
        <translation>已退回为草稿，并记录了理由。</translation>
    </message>
    <message>
        <source>Signed: {label}, verification code {code}.</source>
        <translation>已签发：{label}，核验码 {code}。</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Make a new draft of {label} to replace it? The signed document stays as it is; once the new version is signed, it is marked superseded.</source>
        <translation>为 {label} 生成新草稿以替代它吗？已签发的文书保持不变；新版本签发后，原文书标记为已被替代。</translation>
    </message>
    <message>
        <source>A new version was made as a draft.</source>
        <translation>已生成新版本草稿。</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft “{title}”? This cannot be undone.</source>
        <translation>删除草稿“{title}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The draft was not deleted: {reason}</source>
        <translation>草稿未删除：{reason}</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>草稿已删除。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>无法生成预览：{reason}</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>已保存到 {file}。</translation>
    </message>
    <message>
        <source>The file was not written: {reason}</source>
        <translation>文件未写入：{reason}</translation>
    </message>
    <message>
        <source>Bring back an edited .docx</source>
        <translation>导回编辑好的 .docx</translation>
    </message>
    <message>
        <source>The .docx was not taken: {reason}</source>
        <translation>未采用该 .docx：{reason}</translation>
    </message>
    <message>
        <source>The body text was replaced by the .docx.</source>
        <translation>正文已替换为 .docx 的内容。</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Edit draft — {title}</source>
        <translation>编辑草稿 — {title}</translation>
    </message>
    <message>
        <source>e.g. 中共青山县纪律检查委员会文件 (red, on top)</source>
        <translation>如：中共青山县纪律检查委员会文件（红色，居上）</translation>
    </message>
    <message>
        <source>e.g. 000012, or empty</source>
        <translation>如：000012，可不填</translation>
    </message>
    <message>
        <source>e.g. 秘密★1年, or empty</source>
        <translation>如：秘密★1年，可不填</translation>
    </message>
    <message>
        <source>Issuer &amp;mark</source>
        <translation>发文机关标志(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;份号</source>
        <translation>份号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;密级</source>
        <translation>密级(&amp;J)</translation>
    </message>
    <message>
        <source>Double-click a value to change it</source>
        <translation>双击字段值可修改</translation>
    </message>
    <message>
        <source>{kind}, made from the template version {version}. What prints is the text with the fields filled in; Preview shows it.</source>
        <translation>{kind}，依据第 {version} 版模板生成。打印的是填入字段值后的文字，可在预览中查看。</translation>
    </message>
    <message>
        <source>&amp;Refill from the records</source>
        <translation>从记录重新取值(&amp;R)</translation>
    </message>
    <message>
        <source>Read the field values again from the case, talk or list (after they changed); the texts stay as edited</source>
        <translation>从案件、谈话或清单重新读取字段值（记录有变化时）；文字保持编辑后的样子</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Issuer mark</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>Refill from the records</source>
        <translation>从记录重新取值</translation>
    </message>
    <message>
        <source>Save your changes first? The field values are then read again from the records; the texts stay as you wrote them.</source>
        <translation>先保存您的修改吗？随后从记录重新读取字段值，文字保持您所写的样子。</translation>
    </message>
    <message>
        <source>Close without saving your changes to the draft?</source>
        <translation>不保存对草稿的修改就关闭吗？</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Clue no.</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>问责方式</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>The first {n} clues (by date received)</source>
        <translation>前 {n} 条问题线索（按受理日期）</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>共 {n} 条记录</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected record in its own area</source>
        <translation>在所属栏目中显示选中的记录</translation>
    </message>
</context>
<context>
    <name>DutyReport</name>
    <message>
        <source>{name}: report on duty and integrity in {year}</source>
        <translation>{name}{year}年度述责述廉报告</translation>
    </message>
    <message>
        <source>I am {name}, {post} of {unit}{portfolio}. In {year} I carried out {responsibility} for Party conduct and integrity. Drafted from the records of the duty ledger, the responsibility list, the talks, the cases and the assessment as of {date}, this report states how; the wording is to be completed and corrected by me.</source>
        <translation>我是{name}，任{unit}{post}{portfolio}。{year}年，我履行党风廉政建设{responsibility}。本报告根据截至{date}的履责纪实台账、责任清单、谈话记录、问责案件和量化考核等记录起草，报告履责情况；文字表述由本人补充完善、修改订正。</translation>
    </message>
    <message>
        <source>, in charge of {portfolio}</source>
        <translation>，分管{portfolio}</translation>
    </message>
    <message>
        <source>, {portfolio}</source>
        <translation>，{portfolio}</translation>
    </message>
    <message>
        <source>the duty of the first person responsible</source>
        <translation>第一责任人职责</translation>
    </message>
    <message>
        <source>the dual responsibility of my post</source>
        <translation>“一岗双责”</translation>
    </message>
    <message>
        <source>my responsibility</source>
        <translation>相应责任</translation>
    </message>
    <message>
        <source>(unit not on record)</source>
        <translation>（单位未登记）</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>领导干部</translation>
    </message>
    <message>
        <source>Carrying out the responsibility list</source>
        <translation>责任清单落实情况</translation>
    </message>
    <message>
        <source>The duty ledger (the nine must-record kinds)</source>
        <translation>履责纪实情况（九必记事项）</translation>
    </message>
    <message>
        <source>Talks and meetings</source>
        <translation>谈话和会议情况</translation>
    </message>
    <message>
        <source>Talks I held</source>
        <translation>本人开展的谈话</translation>
    </message>
    <message>
        <source>Talks I received</source>
        <translation>本人接受的谈话</translation>
    </message>
    <message>
        <source>Meetings I attended</source>
        <translation>本人参加的会议</translation>
    </message>
    <message>
        <source>Accountability and clues in the unit</source>
        <translation>本单位问责和问题线索情况</translation>
    </message>
    <message>
        <source>The assessment result</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Problems and what I will do</source>
        <translation>存在的问题和下一步打算</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>My responsibility list of {year} has {n} items: {done} done, {progress} in progress, {not_started} not started.</source>
        <translation>本人{year}年度责任清单共{n}项，其中已完成{done}项、推进中{progress}项、未开展{not_started}项。</translation>
    </message>
    <message>
        <source>No responsibility list of mine for {year} is on record.</source>
        <translation>没有本人{year}年度责任清单的记录。</translation>
    </message>
    <message>
        <source>({number}) {text} ({status}; {n} ledger entries serve it)</source>
        <translation>（{number}）{text}（{status}；对应台账记录{n}条）</translation>
    </message>
    <message>
        <source>My duty ledger records {n} entries in {year}: {breakdown}.</source>
        <translation>本人{year}年履责纪实台账共记录{n}条：{breakdown}。</translation>
    </message>
    <message>
        <source>{kind} {n}</source>
        <translation>{kind}{n}条</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>My duty ledger records no entry in {year}.</source>
        <translation>本人{year}年履责纪实台账无记录。</translation>
    </message>
    <message>
        <source>({number}) {kind}: {n} entries, such as {examples}.</source>
        <translation>（{number}）{kind}：{n}条，如{examples}。</translation>
    </message>
    <message>
        <source>{date} {matter}</source>
        <translation>{date}，{matter}</translation>
    </message>
    <message>
        <source>I held {n} talks in {year}.</source>
        <translation>{year}年，本人开展谈话{n}次。</translation>
    </message>
    <message>
        <source>I received {n} talks in {year}.</source>
        <translation>{year}年，本人接受谈话{n}次。</translation>
    </message>
    <message>
        <source>({number}) {date}, {kind} with {person}: {reason}</source>
        <translation>（{number}）{date}，与{person}进行{kind}，谈话事由：{reason}</translation>
    </message>
    <message>
        <source>({number}) {date}, {kind} with {person}</source>
        <translation>（{number}）{date}，与{person}进行{kind}</translation>
    </message>
    <message>
        <source>I attended {n} meetings on record in {year}.</source>
        <translation>{year}年，本人参加有记录的会议{n}次。</translation>
    </message>
    <message>
        <source>({number}) {date}, {kind}: {title}</source>
        <translation>（{number}）{date}，{kind}：{title}</translation>
    </message>
    <message>
        <source>In {year}, {cases} accountability cases of {unit} were decided, with {problems} problems and {persons} persons held accountable; {received} clues were received, {concluded} concluded and {confirmed} confirmed or partly confirmed.</source>
        <translation>{year}年，{unit}作出问责决定的问责案件{cases}件，涉及问题{problems}个、问责{persons}人；受理问题线索{received}件，办结{concluded}件，其中查实或部分查实{confirmed}件。</translation>
    </message>
    <message>
        <source>({number}) {case_number} {title}, decided on {date}</source>
        <translation>（{number}）{case_number} {title}，{date}作出问责决定</translation>
    </message>
    <message>
        <source>I was not held accountable in {year}.</source>
        <translation>{year}年，本人未被问责。</translation>
    </message>
    <message>
        <source>I was held accountable in case {case_number} {title} ({measures}), decided on {date}.</source>
        <translation>本人在{case_number} {title}一案中被问责（{measures}），问责决定于{date}作出。</translation>
    </message>
    <message>
        <source>In the quantitative assessment of {year}, {unit} scored {total} points and ranked {rank} of {ranked} ({kind}).</source>
        <translation>{year}年度量化考核中，{unit}得{total}分，在{kind}类{ranked}个单位中排名第{rank}。</translation>
    </message>
    <message>
        <source>In the quantitative assessment of {year}, {unit} scored {total} points; the one-vote veto applied.</source>
        <translation>{year}年度量化考核中，{unit}得{total}分，被一票否决。</translation>
    </message>
    <message>
        <source>The quantitative assessment of {unit} for {year} is not final ({status}); its score so far is {total} points.</source>
        <translation>{unit}{year}年度量化考核结果尚未最终确定（{status}），目前得分为{total}分。</translation>
    </message>
    <message>
        <source>{unit} has not been assessed for {year} yet.</source>
        <translation>{unit}{year}年度尚未进行量化考核。</translation>
    </message>
    <message>
        <source>Year-end assessment on my list: {result}</source>
        <translation>本人责任清单年终考核结果：{result}</translation>
    </message>
    <message>
        <source>({number}) No entry of these must-record kinds in {year}: {kinds}.</source>
        <translation>（{number}）{year}年，以下必记事项无台账记录：{kinds}。</translation>
    </message>
    <message>
        <source>({number}) {text}</source>
        <translation>（{number}）{text}</translation>
    </message>
    <message>
        <source>List item {n} is {status}: {text}</source>
        <translation>责任清单第{n}项{status}：{text}</translation>
    </message>
    <message>
        <source>({number}) {n} items of my responsibility list are not done yet (items {numbers}).</source>
        <translation>（{number}）本人责任清单尚有{n}项未完成（第{numbers}项）。</translation>
    </message>
    <message>
        <source>The rectification demanded by the {kind} of {date} was due on {due} and is not done: {text}</source>
        <translation>{date}{kind}提出的整改要求，整改期限为{due}，尚未完成：{text}</translation>
    </message>
    <message>
        <source>The rectification demanded by the {kind} of {date} was due on {due} and done late on {done}: {text}</source>
        <translation>{date}{kind}提出的整改要求，整改期限为{due}，逾期至{done}才完成：{text}</translation>
    </message>
    <message>
        <source>The rectification after the {kind} of {date} was due on {due} and has no follow-up on record: {text}</source>
        <translation>{date}{kind}提出的整改要求，整改期限为{due}，尚无回访记录：{text}</translation>
    </message>
    <message>
        <source>The records show no open problem; add what they do not show.</source>
        <translation>根据记录，暂无尚未解决的问题；记录未反映的问题请予补充。</translation>
    </message>
    <message>
        <source>Next, I will (to be completed): remedy the gaps above, keep the ledger entered as the work happens, and carry out the list of the coming year.</source>
        <translation>下一步，我将（待补充）：针对上述不足抓好整改，坚持履责纪实随做随记，抓好下一年度责任清单的落实。</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>姓名：{value}</translation>
    </message>
    <message>
        <source>Unit: {value}</source>
        <translation>单位：{value}</translation>
    </message>
    <message>
        <source>Post: {value}</source>
        <translation>职务：{value}</translation>
    </message>
    <message>
        <source>Portfolio: {value}</source>
        <translation>分管工作：{value}</translation>
    </message>
    <message>
        <source>Role in the team: {value}</source>
        <translation>班子身份：{value}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What the records say</source>
        <translation>记录反映的情况</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导干部</translation>
    </message>
    <message>
        <source>Duty report facts</source>
        <translation>述责述廉报告依据</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>This database has no key file on this computer (it is not encrypted, or its key comes from ZEREN_DB_KEY or a passphrase): there is nothing to export.</source>
        <translation>本机没有此数据库的密钥文件（数据库未加密，或密钥来自 ZEREN_DB_KEY 或口令）：没有可导出的密钥。</translation>
    </message>
    <message>
        <source>{file} exists already; nothing was written.</source>
        <translation>{file} 已存在；未写入任何内容。</translation>
    </message>
    <message>
        <source>This installation of the program has no encryption support (the sqlcipher3 package); nothing was changed.</source>
        <translation>本机安装的程序不支持加密（缺少 sqlcipher3 软件包）；未作任何改动。</translation>
    </message>
    <message>
        <source>The database is encrypted already; nothing was changed.</source>
        <translation>数据库已经加密；未作任何改动。</translation>
    </message>
    <message>
        <source>The database is not encrypted; nothing was changed.</source>
        <translation>数据库未加密；未作任何改动。</translation>
    </message>
    <message>
        <source>The converted copy failed its check ({problem}); the database was left as it was.</source>
        <translation>转换后的副本未通过检查（{problem}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>Only a database file on this computer can be encrypted by the program.</source>
        <translation>程序只能加密本机上的数据库文件。</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Ground {clause} does not apply to this subject ({cls}); ignored.</source>
        <translation>情形 {clause} 不适用于该问责对象（{cls}），已忽略。</translation>
    </message>
    <message>
        <source>Ground {clause} covers problems within the subject&apos;s own portfolio only; the subject acted outside it, so it gives no exemption.</source>
        <translation>情形 {clause} 仅适用于对象分管范围内的问题；该对象的行为超出其分管范围，因此不能免予追究。</translation>
    </message>
    <message>
        <source>Both mitigating ({mitigating}) and aggravating ({aggravating}) grounds are given: no adjustment is applied; weigh them in the decision.</source>
        <translation>同时存在从轻减轻（{mitigating}）和从重加重（{aggravating}）情形：不作调整，请在决定中综合考量。</translation>
    </message>
    <message>
        <source>Adjustment &quot;{chosen}&quot; does not match the grounds given ({grounds}); &quot;{default}&quot; is used.</source>
        <translation>调整方式“{chosen}”与所列情形（{grounds}）不符；改用“{default}”。</translation>
    </message>
    <message>
        <source>Adjustment &quot;{chosen}&quot; is ignored: no mitigating or aggravating ground is given.</source>
        <translation>调整方式“{chosen}”已忽略：未列出从轻减轻或从重加重情形。</translation>
    </message>
    <message>
        <source>{gateway} takes in article {article} only within the member&apos;s portfolio; the subject acted outside it, so neither applies.</source>
        <translation>{gateway} 仅在成员分管范围内适用第 {article} 条；该对象的行为超出其分管范围，因此两者均不适用。</translation>
    </message>
    <message>
        <source>Clause {clause} does not apply to this subject ({cls}); it is left out.</source>
        <translation>条款 {clause} 不适用于该问责对象（{cls}），已略去。</translation>
    </message>
    <message>
        <source>regulation: {id} is not a known regulation.</source>
        <translation>regulation：{id} 不是已知的规定。</translation>
    </message>
    <message>
        <source>{id} was named in the case.</source>
        <translation>案件中指定了 {id}。</translation>
    </message>
    <message>
        <source>{id} is not in force on the decision date {date}.</source>
        <translation>{id} 在决定日期 {date} 未生效。</translation>
    </message>
    <message>
        <source>decision_date: no regulation is in force on {date}.</source>
        <translation>decision_date：{date} 没有生效的规定。</translation>
    </message>
    <message>
        <source>The conduct ({conduct}) predates every regulation; {id}, in force on the decision date {decision}, is used.</source>
        <translation>行为（{conduct}）早于所有规定；适用决定日期 {decision} 生效的 {id}。</translation>
    </message>
    <message>
        <source>{id} was in force on the conduct date {conduct}.</source>
        <translation>行为发生日 {conduct} 生效的是 {id}。</translation>
    </message>
    <message>
        <source>{old} was in force on the conduct date {conduct}, but {new}, in force on the decision date {decision}, is lighter for the subjects (the heaviest measure its bands allow), so it applies (从旧兼从轻).</source>
        <translation>行为发生日 {conduct} 生效的是 {old}，但决定日期 {decision} 生效的 {new} 对问责对象更轻（按其各档所允许的最重处理计），因此适用 {new}（从旧兼从轻）。</translation>
    </message>
    <message>
        <source>{id} was in force on the conduct date {conduct}; {new}, in force on the decision date, is not lighter for the subjects (从旧兼从轻).</source>
        <translation>行为发生日 {conduct} 生效的是 {id}；决定日期生效的 {new} 对问责对象并不更轻（从旧兼从轻）。</translation>
    </message>
    <message>
        <source>The conduct ({conduct}) predates {id}, in force from {in_force}: check that it may be applied to this case.</source>
        <translation>行为（{conduct}）早于 {id}（自 {in_force} 起施行）：请核实能否适用于本案。</translation>
    </message>
    <message>
        <source>Clauses of {other} are cited, but the case is assessed under {id}: cite the corresponding clauses of {id}.</source>
        <translation>引用了 {other} 的条款，但本案依据 {id} 认定：请引用 {id} 的相应条款。</translation>
    </message>
    <message>
        <source>No circumstance clause applies to this subject.</source>
        <translation>没有适用于该问责对象的问责情形条款。</translation>
    </message>
    <message>
        <source>Neither the principal leader, nor directly in charge, nor taking part in the decision: the subject bears no leadership responsibility.</source>
        <translation>既非主要负责人，也非直接分管，亦未参与决策：该对象不承担领导责任。</translation>
    </message>
    <message>
        <source>{id} gives no measures for this kind of subject ({cls}).</source>
        <translation>{id} 未规定此类问责对象（{cls}）的问责方式。</translation>
    </message>
    <message>
        <source>Measure {code} is decided, but the subject bears no responsibility.</source>
        <translation>决定了问责方式 {code}，但该对象不承担责任。</translation>
    </message>
    <message>
        <source>Measure {code} is not among those the {band} band allows for this subject under {id}.</source>
        <translation>依据 {id}，问责方式 {code} 不在该对象“{band}”档次允许的范围内。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The package is damaged or incomplete (it may have been cut short when the medium was removed); nothing was imported.</source>
        <translation>交换包已损坏或不完整（可能在移除存储介质时被截断）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package was altered after it was signed ({detail}); nothing was imported.</source>
        <translation>交换包在签名后被改动过（{detail}）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the key registered for {office}; it was altered or signed with another key. Nothing was imported.</source>
        <translation>交换包的签名与{office}已登记的密钥不符；交换包被改动过，或用其他密钥签名。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package comes from an office whose key is not registered here ({office}, key {fingerprint}). Register its public key first; nothing was imported.</source>
        <translation>交换包来自一个未在本机登记密钥的机关（{office}，密钥 {fingerprint}）。请先登记其公钥；未导入任何内容。</translation>
    </message>
    <message>
        <source>The package is encrypted; give its passphrase.</source>
        <translation>交换包已加密，请输入其口令。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the encrypted package was altered or cut short; nothing was imported.</source>
        <translation>口令错误，或加密的交换包被改动过或被截断；未导入任何内容。</translation>
    </message>
    <message>
        <source>This is not an exchange package of this program, or of a newer version ({detail}); nothing was imported.</source>
        <translation>这不是本程序的交换包，或是由更新版本生成的交换包（{detail}）；未导入任何内容。</translation>
    </message>
    <message>
        <source>This is not a public key file of an office ({detail}).</source>
        <translation>这不是机关的公钥文件（{detail}）。</translation>
    </message>
    <message>
        <source>The record cannot be deleted: records entered here still refer to it. Change or delete those first.</source>
        <translation>该记录不能删除：本地录入的记录仍引用它。请先修改或删除这些记录。</translation>
    </message>
    <message>
        <source>The conflict was not found, or it was already decided.</source>
        <translation>未找到该冲突，或该冲突已处理。</translation>
    </message>
    <message>
        <source>This package was made by this office itself; there is nothing to import.</source>
        <translation>此交换包由本机关自己生成，无需导入。</translation>
    </message>
    <message>
        <source>The package refers to records that are neither in it nor here ({detail}). Import the earlier packages of {office} first (or a package of all its records); nothing was imported.</source>
        <translation>交换包引用的记录既不在包内，也不在本机（{detail}）。请先导入{office}之前的交换包（或包含其全部记录的交换包）；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>(an office without a name)</source>
        <translation>（未命名的机关）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data exchange&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据交换&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Townships send their records to the county in signed exchange packages (.zrx) on removable media. The county registers each township&apos;s public key once.</source>
        <translation>乡镇将记录写成签名的交换包（.zrx），通过移动存储介质报送县里。县里只需登记一次各乡镇的公钥。</translation>
    </message>
    <message>
        <source>E&amp;xport exchange package…</source>
        <translation>导出交换包(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import exchange package…</source>
        <translation>导入交换包(&amp;I)…</translation>
    </message>
    <message>
        <source>This office&apos;s public &amp;key…</source>
        <translation>本机关公钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Register a township&apos;s &amp;key…</source>
        <translation>登记乡镇公钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Keep &amp;local</source>
        <translation>保留本机记录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Take incoming</source>
        <translation>采用导入记录(&amp;T)</translation>
    </message>
    <message>
        <source>Records changed on both sides:</source>
        <translation>双方均有改动的记录：</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Export exchange package</source>
        <translation>导出交换包</translation>
    </message>
    <message>
        <source>Writing the exchange package…</source>
        <translation>正在写入交换包…</translation>
    </message>
    <message>
        <source>Wrote {file}: {records} records, {attachments} attachments.</source>
        <translation>已写入 {file}：{records} 条记录，{attachments} 个附件。</translation>
    </message>
    <message>
        <source>Import exchange package</source>
        <translation>导入交换包</translation>
    </message>
    <message>
        <source>Encrypted package</source>
        <translation>加密交换包</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Import it now?</source>
        <translation>现在导入吗？</translation>
    </message>
    <message>
        <source>Importing the exchange package…</source>
        <translation>正在导入交换包…</translation>
    </message>
    <message>
        <source>Verified: signed by {office} (key {fingerprint}), every part intact.</source>
        <translation>验证通过：由{office}签名（公钥 {fingerprint}），各部分完整无损。</translation>
    </message>
    <message>
        <source>Made {created}; records changed {since} to {until}.</source>
        <translation>生成于{created}；包含{since}至{until}期间改动的记录。</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>{records} records, {attachments} attachments.</source>
        <translation>{records} 条记录，{attachments} 个附件。</translation>
    </message>
    <message>
        <source>{n} records deleted there.</source>
        <translation>对方删除了 {n} 条记录。</translation>
    </message>
    <message>
        <source>This package was imported before; nothing will be added.</source>
        <translation>此交换包此前已导入，不会新增任何内容。</translation>
    </message>
    <message>
        <source>Imported from {office}: {inserted} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts to decide.</source>
        <translation>已从{office}导入：新增 {inserted} 条，更新 {updated} 条，未变 {unchanged} 条，待处理冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>{n} deleted, as they were there.</source>
        <translation>已删除 {n} 条（与对方一致）。</translation>
    </message>
    <message>
        <source>Save this office&apos;s public key</source>
        <translation>保存本机关公钥</translation>
    </message>
    <message>
        <source>Wrote {file}: the public key of {office}, fingerprint {fingerprint}.</source>
        <translation>已写入 {file}：{office}的公钥，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>Register a township&apos;s public key</source>
        <translation>登记乡镇公钥</translation>
    </message>
    <message>
        <source>Registered the key of {office}, fingerprint {fingerprint}.</source>
        <translation>已登记{office}的公钥，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <source>(deleted there {at})</source>
        <translation>（对方于 {at} 删除）</translation>
    </message>
    <message>
        <source>(changed here {at})</source>
        <translation>（本地于 {at} 修改）</translation>
    </message>
    <message>
        <source>Records changed on both sides: {n}</source>
        <translation>双方均有改动的记录：{n} 条</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exchange package</source>
        <translation>导出交换包</translation>
    </message>
    <message>
        <source>All of this office&apos;s records</source>
        <translation>本机关全部记录</translation>
    </message>
    <message>
        <source>empty: not encrypted</source>
        <translation>留空则不加密</translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation>改动起始日期：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
</context>
<context>
    <name>FieldList</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>字段值</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>{what}. Double-click to put it into the text.</source>
        <translation>{what}。双击可插入文字中。</translation>
    </message>
</context>
<context>
    <name>FileTab</name>
    <message>
        <source>&amp;Show file</source>
        <translation>显示档案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>打印为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Periods active &amp;on</source>
        <translation>影响期截至(&amp;O)</translation>
    </message>
    <message>
        <source>Ca&amp;dre</source>
        <translation>干部(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a cadre first.</source>
        <translation>请先选择干部。</translation>
    </message>
    <message>
        <source>Integrity file {name}</source>
        <translation>{name}廉政档案</translation>
    </message>
    <message>
        <source>Print the integrity file</source>
        <translation>打印廉政档案</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>Integrity file of {name}</source>
        <translation>{name}廉政档案</translation>
    </message>
    <message>
        <source>Influence periods are shown as active on {date}.</source>
        <translation>影响期状态按 {date} 计算。</translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation>无任职记录。</translation>
    </message>
    <message>
        <source>Accountability cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Unit and post then</source>
        <translation>时任单位及职务</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>问责方式</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Filed {filed}; {state}</source>
        <translation>{filed} 提出申诉；{state}</translation>
    </message>
    <message>
        <source>answer due {date}</source>
        <translation>应于 {date} 前答复</translation>
    </message>
    <message>
        <source>No accountability cases.</source>
        <translation>无问责案件。</translation>
    </message>
    <message>
        <source>Influence periods</source>
        <translation>影响期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>问责方式</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>影响期至</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>影响期内</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已届满</translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>No influence periods.</source>
        <translation>无影响期。</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>谈话类型</translation>
    </message>
    <message>
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>谈话事由</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>No talks.</source>
        <translation>无谈话记录。</translation>
    </message>
    <message>
        <source>Problem clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>No problem clues.</source>
        <translation>无问题线索。</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator — Zeren Desktop</source>
        <translation>创建系统管理员 — 责任台账</translation>
    </message>
    <message>
        <source>Create the system administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Zeren Desktop</source>
        <translation>欢迎使用责任台账</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is empty.&lt;/p&gt;&lt;p&gt;You can load a fictional demo county (townships, departments and a few hundred cadres) to try the program, or start with an empty database and enter your own units.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库是空的。&lt;/p&gt;&lt;p&gt;可以载入一个虚构的演示县（含乡镇、县直部门和数百名干部）试用本程序，也可以从空数据库开始，录入本地的单位。&lt;/p&gt;&lt;p&gt;数据库：{location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load the &amp;demo county</source>
        <translation>载入演示县数据(&amp;D)</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>从空数据库开始(&amp;E)</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start — Zeren Desktop</source>
        <translation>首次启动 — 责任台账</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Welcome to Zeren Desktop</source>
        <translation>欢迎使用责任台账</translation>
    </message>
    <message>
        <source>Responsibility ledgers, clues and accountability cases for discipline-inspection offices. Works offline.</source>
        <translation>面向纪检监察机关的履责纪实、问题线索和问责案件管理，无需联网。</translation>
    </message>
    <message>
        <source>First choose the folder for the data. The program keeps its database there, and its daily backups in a folder beside it. Choose a folder on this computer&apos;s own disk: never a USB stick or a network share.</source>
        <translation>首先选择数据文件夹。程序把数据库存放在这里，每天的备份存放在旁边的文件夹中。请选择本机硬盘上的文件夹，切勿选择U盘或网络共享。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Data &amp;folder</source>
        <translation>数据文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Then: create the administrator&apos;s account, choose the demo county or an empty database, and take a short tour of the main areas.</source>
        <translation>接下来：创建系统管理员账户，选择载入演示县数据或从空数据库开始，再简要了解各主要功能。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>This folder holds a database already ({file}); it will be opened.</source>
        <translation>此文件夹中已有数据库（{file}），将直接打开它。</translation>
    </message>
    <message>
        <source>The database will be {file}.</source>
        <translation>数据库文件将是 {file}。</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>The folder cannot be created: {reason}</source>
        <translation>无法创建该文件夹：{reason}</translation>
    </message>
    <message>
        <source>The database cannot be opened there: {reason}</source>
        <translation>无法在该位置打开数据库：{reason}</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
    <message>
        <source>Choose &amp;another folder</source>
        <translation>另选文件夹(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Use this folder anyway</source>
        <translation>仍使用此文件夹(&amp;U)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>关闭而不保存已填写的内容？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>GoBackDialog</name>
    <message>
        <source>{number}: go back</source>
        <translation>{number}：退回</translation>
    </message>
    <message>
        <source>Why the case goes back (kept in its history)</source>
        <translation>退回理由（将记入办理记录）</translation>
    </message>
    <message>
        <source>Back &amp;to</source>
        <translation>退回到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>退回理由(&amp;R) *</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>退回到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Overdue rectifications</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Open &amp;inspections</source>
        <translation>打开监督检查(&amp;I)</translation>
    </message>
    <message>
        <source>Rectifications due within 7 days</source>
        <translation>7 天内到期的整改</translation>
    </message>
    <message>
        <source>Open ins&amp;pections</source>
        <translation>打开监督检查(&amp;P)</translation>
    </message>
    <message>
        <source>Ledger reminders this quarter</source>
        <translation>本季度台账提醒</translation>
    </message>
    <message>
        <source>Open the &amp;ledger</source>
        <translation>打开履责纪实台账(&amp;L)</translation>
    </message>
    <message>
        <source>Lists not yet signed</source>
        <translation>未签订的责任清单</translation>
    </message>
    <message>
        <source>Open the lis&amp;ts</source>
        <translation>打开责任清单(&amp;T)</translation>
    </message>
    <message>
        <source>Cases overdue or due within 7 days</source>
        <translation>逾期或 7 天内到期的案件</translation>
    </message>
    <message>
        <source>Open the &amp;cases</source>
        <translation>打开问责案件(&amp;C)</translation>
    </message>
    <message>
        <source>Talk follow-ups due within 7 days</source>
        <translation>逾期或 7 天内到期的谈话回访</translation>
    </message>
    <message>
        <source>Open the tal&amp;ks</source>
        <translation>打开谈话(&amp;K)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Today is {date}: quarter {quarter} of {year}</source>
        <translation>今天是 {date}，{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <source>{deadline}  {target}: {what}</source>
        <translation>{deadline}  {target}：{what}</translation>
    </message>
    <message>
        <source>rectifications are past their deadline without a result.</source>
        <translation>项整改已过期限，尚无整改结果。</translation>
    </message>
    <message>
        <source>No rectification is overdue.</source>
        <translation>没有逾期的整改。</translation>
    </message>
    <message>
        <source>rectifications reach their deadline in the coming week.</source>
        <translation>项整改将在一周内到期。</translation>
    </message>
    <message>
        <source>No deadline in the coming week.</source>
        <translation>一周内没有到期的整改。</translation>
    </message>
    <message>
        <source>no entry yet this quarter</source>
        <translation>本季度尚无记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>missing {kinds} and {n} more kinds</source>
        <translation>缺{kinds}及另外 {n} 类</translation>
    </message>
    <message>
        <source>missing {kinds}</source>
        <translation>缺{kinds}</translation>
    </message>
    <message>
        <source>cadres lack some of the must-record kinds in quarter {quarter} of {year}.</source>
        <translation>名干部{year}年第{quarter}季度缺少必记事项。</translation>
    </message>
    <message>
        <source>Every cadre with a list has entries of every must-record kind this quarter.</source>
        <translation>本季度有清单的干部各类必记事项均已记录。</translation>
    </message>
    <message>
        <source>{name} ({unit}): {missing}</source>
        <translation>{name}（{unit}）：{missing}</translation>
    </message>
    <message>
        <source>of the {total} lists of {year} are not signed yet.</source>
        <translation>份{year}年度清单尚未签订（共 {total} 份）。</translation>
    </message>
    <message>
        <source>All {total} lists of {year} are signed.</source>
        <translation>{year}年度 {total} 份清单均已签订。</translation>
    </message>
    <message>
        <source>No list has been issued for {year} yet.</source>
        <translation>{year}年度尚未下发清单。</translation>
    </message>
    <message>
        <source>{holder}: {title}</source>
        <translation>{holder}：{title}</translation>
    </message>
    <message>
        <source>deadlines of cases: {overdue} overdue, {soon} due within 7 days.</source>
        <translation>项案件期限：已逾期 {overdue} 项，7 天内到期 {soon} 项。</translation>
    </message>
    <message>
        <source>No case deadline is overdue or near.</source>
        <translation>没有逾期或即将到期的案件。</translation>
    </message>
    <message>
        <source>answer to an appeal</source>
        <translation>答复申诉</translation>
    </message>
    <message>
        <source>{due}  {number} {title}: {what}</source>
        <translation>{due}  {number} {title}：{what}</translation>
    </message>
    <message>
        <source>follow-ups of talks: {overdue} overdue, {soon} due within 7 days.</source>
        <translation>项谈话回访：已逾期 {overdue} 项，7 天内到期 {soon} 项。</translation>
    </message>
    <message>
        <source>No talk follow-up is overdue or near.</source>
        <translation>没有逾期或即将到期的谈话回访。</translation>
    </message>
    <message>
        <source>{due}  {name}: {kind}</source>
        <translation>{due}  {name}：{kind}</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>An ID number has 18 characters; this one has {n}.</source>
        <translation>身份证号应为18位，此号码为{n}位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({date}) does not exist.</source>
        <translation>身份证号中的出生日期（{date}）不存在。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({date}) is impossible.</source>
        <translation>身份证号中的出生日期（{date}）不可能成立。</translation>
    </message>
    <message>
        <source>The check character of the ID number is wrong; please check every digit.</source>
        <translation>身份证号的校验码不正确，请逐位核对。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {n}.</source>
        <translation>统一社会信用代码应为18位，此代码为{n}位。</translation>
    </message>
    <message>
        <source>A unified social credit code cannot contain {chars}.</source>
        <translation>统一社会信用代码不能包含 {chars}。</translation>
    </message>
    <message>
        <source>The check character of the credit code is wrong; please check it.</source>
        <translation>统一社会信用代码的校验码不正确，请核对。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{text}” is not a date: write it as 2026-03-05 or 2026年3月5日.</source>
        <translation>“{text}”不是日期：请写成 2026-03-05 或 2026年3月5日。</translation>
    </message>
    <message>
        <source>“{text}” is not a real calendar date.</source>
        <translation>“{text}”不是真实存在的日期。</translation>
    </message>
    <message>
        <source>The number {value} is not a date: as an Excel date serial number it must lie between {low} and {high}.</source>
        <translation>数字 {value} 不是日期：作为 Excel 日期序列号，应在 {low} 至 {high} 之间。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money: write it as 1234.50, 1,234.50元 or 1.5万元.</source>
        <translation>“{text}”不是金额：请写成 1234.50、1,234.50元 或 1.5万元。</translation>
    </message>
    <message>
        <source>“{text}”: an amount of money cannot be negative.</source>
        <translation>“{text}”：金额不能为负数。</translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount of money.</source>
        <translation>“{text}”数额过大，不是有效的金额。</translation>
    </message>
    <message>
        <source>“{text}” is more exact than a fen: use at most 2 decimals in yuan (元) or 6 in ten thousand yuan (万元).</source>
        <translation>“{text}”精确到了分以下：以元为单位最多保留 2 位小数，以万元为单位最多保留 6 位小数。</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}”不是整数。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation>内容及措施</translation>
    </message>
    <message>
        <source>List items</source>
        <translation>对应清单事项</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>“{text}” is not one of the nine kinds of entry: {kinds}.</source>
        <translation>“{text}”不是九类必记事项之一：{kinds}。</translation>
    </message>
    <message>
        <source>“{text}” is not a list of item numbers such as 1、3 or 2-4.</source>
        <translation>“{text}”不是清单事项序号，应写成 1、3 或 2-4 这样的形式。</translation>
    </message>
    <message>
        <source>Row {row} has two columns for {column}: “{first}” and “{second}”. Keep one of them.</source>
        <translation>第 {row} 行有两列都对应“{column}”：“{first}”和“{second}”。请只保留其中一列。</translation>
    </message>
    <message>
        <source>Clue number</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <source>Persons named</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Summary of the problem</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Money recovered (yuan)</source>
        <translation>追缴金额（元）</translation>
    </message>
    <message>
        <source>Money corrected (yuan)</source>
        <translation>纠正金额（元）</translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation>取消资格人数</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>“{text}”不是以下选项之一：{choices}。</translation>
    </message>
    <message>
        <source>The file {name} has no rows to import.</source>
        <translation>文件 {name} 中没有可导入的行。</translation>
    </message>
    <message>
        <source>The file {name} lacks the columns {missing}. The headers found (row {row}) are: {found}.</source>
        <translation>文件 {name} 缺少以下列：{missing}。找到的列标题（第 {row} 行）为：{found}。</translation>
    </message>
    <message>
        <source>The ID number was stored as a number, so Excel has lost its last digits: format the column as text and type the numbers again.</source>
        <translation>身份证号以数字格式保存，Excel 已丢失其末尾几位：请将该列设置为文本格式，再重新输入身份证号。</translation>
    </message>
    <message>
        <source>“{text}” is not an ID number of 18 characters (or an old one of 15 digits).</source>
        <translation>“{text}”不是 18 位身份证号（也不是 15 位旧身份证号）。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Civil affairs office of the town</source>
        <translation>镇民政办</translation>
    </message>
    <message>
        <source>Drew the minimum living allowance while owning a car</source>
        <translation>名下有车辆仍领取最低生活保障金</translation>
    </message>
    <message>
        <source>Example row: replace it with your own clues.</source>
        <translation>示例行：请替换为本单位的问题线索。</translation>
    </message>
    <message>
        <source>Problem clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}：{problem}</translation>
    </message>
    <message>
        <source>No cadre named {name} with the ID number {id_number} was found.</source>
        <translation>未找到姓名为{name}、身份证号为 {id_number} 的干部。</translation>
    </message>
    <message>
        <source>No cadre named {name} was found.</source>
        <translation>未找到姓名为{name}的干部。</translation>
    </message>
    <message>
        <source>Several cadres named {name} have the ID number {id_number}: correct the cadre records first.</source>
        <translation>有多名姓名为{name}、身份证号为 {id_number} 的干部：请先更正干部信息。</translation>
    </message>
    <message>
        <source>Several cadres are named {name}: add an ID number column (身份证号) to tell them apart.</source>
        <translation>有多名干部姓名为{name}：请增加“身份证号”列加以区分。</translation>
    </message>
    <message>
        <source>This entry repeats row {row}.</source>
        <translation>此条与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>This entry is already in the ledger.</source>
        <translation>此条纪实已在台账中。</translation>
    </message>
    <message>
        <source>Party committee meeting on this year&apos;s integrity work</source>
        <translation>召开党委会研究部署本年度党风廉政建设工作</translation>
    </message>
    <message>
        <source>Meeting room of the Party committee</source>
        <translation>党委会议室</translation>
    </message>
    <message>
        <source>All members of the team</source>
        <translation>全体班子成员</translation>
    </message>
    <message>
        <source>Studied the county&apos;s plan and divided the year&apos;s tasks among the team members.</source>
        <translation>学习全县工作方案，将全年任务分解落实到各班子成员。</translation>
    </message>
    <message>
        <source>Example row: replace it with your own entries.</source>
        <translation>示例行：请替换为本单位的纪实内容。</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>履责纪实</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet this program reads: use .xlsx, .xls, .ods or .csv.</source>
        <translation>{name} 不是本程序能读取的电子表格：请使用 .xlsx、.xls、.ods 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>无法读取文件 {name}：{reason}</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>文件 {name} 是空的。</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet or is damaged: open it in Excel or WPS, save it again as .xlsx and import that.</source>
        <translation>文件 {name} 不是电子表格或已损坏：请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The file {name} is a spreadsheet of another kind than its name says: open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>文件 {name} 的实际格式与扩展名不符：请用 Excel 或 WPS 打开，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file {name} is a web page saved under a spreadsheet name: open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>文件 {name} 是以电子表格文件名保存的网页：请用 Excel 或 WPS 打开，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file {name} is protected by a password: remove the password in Excel or WPS first.</source>
        <translation>文件 {name} 设有密码保护：请先在 Excel 或 WPS 中取消密码。</translation>
    </message>
    <message>
        <source>The text of {name} is in an unknown encoding: save it as CSV UTF-8 or as .xlsx.</source>
        <translation>{name} 的文本编码无法识别：请另存为 CSV UTF-8 或 .xlsx 格式。</translation>
    </message>
    <message>
        <source>Row {row} of {name} cannot be read: {reason}</source>
        <translation>{name} 第 {row} 行无法读取：{reason}</translation>
    </message>
    <message>
        <source>A text of {n} characters is longer than a spreadsheet cell holds ({limit}).</source>
        <translation>长度为 {n} 个字符的文本超出了电子表格单元格的容量（{limit}）。</translation>
    </message>
    <message>
        <source>The file {name} cannot be written: {reason}. If it is open in Excel or WPS, close it and try again.</source>
        <translation>无法写入文件 {name}：{reason}。如该文件已在 Excel 或 WPS 中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>This row repeats row {row}.</source>
        <translation>此行与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>The unit “{unit}” is not one of your township&apos;s units.</source>
        <translation>单位“{unit}”不是本乡镇的单位。</translation>
    </message>
    <message>
        <source>The clue number {number} is already used.</source>
        <translation>线索编号 {number} 已被使用。</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Political standing</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>任职时间</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>分工</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The file {name} has a column “{column}”: it is a list of people, not of units. Import it as a cadre roster.</source>
        <translation>文件 {name} 含有“{column}”列，是人员名单而不是单位名录。请作为干部名册导入。</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent unit.</source>
        <translation>单位不能是自己的上级单位。</translation>
    </message>
    <message>
        <source>The birth month {month} differs from the one in the ID number ({id_date}).</source>
        <translation>出生年月 {month} 与身份证号中的出生日期（{id_date}）不一致。</translation>
    </message>
    <message>
        <source>Give the unit where the post (职务) is held.</source>
        <translation>请填写“职务”所在的单位。</translation>
    </message>
    <message>
        <source>Give the post (职务) held in the unit.</source>
        <translation>请填写在该单位担任的“职务”。</translation>
    </message>
    <message>
        <source>“{name}” is not within the scope of your account ({scope}).</source>
        <translation>“{name}”不在本账户的管理范围（{scope}）内。</translation>
    </message>
    <message>
        <source>The unit “{name}” of row {row} has an error: correct that row first.</source>
        <translation>第 {row} 行的单位“{name}”有错误：请先更正该行。</translation>
    </message>
    <message>
        <source>The unit “{name}” comes later in the file: put it above the units under it.</source>
        <translation>单位“{name}”在文件中排在后面：请把它移到其下级单位之前。</translation>
    </message>
    <message>
        <source>No unit named “{name}” is recorded: import the unit list first, or check the name.</source>
        <translation>没有登记名为“{name}”的单位：请先导入单位名录，或核对单位名称。</translation>
    </message>
    <message>
        <source>Several units are named “{name}”: write the unit above it too, as “{example}”.</source>
        <translation>有多个名为“{name}”的单位：请连同上级单位一并填写，如“{example}”。</translation>
    </message>
    <message>
        <source>Changes {columns}.</source>
        <translation>将更新{columns}。</translation>
    </message>
    <message>
        <source>Several units are named “{name}”: give the parent unit (上级单位) to say which.</source>
        <translation>有多个名为“{name}”的单位：请填写“上级单位”加以区分。</translation>
    </message>
    <message>
        <source>Your account adds units only below its own township: give the parent unit (上级单位).</source>
        <translation>本账户只能在本乡镇下添加单位：请填写“上级单位”。</translation>
    </message>
    <message>
        <source>Kind taken from the name: {kind}.</source>
        <translation>单位类型按名称判断为：{kind}。</translation>
    </message>
    <message>
        <source>The unit of this name is recorded.</source>
        <translation>已登记同名单位。</translation>
    </message>
    <message>
        <source>The unit of this name under this parent unit is recorded.</source>
        <translation>该上级单位下已登记同名单位。</translation>
    </message>
    <message>
        <source>This row and row {row} are the same cadre.</source>
        <translation>此行与第 {row} 行是同一名干部。</translation>
    </message>
    <message>
        <source>This cadre is recorded by another township: ask the county office to change the record.</source>
        <translation>该干部由其他乡镇登记：请联系县纪委监委修改记录。</translation>
    </message>
    <message>
        <source>Your account records cadres with a post in its own township: give the unit.</source>
        <translation>本账户只能登记在本乡镇任职的干部：请填写单位。</translation>
    </message>
    <message>
        <source>Several recorded cadres have this ID number: correct the records first.</source>
        <translation>已登记的多名干部身份证号相同：请先更正这些记录。</translation>
    </message>
    <message>
        <source>This ID number is recorded for {name}.</source>
        <translation>此身份证号已登记为{name}。</translation>
    </message>
    <message>
        <source>A cadre with this ID number is recorded.</source>
        <translation>已登记此身份证号的干部。</translation>
    </message>
    <message>
        <source>Several recorded cadres are named {name}: add the ID number (身份证号) to say which.</source>
        <translation>已登记的干部中有多人名为{name}：请填写“身份证号”加以区分。</translation>
    </message>
    <message>
        <source>A cadre of this name with a post in this unit is recorded.</source>
        <translation>已登记在该单位任职的同名干部。</translation>
    </message>
    <message>
        <source>A cadre of this name is recorded.</source>
        <translation>已登记同名干部。</translation>
    </message>
    <message>
        <source>Give the date the post began (任职时间): a post is recorded with it.</source>
        <translation>请填写“任职时间”：登记职务须有任职时间。</translation>
    </message>
    <message>
        <source>Adds the post {title} in {unit}; the cadre&apos;s other posts stay as they are.</source>
        <translation>在{unit}增加职务{title}；该干部的其他职务保持不变。</translation>
    </message>
    <message>
        <source>Example row: replace it with your own units.</source>
        <translation>示例行：请替换为本地单位。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Example row: replace it with your own cadres. A post needs its unit, title and start date.</source>
        <translation>示例行：请替换为本地干部。登记职务须填写单位、职务和任职时间。</translation>
    </message>
    <message>
        <source>Cadre roster</source>
        <translation>干部名册</translation>
    </message>
</context>
<context>
    <name>InfluenceTab</name>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Integrity fi&amp;le…</source>
        <translation>廉政档案(&amp;L)…</translation>
    </message>
    <message>
        <source>The integrity file of the selected cadre</source>
        <translation>查看选中干部的廉政档案</translation>
    </message>
    <message>
        <source>On &amp;date</source>
        <translation>查询日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit that day</source>
        <translation>当日单位</translation>
    </message>
    <message>
        <source>Post that day</source>
        <translation>当日职务</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>问责方式</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>影响期至</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制事项</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>{n} cadres are under an influence period on {date}.</source>
        <translation>{date} 处于影响期内的干部共 {n} 名。</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Edit inspection</source>
        <translation>编辑监督检查</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新增监督检查</translation>
    </message>
    <message>
        <source>e.g. 县纪委第二监督检查室 张三、李四</source>
        <translation>例如：县纪委第二监督检查室 张三、李四</translation>
    </message>
    <message>
        <source>A &amp;unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>A &amp;cadre</source>
        <translation>干部(&amp;C)</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未整改</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>检查日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Inspectors *</source>
        <translation>检查人员(&amp;I) *</translation>
    </message>
    <message>
        <source>Inspected *</source>
        <translation>检查对象 *</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>发现问题(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rectification required</source>
        <translation>整改要求(&amp;R)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>整改期限(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;sult</source>
        <translation>整改结果(&amp;S)</translation>
    </message>
    <message>
        <source>Result d&amp;ate</source>
        <translation>整改完成日期(&amp;A)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <source>Result date</source>
        <translation>整改完成日期</translation>
    </message>
</context>
<context>
    <name>InspectionKind</name>
    <message>
        <source>Concentrated inspection</source>
        <translation>集中督查</translation>
    </message>
    <message>
        <source>Open and unannounced visit</source>
        <translation>明察暗访</translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Ledger check</source>
        <translation>台账检查</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Only &amp;open rectifications</source>
        <translation>只看未完成整改(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>新增检查(&amp;N)…</translation>
    </message>
    <message>
        <source>Record an inspection (Ctrl+N)</source>
        <translation>登记一次监督检查（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected inspection, e.g. to enter the rectification result (Enter)</source>
        <translation>编辑选中的检查，例如填写整改结果（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Unit or cadre inspected</source>
        <translation>被检查单位/干部</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Inspections: {n}; overdue: {overdue}</source>
        <translation>检查：{n}&#x3000;逾期：{overdue}</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <source>Due in {n} days</source>
        <translation>{n} 天后到期</translation>
    </message>
    <message>
        <source>The inspection was saved.</source>
        <translation>监督检查已保存。</translation>
    </message>
    <message>
        <source>Delete the inspection of {target} on {date} and the {n} ledger entries made from it? This cannot be undone.</source>
        <translation>删除 {date} 对{target}的监督检查及由其生成的 {n} 条台账记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>删除监督检查</translation>
    </message>
    <message>
        <source>Delete the inspection of {target} on {date}? This cannot be undone.</source>
        <translation>删除 {date} 对{target}的检查？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The inspection was not deleted: {reason}</source>
        <translation>监督检查未删除：{reason}</translation>
    </message>
    <message>
        <source>The inspection was deleted.</source>
        <translation>监督检查已删除。</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Not in the records of this office; check by hand</source>
        <translation>本机关记录中未查到，需人工核查</translation>
    </message>
    <message>
        <source>Several cadres of this name; give the ID number</source>
        <translation>有多名同名干部，请提供身份证号</translation>
    </message>
    <message>
        <source>Name and unit match a cadre with another ID number; check by hand</source>
        <translation>姓名和单位与另一身份证号的干部相符，需人工核查</translation>
    </message>
    <message>
        <source>Problem clues not yet concluded ({n})</source>
        <translation>有尚未办结的问题线索（{n} 条）</translation>
    </message>
    <message>
        <source>Accountability case under way ({n})</source>
        <translation>有正在办理的问责案件（{n} 起）</translation>
    </message>
    <message>
        <source>Under an influence period until {date}</source>
        <translation>处于影响期内，影响期至 {date}</translation>
    </message>
    <message>
        <source>Held accountable in {year}: no excellent rating or awards this year</source>
        <translation>{year}年受到问责，当年不得评先评优</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{name} has no column of names (姓名) in its first {rows} rows.</source>
        <translation>{name} 的前 {rows} 行中没有“姓名”列。</translation>
    </message>
    <message>
        <source>The list names nobody.</source>
        <translation>名单中没有任何人员。</translation>
    </message>
    <message>
        <source>The list names {n} people; at most {limit} can be answered at once.</source>
        <translation>名单共有 {n} 人，一次最多回复 {limit} 人。</translation>
    </message>
    <message>
        <source>The row has no name; it was left out.</source>
        <translation>该行没有姓名，已略过。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>比对依据</translation>
    </message>
    <message>
        <source>Problem clues not concluded</source>
        <translation>未办结的问题线索</translation>
    </message>
    <message>
        <source>Cases under way</source>
        <translation>正在办理的问责案件</translation>
    </message>
    <message>
        <source>Measures decided</source>
        <translation>已决定的问责方式</translation>
    </message>
    <message>
        <source>Influence periods on the date</source>
        <translation>当日所处影响期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论意见</translation>
    </message>
    <message>
        <source>Name and unit</source>
        <translation>姓名和单位</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Integrity clearance</source>
        <translation>党风廉政意见回复</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{measure}: until {date}</source>
        <translation>{measure}：至 {date}</translation>
    </message>
</context>
<context>
    <name>IntegrityFileDialog</name>
    <message>
        <source>Integrity file</source>
        <translation>廉政档案</translation>
    </message>
    <message>
        <source>Integrity file of {name}</source>
        <translation>{name}的廉政档案</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <source>The file was not written: {file}</source>
        <translation>文件未能生成：{file}</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>已保存：{file}</translation>
    </message>
    <message>
        <source>&amp;Talk records</source>
        <translation>谈话记录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Influence periods</source>
        <translation>影响期(&amp;I)</translation>
    </message>
    <message>
        <source>Integrity &amp;files</source>
        <translation>廉政档案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clearance reply</source>
        <translation>党风廉政意见回复(&amp;C)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue lists</source>
        <translation>批量下发责任清单</translation>
    </message>
    <message>
        <source>Also the &amp;units under the chosen ones</source>
        <translation>包括所选单位的下级单位(&amp;U)</translation>
    </message>
    <message>
        <source>Every leadership team of the chosen units gets its list for the year, and every member of a Party committee team the list of their role, copied from the active templates. Whoever already has the year&apos;s list of that kind is skipped.</source>
        <translation>按启用的模板，为所选单位的每个领导班子下发本年度清单，并为党委（党组）班子每名成员下发其角色的清单。已有本年度同类清单的，跳过。</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>下发日期(&amp;O)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>下发(&amp;I)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下发日期</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation>未开展</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>LedgerBook</name>
    <message>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>Duty Ledger Book of a Leading Cadre</source>
        <translation>领导干部履责纪实簿</translation>
    </message>
    <message>
        <source>(principal responsibility for Party conduct and integrity)</source>
        <translation>（党风廉政建设主体责任）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>分管工作</translation>
    </message>
    <message>
        <source>Book no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by {issuer}</source>
        <translation>{issuer}印制</translation>
    </message>
    <message>
        <source>This book has {n} pages.</source>
        <translation>本簿共 {n} 页。</translation>
    </message>
    <message>
        <source>{year} duty ledger book · {name}</source>
        <translation>{year}年度领导干部履责纪实簿 · {name}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页&#x3000;共 {total} 页</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>This book records how the holder carries out the principal responsibility for Party conduct and integrity during the year. It is kept by the holder&apos;s unit; no page may be torn out or replaced.</source>
        <translation>本簿用于记录责任人本年度履行党风廉政建设主体责任的情况，由责任人所在单位保管，不得撕页、换页。</translation>
    </message>
    <message>
        <source>Record every event of the nine must-record kinds promptly, as it happens, and do not fill in the book afterwards in one go. The nine kinds are: {kinds}.</source>
        <translation>“九必记”事项发生后应及时记实，不得事后集中补记。九必记为：{kinds}。</translation>
    </message>
    <message>
        <source>One entry per event: date, category, matter, place, participants, content and measures, and the numbers of the list items it serves. Write legibly in ink; correct a mistake by striking it through and signing beside it.</source>
        <translation>一事一记，逐项填写日期、类别、事项、地点、参加人员、内容及措施和对应的清单事项序号。用钢笔或签字笔填写，字迹清楚；填错的划线更正并在旁签名。</translation>
    </message>
    <message>
        <source>Number the evidence (minutes, notices, photographs, talk records and the like), write the numbers in the evidence column and file the evidence in that order.</source>
        <translation>佐证材料（会议记录、通知文件、照片、谈话记录等）统一编号，编号填入“佐证材料编号”栏，材料按编号顺序归档备查。</translation>
    </message>
    <message>
        <source>At the end of each quarter, review every item of the responsibility list on the self-review page ({statuses}) and sign it.</source>
        <translation>每季度末，责任人对照责任清单在季度自评页逐项自评（{statuses}）并签字。</translation>
    </message>
    <message>
        <source>The discipline commission checks this book in its inspections and records the problems found, the rectification required and the deadline; the holder records the result.</source>
        <translation>纪委（纪检组）在监督检查中查阅本簿，记录发现的问题、整改要求和整改期限，责任人填写整改结果。</translation>
    </message>
    <message>
        <source>At the end of the year, the holder writes a self-report on the last page; the book is a basis of the annual assessment.</source>
        <translation>年终，责任人在末页撰写履责情况自我报告；本簿作为年度考核的依据。</translation>
    </message>
    <message>
        <source>Responsibility list for {year}</source>
        <translation>{year}年度党风廉政建设责任清单</translation>
    </message>
    <message>
        <source>Responsibility item</source>
        <translation>责任事项</translation>
    </message>
    <message>
        <source>Holder&apos;s signature: {name}</source>
        <translation>责任人签字：{name}</translation>
    </message>
    <message>
        <source>Signed on: {date}</source>
        <translation>签订日期：{date}</translation>
    </message>
    <message>
        <source>______ (year) ____ (month) ____ (day)</source>
        <translation>&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>Record of duties performed</source>
        <translation>履责纪实记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation>内容及措施</translation>
    </message>
    <message>
        <source>List items served</source>
        <translation>对应清单事项</translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation>佐证材料编号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Quarterly self-review</source>
        <translation>季度履责自评</translation>
    </message>
    <message>
        <source>At the end of each quarter write the state of each list item: {statuses}.</source>
        <translation>每季度末对照责任清单逐项填写落实情况：{statuses}。</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Holder&apos;s signature</source>
        <translation>责任人签字</translation>
    </message>
    <message>
        <source>Date of review</source>
        <translation>自评日期</translation>
    </message>
    <message>
        <source>Inspections by the discipline commission</source>
        <translation>纪委监督检查记录</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Result and date</source>
        <translation>整改结果及日期</translation>
    </message>
    <message>
        <source>Signatures (inspector, holder)</source>
        <translation>签字（检查人、责任人）</translation>
    </message>
    <message>
        <source>{result} ({date})</source>
        <translation>{result}（{date}）</translation>
    </message>
    <message>
        <source>Year-end self-report and assessment</source>
        <translation>年度履责报告及考核</translation>
    </message>
    <message>
        <source>Self-report on the duties performed</source>
        <translation>一、履责情况自我报告</translation>
    </message>
    <message>
        <source>Result of the annual assessment</source>
        <translation>二、年度考核结果</translation>
    </message>
    <message>
        <source>Holder (signature):</source>
        <translation>责任人（签字）：</translation>
    </message>
    <message>
        <source>Assessing body (seal):</source>
        <translation>考核单位（盖章）：</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
</context>
<context>
    <name>LedgerBookDialog</name>
    <message>
        <source>Print ledger book</source>
        <translation>打印履责纪实簿</translation>
    </message>
    <message>
        <source>This &amp;cadre</source>
        <translation>指定干部(&amp;C)</translation>
    </message>
    <message>
        <source>All cadres of a &amp;unit</source>
        <translation>指定单位的全部干部(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Blank book (headings and list only, to fill in by hand)</source>
        <translation>空白纪实簿（仅含栏目和责任清单，供手工填写）(&amp;B)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the book in the program, to read or print (no file is kept)</source>
        <translation>在程序中显示纪实簿，供阅读或打印（不保存文件）</translation>
    </message>
    <message>
        <source>cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Blank ledger book</source>
        <translation>空白履责纪实簿</translation>
    </message>
    <message>
        <source>Ledger book</source>
        <translation>履责纪实簿</translation>
    </message>
    <message>
        <source>Save the ledger book</source>
        <translation>保存履责纪实簿</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the cadre.</source>
        <translation>请选择干部。</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <source>Say where to save the PDF.</source>
        <translation>请指定 PDF 的保存位置。</translation>
    </message>
</context>
<context>
    <name>LedgerCategory</name>
    <message>
        <source>Deployment and study</source>
        <translation>研究部署</translation>
    </message>
    <message>
        <source>Research and supervision of work</source>
        <translation>调研督办</translation>
    </message>
    <message>
        <source>Inspection and assessment</source>
        <translation>检查考核</translation>
    </message>
    <message>
        <source>Hearing or giving reports</source>
        <translation>听取或报告汇报</translation>
    </message>
    <message>
        <source>Studying and handling cases</source>
        <translation>研究查处案件</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>追责问责</translation>
    </message>
    <message>
        <source>Integrity talks and reminders</source>
        <translation>廉政谈话提醒</translation>
    </message>
    <message>
        <source>Integrity education</source>
        <translation>廉政教育活动</translation>
    </message>
    <message>
        <source>Daily supervision and management</source>
        <translation>日常监督管理</translation>
    </message>
</context>
<context>
    <name>LedgerEntryForm</name>
    <message>
        <source>New entry</source>
        <translation>新增纪实</translation>
    </message>
    <message>
        <source>type a name</source>
        <translation>输入姓名</translation>
    </message>
    <message>
        <source>Type the digit 1–9 of the kind, or use the arrow keys</source>
        <translation>输入类别序号 1–9，或用方向键选择</translation>
    </message>
    <message>
        <source>what was done, in a few words</source>
        <translation>简要写明所做的工作</translation>
    </message>
    <message>
        <source>what was decided or done, and the measures taken</source>
        <translation>研究决定或开展的工作，以及采取的措施</translation>
    </message>
    <message>
        <source>e.g. minutes no. 3</source>
        <translation>例如：会议记录第3号</translation>
    </message>
    <message>
        <source>List items served</source>
        <translation>对应清单事项</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the entry (Ctrl+Enter or Ctrl+S)</source>
        <translation>保存此条纪实（Ctrl+Enter 或 Ctrl+S）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the form and start a new entry</source>
        <translation>清空表单，开始录入新的纪实</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation>内容及措施</translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation>佐证材料编号</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a cadre to see the items of their list.</source>
        <translation>选择干部后显示其责任清单事项。</translation>
    </message>
    <message>
        <source>No responsibility list for {year}.</source>
        <translation>没有{year}年度的责任清单。</translation>
    </message>
    <message>
        <source>Space ticks the item under the cursor.</source>
        <translation>按空格键勾选光标所在的事项。</translation>
    </message>
    <message>
        <source>No single cadre matches “{text}”: choose one from the list.</source>
        <translation>没有与“{text}”唯一匹配的干部：请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the cadre this entry is about.</source>
        <translation>请选择此条纪实所属的干部。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>Editing the entry of {date}, {cadre}</source>
        <translation>正在修改{cadre} {date} 的纪实</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>Duty ledger</source>
        <translation>履责纪实</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation>内容及措施</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import ledger entries</source>
        <translation>导入履责纪实</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An empty workbook with the right column headers and an example row</source>
        <translation>带有规定列标题和一行示例的空白工作簿</translation>
    </message>
    <message>
        <source>The first row names the columns: name, ID number (optional), date, category, matter, place, participants, content and measures, list items, evidence, remarks. Name, date, category and matter are required.</source>
        <translation>第一行为列标题：姓名、身份证号（可不填）、日期、类别、事项、地点、参加人员、内容及措施、对应清单事项、佐证材料、备注。其中姓名、日期、类别、事项为必填项。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>可导入的行</translation>
    </message>
    <message>
        <source>Rows with problems (not imported)</source>
        <translation>有问题的行（不导入）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Ledger import template</source>
        <translation>履责纪实导入模板</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>模板未保存：{reason}</translation>
    </message>
    <message>
        <source>Template saved: {file}</source>
        <translation>模板已保存：{file}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was read.</source>
        <translation>已取消，未读取任何内容。</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Rows to import: {n}</source>
        <translation>可导入的行：{n}</translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {n}</source>
        <translation>有问题的行（不导入）：{n}</translation>
    </message>
    <message>
        <source>{good} of {total} rows can be imported; {bad} have problems.</source>
        <translation>共 {total} 行，可导入 {good} 行；{bad} 行有问题。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Made from the {source} “{label}”: it changes only with that record.</source>
        <translation>由{source}“{label}”生成：只随该记录变动。</translation>
    </message>
    <message>
        <source>all cadres</source>
        <translation>全部干部</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Search names, matters, content…</source>
        <translation>搜索姓名、事项、内容…</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>A new entry in the form (Ctrl+N)</source>
        <translation>在表单中新增一条纪实（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del)</source>
        <translation>删除选中的纪实（Del）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the selected entries as reviewed (reviewers and leaders)</source>
        <translation>将选中的纪实标记为已审核（限审核员和领导）</translation>
    </message>
    <message>
        <source>A&amp;ttachments…</source>
        <translation>附件(&amp;T)…</translation>
    </message>
    <message>
        <source>The evidence files of the selected entry</source>
        <translation>选中纪实的佐证材料文件</translation>
    </message>
    <message>
        <source>Go to so&amp;urce</source>
        <translation>转到来源(&amp;U)</translation>
    </message>
    <message>
        <source>Open the meeting, talk, case or inspection the selected entry was made from</source>
        <translation>打开生成选中台账记录的会议、谈话、案件或监督检查</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import entries from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入纪实</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the entries shown to an Excel file</source>
        <translation>将当前显示的纪实导出为 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;Print ledger book…</source>
        <translation>打印履责纪实簿(&amp;P)…</translation>
    </message>
    <message>
        <source>The ledger book of a cadre or of every cadre of a unit, as a PDF</source>
        <translation>将一名干部或某单位全部干部的履责纪实簿生成 PDF</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>提醒(&amp;M)</translation>
    </message>
    <message>
        <source>Your role can read the ledger but not enter or change it.</source>
        <translation>您的角色只能查看台账，不能录入或修改。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>The record this entry was made from no longer exists.</source>
        <translation>生成此条台账记录的原记录已不存在。</translation>
    </message>
    <message>
        <source>Saved. The entry is not shown under the current filter.</source>
        <translation>已保存。该条纪实不符合当前筛选条件，未在列表中显示。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not deleted: this entry was made from the {source} “{label}”; change or delete it in that record.</source>
        <translation>未删除：此条台账记录由{source}“{label}”生成，请修改或删除其来源记录。</translation>
    </message>
    <message>
        <source>Nothing deleted: the selection holds entries made from other records ({sources}); change or delete them in their source records.</source>
        <translation>未删除：所选记录中有由{sources}生成的台账记录，请修改或删除其来源记录。</translation>
    </message>
    <message>
        <source>Delete the entry of {date}, {cadre}: “{matter}”? This cannot be undone.</source>
        <translation>删除{cadre} {date} 的纪实“{matter}”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete these {n} entries? This cannot be undone.</source>
        <translation>删除选中的 {n} 条纪实？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除纪实</translation>
    </message>
    <message>
        <source>Deleted {n} of {total} entries; the others not: {reason}</source>
        <translation>已删除 {total} 条中的 {n} 条，其余未删除：{reason}</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>未删除：{reason}</translation>
    </message>
    <message>
        <source>Deleted {n} entries.</source>
        <translation>已删除 {n} 条纪实。</translation>
    </message>
    <message>
        <source>Marked {n} entries as reviewed.</source>
        <translation>已将 {n} 条纪实标记为已审核。</translation>
    </message>
    <message>
        <source>Attachments of the entry of {date}, {cadre}: {matter}</source>
        <translation>{cadre} {date} 纪实的附件：{matter}</translation>
    </message>
    <message>
        <source>Imported {n} entries; {bad} rows with problems were left out.</source>
        <translation>已导入 {n} 条纪实；{bad} 行有问题，未导入。</translation>
    </message>
    <message>
        <source>Duty ledger</source>
        <translation>履责纪实</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出履责纪实台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <source>Exported {n} entries to {file}.</source>
        <translation>已导出 {n} 条纪实到 {file}。</translation>
    </message>
    <message>
        <source>Printing the ledger book…</source>
        <translation>正在生成履责纪实簿…</translation>
    </message>
    <message>
        <source>The ledger book was saved ({pages} pages): {file}</source>
        <translation>履责纪实簿已保存（{pages} 页）：{file}</translation>
    </message>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation>已取消打印，未写入文件。</translation>
    </message>
    <message>
        <source>The ledger book was not printed: {reason}</source>
        <translation>履责纪实簿未能生成：{reason}</translation>
    </message>
</context>
<context>
    <name>LedgerSource</name>
    <message>
        <source>Meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Talk record</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>Accountability case</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>Assessment scoring</source>
        <translation>量化考核评分</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>监督检查</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Content and measures</source>
        <translation>内容及措施</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reviewed by {user} on {date}</source>
        <translation>{user} 于 {date} 审核</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未审核</translation>
    </message>
</context>
<context>
    <name>ListDocument</name>
    <message>
        <source>No. {number}</source>
        <translation>编号：{number}</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation>分管工作：</translation>
    </message>
    <message>
        <source>Responsibility:</source>
        <translation>责任类别：</translation>
    </message>
    <message>
        <source>To carry out the responsibility for Party conduct and integrity, the holder undertakes the following in {year}:</source>
        <translation>为落实党风廉政建设责任，责任人{year}年度承担以下责任：</translation>
    </message>
    <message>
        <source>Holder (signature): {name}</source>
        <translation>责任人（签字）：{name}</translation>
    </message>
    <message>
        <source>Issuing body (seal): {issuer}</source>
        <translation>发放单位（盖章）：{issuer}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>______ (year) ____ (month) ____ (day)</source>
        <translation>&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
</context>
<context>
    <name>ListRole</name>
    <message>
        <source>Party committee team (collective)</source>
        <translation>党委（党组）领导班子集体</translation>
    </message>
    <message>
        <source>Principal leader (first responsible)</source>
        <translation>主要负责人（第一责任人）</translation>
    </message>
    <message>
        <source>Other team member (own portfolio)</source>
        <translation>班子其他成员（分管范围内）</translation>
    </message>
    <message>
        <source>Discipline commission (supervisory)</source>
        <translation>纪委（纪检组）监督责任</translation>
    </message>
</context>
<context>
    <name>ListTitle</name>
    <message>
        <source>{year} principal responsibility list of the Party committee team</source>
        <translation>{year}年度党委（党组）领导班子党风廉政建设主体责任清单</translation>
    </message>
    <message>
        <source>{year} responsibility list of the first responsible person</source>
        <translation>{year}年度党委（党组）主要负责人第一责任人责任清单</translation>
    </message>
    <message>
        <source>{year} responsibility list of a team member (own portfolio)</source>
        <translation>{year}年度领导班子成员“一岗双责”责任清单</translation>
    </message>
    <message>
        <source>{year} supervisory responsibility list of the discipline commission</source>
        <translation>{year}年度纪委（纪检组）监督责任清单</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Search holder, unit, title or number</source>
        <translation>搜索责任主体、单位、清单名称或编号</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Issue lists…</source>
        <translation>批量下发(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue the year&apos;s lists to every team and team member of some units at once</source>
        <translation>一次为若干单位的全部班子及班子成员下发本年度清单</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>新建清单(&amp;N)…</translation>
    </message>
    <message>
        <source>One list from a template, for a team or a cadre (Ctrl+N)</source>
        <translation>按模板为一个班子或一名干部新建清单（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>签订(&amp;S)…</translation>
    </message>
    <message>
        <source>Record that the holder signed the paper list</source>
        <translation>登记责任主体已在纸质清单（责任书）上签字</translation>
    </message>
    <message>
        <source>Year-&amp;end…</source>
        <translation>年终(&amp;E)…</translation>
    </message>
    <message>
        <source>The holder&apos;s self-report and the assessment result at the end of the year</source>
        <translation>年终的履责自评和考核结果</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The selected lists as a PDF to print and sign</source>
        <translation>将选中的清单生成 PDF，供打印签字</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The selected lists as they will print, to read or print before signing</source>
        <translation>按打印效果显示选中的清单，供签订前阅读或打印</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Withdraw a list issued by mistake (only while unsigned)</source>
        <translation>撤回误下发的清单（仅限未签订的）</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板管理(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the templates the lists are copied from</source>
        <translation>编辑清单所依据的模板</translation>
    </message>
    <message>
        <source>Only the administrator edits the list templates (in Settings)</source>
        <translation>清单模板由系统管理员在“设置”中编辑</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Note kept with the next status change (optional)</source>
        <translation>状态变更说明（可选，随下一次状态变更保存）</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>Select a list to see its items.</source>
        <translation>选择一份清单以查看其责任事项。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Lists: {n}</source>
        <translation>清单：{n}</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签订</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>分管工作</translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation>{date}，{user}</translation>
    </message>
    <message>
        <source>{date}, {name}</source>
        <translation>{date}，{name}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未签订</translation>
    </message>
    <message>
        <source>{done} of {n} items</source>
        <translation>{done}/{n} 项</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>履责自评</translation>
    </message>
    <message>
        <source>The status was not changed: {reason}</source>
        <translation>状态未变更：{reason}</translation>
    </message>
    <message>
        <source>Status saved: {status}.</source>
        <translation>状态已保存：{status}。</translation>
    </message>
    <message>
        <source>Issued {created} lists; skipped {skipped} (the holder already had one).</source>
        <translation>已下发 {created} 份清单；跳过 {skipped} 份（已有同类清单）。</translation>
    </message>
    <message>
        <source>No active template for: {roles}.</source>
        <translation>以下类别没有启用的模板：{roles}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The list was issued.</source>
        <translation>清单已下发。</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>删除清单</translation>
    </message>
    <message>
        <source>Delete the list {number} “{title}” of {holder}? This cannot be undone.</source>
        <translation>删除{holder}的清单 {number}“{title}”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The list was not deleted: {reason}</source>
        <translation>清单未删除：{reason}</translation>
    </message>
    <message>
        <source>The list {number} was deleted.</source>
        <translation>清单 {number} 已删除。</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>Save the responsibility lists</source>
        <translation>保存责任清单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Making the responsibility lists…</source>
        <translation>正在生成责任清单…</translation>
    </message>
    <message>
        <source>Saved: {file} ({pages} pages)</source>
        <translation>已保存：{file}（{pages} 页）</translation>
    </message>
    <message>
        <source>The PDF was not made: {reason}</source>
        <translation>PDF 未生成：{reason}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Screen locked — Zeren Desktop</source>
        <translation>屏幕已锁定 — 责任台账</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>{name} ({user}) is signed in. Enter the password to continue.</source>
        <translation>当前登录用户：{name}（{user}）。请输入密码以继续。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation>以其他用户登录(&amp;A)</translation>
    </message>
    <message>
        <source>The password is wrong, or the account is now locked. After {n} wrong passwords the account is locked for {minutes} minutes; sign in as another user or ask the administrator.</source>
        <translation>密码错误，或账户已被锁定。连续 {n} 次密码错误后，账户将锁定 {minutes} 分钟；请以其他用户登录或联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Zeren Desktop</source>
        <translation>登录 — 责任台账</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
    <message>
        <source>Responsibility ledger — please sign in</source>
        <translation>责任台账 — 请登录</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Demo database: sign in as clerk, reviewer, leader, admin or auditor; the password of each is:</source>
        <translation>演示数据库：可用 clerk（录入员）、reviewer（审核员）、leader（领导）、admin（系统管理员）或 auditor（审计员）登录，密码均为：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} ({user})</source>
        <translation>{name}（{user}）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Units &amp; cadres</source>
        <translation>单位与干部</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>履责纪实台账</translation>
    </message>
    <message>
        <source>The duty ledger (履责纪实) of every leader: one entry per event in the nine must-record categories, with the quarterly ledger book for printing.</source>
        <translation>每位领导干部的履责纪实台账：按“九必记”分类逐事登记，每季度可打印纸质台账。</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>The yearly responsibility lists of party committees, discipline commissions and their members, and the signed responsibility letters.</source>
        <translation>党委（党组）、纪委（纪检组）及其成员每年的责任清单，以及签订的责任书。</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Registration and handling of problem clues from petitions, inspections, audits, tours and higher-level referrals.</source>
        <translation>登记和处置来自信访举报、监督检查、巡察、审计和上级交办等渠道的问题线索。</translation>
    </message>
    <message>
        <source>Accountability cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>Accountability cases from opening to decision: subjects, findings, circumstances under the regulations, measures, appeals and influence periods.</source>
        <translation>问责案件从立项到决定的全过程：问责对象、查明事实、适用情形、问责方式、申诉和影响期。</translation>
    </message>
    <message>
        <source>Talks &amp; integrity files</source>
        <translation>谈话与廉政档案</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>量化考核</translation>
    </message>
    <message>
        <source>The yearly quantitative assessment of units: indicators, scores and rankings.</source>
        <translation>对各单位的年度量化考核：考核指标、评分和排名。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Monthly and yearly statistics of ledgers, clues and accountability cases, and merging the data of the townships.</source>
        <translation>台账、线索和问责案件的月度、年度统计，以及汇总各乡镇的数据。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Official documents (文书) with document numbers and sign-off, printed in the national format.</source>
        <translation>按国家公文格式制作和打印文书，含文号和签发。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backups &amp; restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>屏幕已锁定。</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved. (Another window or program has the database open, or it is on read-only media.)</source>
        <translation>只读：无法保存修改。（数据库已在另一个窗口或程序中打开，或位于只读介质上。）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Quick &amp;tour</source>
        <translation>快速导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About Zeren Desktop</source>
        <translation>关于责任台账(&amp;A)</translation>
    </message>
    <message>
        <source>Zeren Desktop — {office} — {user}</source>
        <translation>责任台账 — {office} — {user}</translation>
    </message>
    <message>
        <source>Zeren Desktop — {user}</source>
        <translation>责任台账 — {user}</translation>
    </message>
    <message>
        <source>Zeren Desktop — {office}</source>
        <translation>责任台账 — {office}</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
    <message>
        <source>{title} [read-only]</source>
        <translation>{title}【只读】</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Units: {units}   Cadres: {cadres}</source>
        <translation>单位：{units}&#x3000;干部：{cadres}</translation>
    </message>
    <message>
        <source>Signed in: {user}</source>
        <translation>当前用户：{user}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About Zeren Desktop</source>
        <translation>关于责任台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zeren Desktop {version}&lt;/h3&gt;&lt;p&gt;Responsibility ledgers, clues and accountability cases for county and township discipline-inspection offices. Works offline; the data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;责任台账 {version}&lt;/h3&gt;&lt;p&gt;供县、乡镇纪委使用的履责纪实台账、问题线索和问责案件管理程序。无需联网，数据只保存在本机。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManualInput</name>
    <message>
        <source>Met</source>
        <translation>达到要求</translation>
    </message>
    <message>
        <source>The veto applies</source>
        <translation>存在一票否决情形</translation>
    </message>
    <message>
        <source> shortfalls</source>
        <translation> 项</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Comment: what was found (required for a deduction)</source>
        <translation>说明：发现的问题（扣分时必填）</translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Items the assessor scores</source>
        <translation>由考核人评分的项目</translation>
    </message>
    <message>
        <source>Enter what was found; a deduction, a veto or an item not met needs a comment saying why.</source>
        <translation>请填写发现的情况；扣分、一票否决或未达到要求的项目须在说明中写明理由。</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>编辑会议记录</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议记录</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>e.g. 党委会研究部署2026年党风廉政建设工作</source>
        <translation>如：党委会研究部署2026年党风廉政建设工作</translation>
    </message>
    <message>
        <source>It studied integrity work: a “deployment” entry in each attendee&apos;s ledger</source>
        <translation>研究党风廉政建设工作：在每位出席人员的台账中记一条“研究部署”</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Add the cadre found above to the attendees</source>
        <translation>将上面查到的干部添加为出席人员</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>每行一个议题</translation>
    </message>
    <message>
        <source>The responsibility list items this meeting served; each attendee&apos;s entry counts for them</source>
        <translation>本次会议对应的责任清单事项；每位出席人员的台账记录均计入这些事项</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Unit *</source>
        <translation>单位(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>会议名称(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Presided by</source>
        <translation>主持人(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>议题(&amp;G)</translation>
    </message>
    <message>
        <source>Deci&amp;sions</source>
        <translation>会议决定(&amp;S)</translation>
    </message>
    <message>
        <source>Unt&amp;ick all</source>
        <translation>全不选(&amp;I)</translation>
    </message>
    <message>
        <source>Add atte&amp;ndee</source>
        <translation>添加出席人员(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>Att&amp;endees *</source>
        <translation>出席人员(&amp;E) *</translation>
    </message>
    <message>
        <source>List items ser&amp;ved</source>
        <translation>对应清单事项(&amp;V)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Presided by</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <source>(no responsibility lists of this unit for the year)</source>
        <translation>（该单位本年度没有责任清单）</translation>
    </message>
    <message>
        <source>Find the cadre by name or pinyin initials first.</source>
        <translation>请先按姓名或拼音首字母查找干部。</translation>
    </message>
    <message>
        <source>{n} attending</source>
        <translation>出席 {n} 人</translation>
    </message>
    <message>
        <source>Choose the unit that held the meeting.</source>
        <translation>请选择召开会议的单位。</translation>
    </message>
    <message>
        <source>Discard the unsaved meeting record?</source>
        <translation>放弃未保存的会议记录？</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Party committee meeting</source>
        <translation>党委会</translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation>党组会</translation>
    </message>
    <message>
        <source>Special meeting</source>
        <translation>专题会</translation>
    </message>
    <message>
        <source>Democratic life meeting</source>
        <translation>民主生活会</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Title, agenda, decisions or attendee</source>
        <translation>标题、议题、会议决定或出席人员</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a meeting (Ctrl+N)</source>
        <translation>登记一次会议（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected meeting; its ledger entries follow (Enter)</source>
        <translation>编辑选中的会议，由其生成的台账记录随之更新（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>A meeting is typed once: each attending leader&apos;s duty ledger gets its entry, marked as made from the meeting. Change or delete the meeting, not the entries.</source>
        <translation>会议只需录入一次：每位出席的领导干部的履责纪实台账都会生成一条台账记录，并注明来源于该会议。如需修改或删除，请修改或删除会议，而不是这些台账记录。</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Meetings: {n}; ledger entries made: {e}</source>
        <translation>会议：{n} 次；生成台账记录：{e} 条</translation>
    </message>
    <message>
        <source>Attendees: {names}</source>
        <translation>出席人员：{names}</translation>
    </message>
    <message>
        <source>Presided by: {name}</source>
        <translation>主持人：{name}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>Agenda: {agenda}</source>
        <translation>议题：{agenda}</translation>
    </message>
    <message>
        <source>Decisions: {decisions}</source>
        <translation>会议决定：{decisions}</translation>
    </message>
    <message>
        <source>{n} ledger entries made from it</source>
        <translation>由此生成台账记录 {n} 条</translation>
    </message>
    <message>
        <source>Not an integrity-work meeting: no ledger entries</source>
        <translation>非党风廉政建设会议，不生成台账记录</translation>
    </message>
    <message>
        <source>The meeting was saved; {n} ledger entries follow it.</source>
        <translation>会议记录已保存，由其生成的台账记录共 {n} 条。</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议记录</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” of {date} and the {n} ledger entries made from it? This cannot be undone.</source>
        <translation>删除 {date} 的会议“{title}”及由其生成的 {n} 条台账记录？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The meeting was not deleted: {reason}</source>
        <translation>会议记录未删除：{reason}</translation>
    </message>
    <message>
        <source>The meeting and its ledger entries were deleted.</source>
        <translation>会议记录及由其生成的台账记录已删除。</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Scored by the assessor</source>
        <translation>由考核人评分</translation>
    </message>
    <message>
        <source>Ledger completeness (every must-record kind each quarter)</source>
        <translation>台账完整率（每季度九类必记事项齐全）</translation>
    </message>
    <message>
        <source>Responsibility lists not signed on time</source>
        <translation>未按时签订的责任清单</translation>
    </message>
    <message>
        <source>Cases past a stage deadline</source>
        <translation>超过环节时限的案件</translation>
    </message>
    <message>
        <source>Clues of the year not concluded</source>
        <translation>当年未办结的问题线索</translation>
    </message>
    <message>
        <source>Talks held</source>
        <translation>开展的谈话</translation>
    </message>
    <message>
        <source>Inspection rectifications not done by the deadline</source>
        <translation>监督检查问题逾期未整改</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This file holds tables but is not a Zeren Desktop database. It was left unchanged.</source>
        <translation>此文件含有数据表，但不是责任台账的数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the program (schema {rev}). Please install the newer version; the database was left unchanged.</source>
        <translation>此数据库由更新版本的程序写入（结构版本 {rev}）。请安装新版本程序；数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>新建文书</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>对象(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>种类(&amp;K)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>生成草稿(&amp;C)</translation>
    </message>
    <message>
        <source>Proposed to the body that decides: from a case.</source>
        <translation>向有权作出决定的机关提出：依据案件生成。</translation>
    </message>
    <message>
        <source>One per person or team held accountable: from a decided case.</source>
        <translation>每名被问责人或每个被问责班子一份：依据已作出决定的案件生成。</translation>
    </message>
    <message>
        <source>The receipt the person served signs: from a decided case, one per person.</source>
        <translation>受送达人签收的回证：依据已作出决定的案件生成，每人一份。</translation>
    </message>
    <message>
        <source>The circulated notice of a typical case: from a case marked for circulation.</source>
        <translation>典型案例通报：依据标记为通报的案件生成。</translation>
    </message>
    <message>
        <source>The record of a talk, signed on every page by the person talked to.</source>
        <translation>谈话记录，谈话对象逐页签名。</translation>
    </message>
    <message>
        <source>A responsibility list as a document.</source>
        <translation>以文书形式印发的责任清单。</translation>
    </message>
    <message>
        <source>The statistics report of a period.</source>
        <translation>某一期间的统计报表。</translation>
    </message>
    <message>
        <source>Choose the case the document is made from.</source>
        <translation>请选择文书所依据的案件。</translation>
    </message>
    <message>
        <source>Choose the talk the record is of.</source>
        <translation>请选择要记录的谈话。</translation>
    </message>
    <message>
        <source>Choose the responsibility list.</source>
        <translation>请选择责任清单。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <source>New responsibility list</source>
        <translation>新建责任清单</translation>
    </message>
    <message>
        <source>{role}: {name}</source>
        <translation>{role}：{name}</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>班子(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;emplate</source>
        <translation>模板(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>下发日期(&amp;I)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <source>Leadership team</source>
        <translation>领导班子</translation>
    </message>
    <message>
        <source>&amp;Cadre</source>
        <translation>干部(&amp;C)</translation>
    </message>
    <message>
        <source>(this unit has no such team)</source>
        <translation>（该单位没有此类班子）</translation>
    </message>
    <message>
        <source>There is no active list template.</source>
        <translation>没有启用的清单模板。</translation>
    </message>
    <message>
        <source>Choose a unit that has such a leadership team.</source>
        <translation>请选择设有此类领导班子的单位。</translation>
    </message>
    <message>
        <source>Choose the cadre the list is for.</source>
        <translation>请选择清单所属的干部。</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation>单击按此列排序</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>One paragraph a line. Lines beginning 一、 （一） 1. are headings; a line of | cells | is a table row. {field} is replaced by the field&apos;s value; write {{ and }} for braces.</source>
        <translation>每行一段。以“一、”“（一）”“1.”开头的行为标题；“| 单元格 |”形式的行为表格行。{field} 会替换为字段值；花括号本身写作 {{ 和 }}。</translation>
    </message>
    <message>
        <source>Fields: double-click a name to put it into the text where the cursor is.</source>
        <translation>字段：双击字段名可插入到光标所在位置。</translation>
    </message>
    <message>
        <source> A value changed here prints instead of the record&apos;s.</source>
        <translation>在此修改的字段值将代替记录中的值打印。</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>A password has at least {n} characters with at least 3 of: lower-case letters, upper-case letters, digits, other characters; it must not contain the user name or repeat one of the last 5 passwords.</source>
        <translation>密码至少 {n} 个字符，至少包含小写字母、大写字母、数字、其他字符中的三类；不得包含用户名，不得与最近 5 次用过的密码相同。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Page {n} of {count}</source>
        <translation>第 {n} 页&#x3000;共 {count} 页</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>适合页宽（Ctrl+0）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合页宽</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {reason}</source>
        <translation>无法显示此 PDF：{reason}</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>此 PDF 没有页面。</translation>
    </message>
    <message>
        <source>Page {n} cannot be shown: {reason}</source>
        <translation>无法显示第 {n} 页：{reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>This PDF cannot be printed: {reason}</source>
        <translation>无法打印此 PDF：{reason}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>打印失败：{reason}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print on paper through the system&apos;s printer dialog (Ctrl+P)</source>
        <translation>通过系统打印对话框打印到纸张（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>PeriodicReports</name>
    <message>
        <source>Duty ledger completeness, quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度履责纪实台账完整率</translation>
    </message>
    <message>
        <source>Compiled by: {issuer}</source>
        <translation>填报单位：{issuer}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>统计期间：{start}至{end}</translation>
    </message>
    <message>
        <source>Unit: {unit} (with the units under it)</source>
        <translation>统计范围：{unit}（含下级单位）</translation>
    </message>
    <message>
        <source>Leaders: the members of each unit&apos;s Party committee team during the quarter. A kind counts as recorded when the leader&apos;s ledger has at least one entry of it dated in the quarter; completeness is the kinds recorded of the nine, a unit&apos;s the mean of its leaders&apos;. Shaded: no entry.</source>
        <translation>领导干部：本季度内各单位党委（党组）领导班子成员。领导干部台账中某类事项有至少一条日期在本季度内的记录，即为该类已记；完整率为已记类别占九类的比例，单位完整率为其领导干部完整率的平均值。阴影：无记录。</translation>
    </message>
    <message>
        <source>1. County summary: units ranked by completeness</source>
        <translation>一、全县汇总：各单位按完整率排名</translation>
    </message>
    <message>
        <source>1. Summary: units ranked by completeness</source>
        <translation>一、汇总：各单位按完整率排名</translation>
    </message>
    <message>
        <source>2. Each unit&apos;s leaders</source>
        <translation>二、各单位领导干部情况</translation>
    </message>
    <message>
        <source>{unit} (completeness {share})</source>
        <translation>{unit}（完整率{share}）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>领导干部数</translation>
    </message>
    <message>
        <source>All nine kinds</source>
        <translation>九类齐全人数</translation>
    </message>
    <message>
        <source>Kinds missing (leader-kinds)</source>
        <translation>缺记类别（人·类）</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整率</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>班子身份</translation>
    </message>
    <message>
        <source>Kinds with no entry</source>
        <translation>未记类别</translation>
    </message>
    <message>
        <source>Kinds recorded</source>
        <translation>已记类别数</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>{n} leaders</source>
        <translation>领导干部{n}人</translation>
    </message>
    <message>
        <source>{n} kinds missing in all</source>
        <translation>共缺记{n}类次</translation>
    </message>
    <message>
        <source>County</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No member of the Party committee team is on record for the quarter.</source>
        <translation>本季度没有党委（党组）领导班子成员的记录。</translation>
    </message>
    <message>
        <source>Not ranked (no team member on record for the quarter): {units}</source>
        <translation>未排名（本季度无领导班子成员记录）：{units}</translation>
    </message>
    <message>
        <source>No township or county department is in the chosen scope.</source>
        <translation>所选范围内没有乡镇或县直部门。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Prepared by: {name}</source>
        <translation>制表人：{name}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>日期：{date}</translation>
    </message>
    <message>
        <source>Leaders&apos; ledgers</source>
        <translation>领导干部台账</translation>
    </message>
    <message>
        <source>Units ranked</source>
        <translation>单位排名</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>按类别统计问题</translation>
    </message>
    <message>
        <source>Persons by the four forms</source>
        <translation>按“四种形态”统计人数</translation>
    </message>
    <message>
        <source>Persons by heaviest measure</source>
        <translation>按最重问责方式统计人数</translation>
    </message>
    <message>
        <source>Persons by rank</source>
        <translation>按职级统计人数</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>Clues received by source</source>
        <translation>按来源统计受理线索</translation>
    </message>
    <message>
        <source>Problems held to account</source>
        <translation>问责问题数</translation>
    </message>
    <message>
        <source>Persons held accountable</source>
        <translation>问责人数</translation>
    </message>
    <message>
        <source>Party organisations held accountable</source>
        <translation>问责党组织数</translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation>决定案件数</translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation>受理问题线索</translation>
    </message>
    <message>
        <source>Clues concluded</source>
        <translation>办结问题线索</translation>
    </message>
    <message>
        <source>Confirmed or partly confirmed</source>
        <translation>查实或部分查实</translation>
    </message>
    <message>
        <source>Verification rate (%)</source>
        <translation>查实率（%）</translation>
    </message>
    <message>
        <source>Money recovered (yuan)</source>
        <translation>追缴挽回资金（元）</translation>
    </message>
    <message>
        <source>Money corrected (yuan)</source>
        <translation>纠正资金（元）</translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation>取消待遇人数</translation>
    </message>
    <message>
        <source>Accountability statistics for month {month} of {year}</source>
        <translation>{year}年{month}月问责工作统计表</translation>
    </message>
    <message>
        <source>This month: {start} to {end}; year to date: from {year_start}</source>
        <translation>本月：{start}至{end}；本年累计：自{year_start}起</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>Cases count in the month of their decision; each person counts once in a period, under the heaviest measure. Clues count by the date received; the verification rate is confirmed and partly confirmed clues of those concluded.</source>
        <translation>问责案件按决定日期计入所在月份；同一统计期间内每人只计一次，按其所受最重的问责方式统计。问题线索按受理日期统计；查实率为查实和部分查实的线索占已办结线索的比例。</translation>
    </message>
    <message>
        <source>Reviewed by: ________</source>
        <translation>审核人：________</translation>
    </message>
    <message>
        <source>Monthly statistics</source>
        <translation>月度统计</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
    <message>
        <source> (figures up to {date})</source>
        <translation>（统计截至{date}）</translation>
    </message>
</context>
<context>
    <name>PeriodicReportsPanel</name>
    <message>
        <source>Monthly accountability statistics</source>
        <translation>月度问责统计</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <source>The month&apos;s figures beside the year to date, as the statistics count them.</source>
        <translation>当月数据与年初至今累计数据对照，口径与统计页相同。</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>第{n}季度</translation>
    </message>
    <message>
        <source>Quarterly ledger completeness</source>
        <translation>季度台账完整率</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Un&amp;it</source>
        <translation>单位(&amp;I)</translation>
    </message>
    <message>
        <source>Per township and county department, per member of its Party committee team: the entries of each must-record kind, the kinds missing, and the units ranked by completeness.</source>
        <translation>按乡镇和县直部门及其党委（党组）班子每名成员，统计各类必记事项的记录条数和缺记类别，并按完整率对单位排名。</translation>
    </message>
    <message>
        <source>One &amp;leader</source>
        <translation>单个领导干部(&amp;L)</translation>
    </message>
    <message>
        <source>Every leader of a uni&amp;t</source>
        <translation>某单位全部领导干部(&amp;T)</translation>
    </message>
    <message>
        <source>Year-end duty report (draft)</source>
        <translation>年度述责述廉报告（草稿）</translation>
    </message>
    <message>
        <source>Y&amp;ear</source>
        <translation>年度(&amp;E)</translation>
    </message>
    <message>
        <source>A draft from the records for the leader to edit: the list items, the ledger, the talks and meetings, the unit&apos;s cases and assessment, and what is still to fix.</source>
        <translation>根据已有记录生成草稿，供领导干部修改：包括清单事项、履责纪实台账、谈话和会议、本单位的问责案件和量化考核情况，以及尚待整改的问题。</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder of the file just written</source>
        <translation>打开刚生成文件所在的文件夹</translation>
    </message>
    <message>
        <source>Generate &amp;PDF…</source>
        <translation>生成 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Generate E&amp;xcel…</source>
        <translation>生成 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Generate &amp;Word…</source>
        <translation>生成 Word(&amp;W)…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Accountability statistics {year}-{month}</source>
        <translation>{year}年{month}月问责统计</translation>
    </message>
    <message>
        <source>Ledger completeness {year} Q{quarter}</source>
        <translation>{year}年第{quarter}季度台账完整率</translation>
    </message>
    <message>
        <source>Duty report {year} {who}</source>
        <translation>{who}{year}年度述责述廉报告</translation>
    </message>
    <message>
        <source>Choose a leader or a unit first.</source>
        <translation>请先选择领导干部或单位。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>已保存到 {file}。</translation>
    </message>
    <message>
        <source>The report was not written: {reason}</source>
        <translation>报表未生成：{reason}</translation>
    </message>
</context>
<context>
    <name>PhraseHelper</name>
    <message>
        <source>Phrases</source>
        <translation>常用语</translation>
    </message>
    <message>
        <source>Insert one of the office&apos;s common phrases (F4)</source>
        <translation>插入本单位的常用语（F4）</translation>
    </message>
</context>
<context>
    <name>PhrasePopup</name>
    <message>
        <source>Filter: part of the text or its initials</source>
        <translation>筛选：输入文字的一部分或拼音首字母</translation>
    </message>
    <message>
        <source>Enter inserts the phrase; Esc closes.</source>
        <translation>按 Enter 插入常用语，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>No phrases for this field yet: the administrator adds them in Settings → Phrases.</source>
        <translation>此项目还没有常用语：由管理员在“设置 → 常用语”中添加。</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Duty ledger: matter</source>
        <translation>履责纪实：事项</translation>
    </message>
    <message>
        <source>Duty ledger: place</source>
        <translation>履责纪实：地点</translation>
    </message>
    <message>
        <source>Duty ledger: participants</source>
        <translation>履责纪实：参加人员</translation>
    </message>
    <message>
        <source>Duty ledger: content and measures</source>
        <translation>履责纪实：内容及措施</translation>
    </message>
    <message>
        <source>Talk: place</source>
        <translation>谈话：地点</translation>
    </message>
    <message>
        <source>Talk: basis</source>
        <translation>谈话：谈话依据</translation>
    </message>
    <message>
        <source>Talk: reason</source>
        <translation>谈话：谈话事由</translation>
    </message>
    <message>
        <source>Talk: content</source>
        <translation>谈话：谈话内容</translation>
    </message>
    <message>
        <source>Talk: statement of the person</source>
        <translation>谈话：本人表态</translation>
    </message>
    <message>
        <source>Talk: rectification required</source>
        <translation>谈话：整改要求</translation>
    </message>
    <message>
        <source>Clue: summary</source>
        <translation>问题线索：问题摘要</translation>
    </message>
    <message>
        <source>Inspection: findings</source>
        <translation>监督检查：发现问题</translation>
    </message>
    <message>
        <source>Inspection: rectification required</source>
        <translation>监督检查：整改要求</translation>
    </message>
    <message>
        <source>Inspection: result</source>
        <translation>监督检查：整改结果</translation>
    </message>
    <message>
        <source>Case: facts found</source>
        <translation>问责案件：查明的事实</translation>
    </message>
    <message>
        <source>Case: stage note</source>
        <translation>问责案件：环节备注</translation>
    </message>
    <message>
        <source>Meeting: title</source>
        <translation>会议：会议名称</translation>
    </message>
    <message>
        <source>Meeting: agenda</source>
        <translation>会议：议题</translation>
    </message>
    <message>
        <source>Meeting: decisions</source>
        <translation>会议记录：会议决定</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not available in this version of Zeren Desktop.</source>
        <translation>本版本尚未提供此功能。</translation>
    </message>
</context>
<context>
    <name>ProblemCategory</name>
    <message>
        <source>Two responsibilities not carried out</source>
        <translation>两个责任落实不力</translation>
    </message>
    <message>
        <source>Breach of the eight rules</source>
        <translation>违反八项规定精神</translation>
    </message>
    <message>
        <source>Central work</source>
        <translation>中心工作</translation>
    </message>
    <message>
        <source>Performance of duties</source>
        <translation>履职尽责</translation>
    </message>
    <message>
        <source>People&apos;s livelihood</source>
        <translation>民生民利</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <source>County/division level</source>
        <translation>县处级</translation>
    </message>
    <message>
        <source>Township/section level</source>
        <translation>乡科级</translation>
    </message>
    <message>
        <source>General cadre</source>
        <translation>一般干部</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>What must change, e.g. 处分依据条款有误</source>
        <translation>需要修改什么，如：处分依据条款有误</translation>
    </message>
    <message>
        <source>“{title}” goes back to its author as a draft.</source>
        <translation>“{title}”将作为草稿退回起草人。</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>理由(&amp;R) *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Return to draft</source>
        <translation>退回草稿(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database file is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据库文件已损坏。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>It was moved aside to {moved_to} and kept unchanged. No new, empty database was created.</source>
        <translation>该文件已原样移至 {moved_to} 保存。没有创建新的空数据库。</translation>
    </message>
    <message>
        <source>It could not be moved aside (read-only media?) and was left unchanged at {file}.</source>
        <translation>该文件无法移开（介质只读？），仍原样保留在 {file}。</translation>
    </message>
    <message>
        <source>Choose a backup to restore (newest first; each one passed the integrity check). It will be put in place of the database at {file}.</source>
        <translation>请选择要恢复的备份（最新的在前；均已通过完整性检查）。它将替换位于 {file} 的数据库。</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No verified backup was found beside the database. Quit, and copy a backup file into the folder {folder}, or ask the administrator.</source>
        <translation>在数据库旁没有找到经过校验的备份。请退出程序，将备份文件复制到文件夹 {folder} 中，或联系管理员。</translation>
    </message>
    <message>
        <source>&amp;Restore selected backup</source>
        <translation>恢复所选备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>无法恢复备份：{reason}</translation>
    </message>
</context>
<context>
    <name>Regulations</name>
    <message>
        <source>Regulation file {file}, at {location}: {problem}</source>
        <translation>规定文件 {file}，位置 {location}：{problem}</translation>
    </message>
    <message>
        <source>the schema cannot be read ({error}).</source>
        <translation>无法读取结构定义（{error}）。</translation>
    </message>
    <message>
        <source>the file cannot be read ({error}).</source>
        <translation>无法读取文件（{error}）。</translation>
    </message>
    <message>
        <source>not valid TOML ({error}).</source>
        <translation>不是有效的 TOML（{error}）。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{value} is not a real calendar date.</source>
        <translation>{value} 不是真实存在的日期。</translation>
    </message>
    <message>
        <source>article {number} appears twice.</source>
        <translation>第 {number} 条出现了两次。</translation>
    </message>
    <message>
        <source>item {number} of article {article} appears twice.</source>
        <translation>第 {article} 条第 {number} 项出现了两次。</translation>
    </message>
    <message>
        <source>clause {ref} is referred to but not defined in the articles.</source>
        <translation>引用了条款 {ref}，但条文中没有定义。</translation>
    </message>
    <message>
        <source>article {number} does not exist.</source>
        <translation>第 {number} 条不存在。</translation>
    </message>
    <message>
        <source>{cls} already has a band ({other}).</source>
        <translation>{cls} 已有档次（{other}）。</translation>
    </message>
    <message>
        <source>measure {code} has no entry under [measures] (name, rank).</source>
        <translation>问责方式 {code} 在 [measures] 中没有条目（名称、等级）。</translation>
    </message>
    <message>
        <source>the regulation is repealed on or before the day it comes into force.</source>
        <translation>该规定的废止日期不晚于其施行日期。</translation>
    </message>
    <message>
        <source>two regulation files have the id {id}.</source>
        <translation>有两个规定文件的编号都是 {id}。</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>{name} · {unit}</source>
        <translation>{name} · {unit}</translation>
    </message>
    <message>
        <source>not recorded: {kind}</source>
        <translation>未记：{kind}</translation>
    </message>
    <message>
        <source>Click to enter one for {name}</source>
        <translation>点击为{name}补录一条</translation>
    </message>
    <message>
        <source>{n} list items served by no entry</source>
        <translation>{n} 项清单事项尚无对应纪实</translation>
    </message>
    <message>
        <source>{n} cadres have gaps in Q{quarter} {year}.</source>
        <translation>{year}年第{quarter}季度有 {n} 名干部存在漏记。</translation>
    </message>
    <message>
        <source>Nothing missing in Q{quarter} {year}.</source>
        <translation>{year}年第{quarter}季度没有漏记。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Roster of cadres</source>
        <translation>干部名册</translation>
    </message>
    <message>
        <source>{office} · {count} cadres · as of {date}</source>
        <translation>{office} · 共 {count} 人 · 截至 {date}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name} ({user}):</source>
        <translation>为 {name}（{user}）设置新密码：</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>重复新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the scores of {unit}</source>
        <translation>审核{unit}的评分</translation>
    </message>
    <message>
        <source>Scored by {name}, last saved {when}.</source>
        <translation>考核人：{name}，最后保存于 {when}。</translation>
    </message>
    <message>
        <source>Review note; required when sending the scores back</source>
        <translation>审核意见；退回评分时必填</translation>
    </message>
    <message>
        <source>&amp;Pass the review</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>Send &amp;back to the assessor</source>
        <translation>退回考核人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>审核意见(&amp;N)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>The header row names the columns, in any order: 单位名称 (required), 简称, 单位类型, 上级单位, 统一社会信用代码, 排序, 备注. A parent unit may be a recorded unit or one further up in the same file.</source>
        <translation>表头行为各列名称，顺序不限：单位名称（必填）、简称、单位类型、上级单位、统一社会信用代码、排序、备注。上级单位可以是已登记的单位，也可以是同一文件中排在前面的单位。</translation>
    </message>
    <message>
        <source>Import cadre roster</source>
        <translation>导入干部名册</translation>
    </message>
    <message>
        <source>The header row names the columns, in any order: 姓名 (required), 性别, 出生年月, 民族, 身份证号, 政治面貌, 单位, 职务, 职级, 任职时间, 分工, 手机, 备注. Units must be recorded first; a cadre is recognised by the ID number, else by name and unit.</source>
        <translation>表头行为各列名称，顺序不限：姓名（必填）、性别、出生年月、民族、身份证号、政治面貌、单位、职务、职级、任职时间、分工、手机、备注。须先登记单位；干部按身份证号识别，没有身份证号的按姓名和单位识别。</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file; or drop it here</source>
        <translation>.xlsx 或 .csv 文件，或将文件拖放到此处</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the same file again, after correcting it in Excel or WPS</source>
        <translation>在 Excel 或 WPS 中改正后，重新读取同一文件</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An empty workbook with the right column headers and an example row</source>
        <translation>带有规定列标题和一行示例的空白工作簿</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only rows with errors</source>
        <translation>只看有错误的行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>电子表格 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Unit list template</source>
        <translation>单位名录导入模板</translation>
    </message>
    <message>
        <source>Cadre roster template</source>
        <translation>干部名册导入模板</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was not saved: {reason}</source>
        <translation>模板未保存：{reason}</translation>
    </message>
    <message>
        <source>Template saved: {file}</source>
        <translation>模板已保存：{file}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was read.</source>
        <translation>已取消，未读取任何内容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New: {new}   Update: {updated}   Already present: {unchanged}   Errors: {errors}</source>
        <translation>新增：{new}   更新：{updated}   已存在：{unchanged}   错误：{errors}</translation>
    </message>
    <message>
        <source>{errors} of {total} rows have errors (in red): correct them in the file and read it again. Nothing is imported while any row has an error.</source>
        <translation>共 {total} 行，其中 {errors} 行有错误（红字标出）：请在文件中改正后重新读取。有任何一行存在错误时，不导入任何内容。</translation>
    </message>
    <message>
        <source>{total} rows read: {new} new, {updated} to update, {unchanged} already present. Import writes them all at once.</source>
        <translation>共读取 {total} 行：新增 {new} 行，更新 {updated} 行，已存在 {unchanged} 行。点击导入将一次全部写入。</translation>
    </message>
    <message>
        <source>The file has no data rows, only the header row: there is nothing to import.</source>
        <translation>文件中没有数据行（只有表头），没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Every row of the file is already recorded: there is nothing to import.</source>
        <translation>文件中的每一行均已登记，没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>未导入的列：{columns}。</translation>
    </message>
    <message>
        <source>Correct the rows with errors first</source>
        <translation>请先改正有错误的行</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>RuleKind</name>
    <message>
        <source>All or nothing</source>
        <translation>达标得分</translation>
    </message>
    <message>
        <source>Points per occurrence (capped)</source>
        <translation>按次计分（封顶）</translation>
    </message>
    <message>
        <source>Deduction per shortfall (floor)</source>
        <translation>按项扣分（保底）</translation>
    </message>
    <message>
        <source>Average over team members</source>
        <translation>班子成员平均</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>One-vote veto</source>
        <translation>一票否决</translation>
    </message>
</context>
<context>
    <name>ScoringWizard</name>
    <message>
        <source>Score {unit} for {year}</source>
        <translation>{year}年度{unit}评分</translation>
    </message>
    <message>
        <source>&amp;Save scores</source>
        <translation>保存评分(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>An account needs at least one role.</source>
        <translation>账户至少需要一个角色。</translation>
    </message>
    <message>
        <source>One account cannot hold more than one of the duties of administrator, leader (approver) and auditor (separation of the three duties).</source>
        <translation>同一账户不能同时担任系统管理员、领导（审批人）和审计员中的两项及以上职责（三权分立）。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The password needs at least 3 of: lower-case letters, upper-case letters, digits, other characters.</source>
        <translation>密码至少包含以下四类中的三类：小写字母、大写字母、数字、其他字符。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不得包含用户名。</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Your role does not allow this ({operation}).</source>
        <translation>您的角色无权执行此操作（{operation}）。</translation>
    </message>
    <message>
        <source>This record belongs to another township; your account cannot open it.</source>
        <translation>此记录属于其他乡镇，您的账户无权查看。</translation>
    </message>
    <message>
        <source>The database is open read-only (read-only media or another copy of the program is using it); nothing can be changed.</source>
        <translation>数据库以只读方式打开（介质只读，或另一个程序副本正在使用）；不能做任何修改。</translation>
    </message>
    <message>
        <source>{table}: {n}</source>
        <translation>{table} {n} 条</translation>
    </message>
    <message>
        <source>It cannot be deleted while other records refer to it ({detail}).</source>
        <translation>仍有其他记录引用它，不能删除（{detail}）。</translation>
    </message>
    <message>
        <source>The cadre was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该干部，可能已被删除。</translation>
    </message>
    <message>
        <source>The user account was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该用户账户，可能已被删除。</translation>
    </message>
    <message>
        <source>The unit was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该单位，可能已被删除。</translation>
    </message>
    <message>
        <source>The list template was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该清单模板，可能已被删除。</translation>
    </message>
    <message>
        <source>The document was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该文书，可能已被删除。</translation>
    </message>
    <message>
        <source>The responsibility list was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该责任清单，可能已被删除。</translation>
    </message>
    <message>
        <source>The list item was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该清单事项，可能已被删除。</translation>
    </message>
    <message>
        <source>The case was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该案件，可能已被删除。</translation>
    </message>
    <message>
        <source>The appeal was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该申诉，可能已被删除。</translation>
    </message>
    <message>
        <source>The leadership team was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该领导班子，可能已被删除。</translation>
    </message>
    <message>
        <source>A template&apos;s role cannot change; make a new template.</source>
        <translation>模板的责任类别不能更改；请新建模板。</translation>
    </message>
    <message>
        <source>A list is for either a team or a cadre.</source>
        <translation>清单的责任主体只能是领导班子或干部，二者选一。</translation>
    </message>
    <message>
        <source>{holder} already has a {year} list of this kind.</source>
        <translation>{holder}已有{year}年度的同类清单。</translation>
    </message>
    <message>
        <source>This list was already signed on {date} by {name}.</source>
        <translation>此清单已于 {date} 由{name}签订。</translation>
    </message>
    <message>
        <source>A list cannot be signed ({date}) before it was issued ({issued}).</source>
        <translation>清单的签订日期（{date}）不能早于下发日期（{issued}）。</translation>
    </message>
    <message>
        <source>A signed list cannot be deleted.</source>
        <translation>已签订的清单不能删除。</translation>
    </message>
    <message>
        <source>{n} ledger entries serve items of this list; it cannot be deleted.</source>
        <translation>有 {n} 条履责纪实对应此清单的事项，不能删除。</translation>
    </message>
    <message>
        <source>The cadre holds no post on {date}; give them a post first.</source>
        <translation>该干部在 {date} 没有任职，请先为其添加职务。</translation>
    </message>
    <message>
        <source>The determination was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该认定结果，可能已被删除。</translation>
    </message>
    <message>
        <source>Your own township cannot be moved to another place in the tree.</source>
        <translation>不能将本乡镇移到单位树的其他位置。</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its own units.</source>
        <translation>单位不能放在自身或其下属单位之下。</translation>
    </message>
    <message>
        <source>The inspection was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该监督检查记录，可能已被删除。</translation>
    </message>
    <message>
        <source>The ledger entry was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该条履责纪实，可能已被删除。</translation>
    </message>
    <message>
        <source>The attachment was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该附件，可能已被删除。</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB; attach a smaller copy.</source>
        <translation>文件超过 {mb} MB，请改用较小的文件。</translation>
    </message>
    <message>
        <source>The stored copy of this attachment is missing or was changed outside the program ({path}).</source>
        <translation>此附件的存档副本缺失，或在本程序之外被修改（{path}）。</translation>
    </message>
    <message>
        <source>This cadre already has an entry of this kind for the same matter on {date}.</source>
        <translation>该干部在 {date} 已有同类别、同事项的纪实。</translation>
    </message>
    <message>
        <source>There is nothing to print for this choice.</source>
        <translation>按此选择没有可打印的内容。</translation>
    </message>
    <message>
        <source>The clue was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该问题线索，可能已被删除。</translation>
    </message>
    <message>
        <source>The accountability case was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该问责案件，可能已被删除。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>The clue number {number} is already used; the next free one is {free}.</source>
        <translation>线索编号 {number} 已被使用，下一个可用编号为 {free}。</translation>
    </message>
    <message>
        <source>The talk record was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该谈话记录，可能已被删除。</translation>
    </message>
    <message>
        <source>The assessment was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该考核记录，可能已被删除。</translation>
    </message>
    <message>
        <source>The proposed talk was not found; it may have been withdrawn meanwhile.</source>
        <translation>找不到该约谈建议，可能已被撤回。</translation>
    </message>
    <message>
        <source>This ledger entry was made from a {source} ({label}); it changes only with that record. Open the record to change or delete it.</source>
        <translation>此条台账记录由{source}（{label}）生成，只随该记录变动。如需修改或删除，请打开该记录。</translation>
    </message>
    <message>
        <source>The meeting record was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该会议记录，可能已被删除。</translation>
    </message>
    <message>
        <source>The unit has no member of its Party committee team on record for {year}.</source>
        <translation>没有该单位{year}年度党委（党组）领导班子成员的记录。</translation>
    </message>
    <message>
        <source>The month {month} is not between 1 and 12.</source>
        <translation>月份 {month} 不在 1 至 12 之间。</translation>
    </message>
    <message>
        <source>The quarter {quarter} is not between 1 and 4.</source>
        <translation>季度 {quarter} 不在 1 至 4 之间。</translation>
    </message>
    <message>
        <source>Month {month} of {year} has not begun yet: there is nothing to count.</source>
        <translation>{year}年{month}月尚未开始，没有可统计的数据。</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year} has not begun yet: there is nothing to count.</source>
        <translation>{year}年第{quarter}季度尚未开始，没有可统计的数据。</translation>
    </message>
    <message>
        <source>Choose either a leader or a unit.</source>
        <translation>请选择一名领导干部或一个单位（二者选其一）。</translation>
    </message>
    <message>
        <source>The format {format} is not one of PDF, xlsx or docx.</source>
        <translation>格式 {format} 不是 PDF、xlsx 或 docx 之一。</translation>
    </message>
    <message>
        <source>There are no phrases for the field “{field}”.</source>
        <translation>没有栏目“{field}”的常用语。</translation>
    </message>
    <message>
        <source>A phrase may have at most {n} characters.</source>
        <translation>每条常用语最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A field may have at most {n} phrases.</source>
        <translation>每个栏目最多 {n} 条常用语。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Automatically backed up to {file}.</source>
        <translation>已自动备份到 {file}。</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The automatic backup found the database damaged: {reason}

Working on with it risks losing more records. The program can close the database now, move the damaged file aside (it is kept, not deleted) and restore the newest good backup. Changes made since that backup will be missing.</source>
        <translation>自动备份发现数据库已损坏：{reason}

继续使用可能丢失更多记录。程序可以立即关闭数据库，将损坏的文件移开（保留，不删除），并恢复最新的完好备份。该备份之后所做的修改将会缺失。</translation>
    </message>
    <message>
        <source>Close and &amp;restore a backup…</source>
        <translation>关闭并恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不处理(&amp;N)</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown document kind: {kind}.</source>
        <translation>未知的文书种类：{kind}。</translation>
    </message>
    <message>
        <source>A number prefix is the issuer&apos;s code and the kind, e.g. 青纪发, without the year or number (at most 20 characters).</source>
        <translation>文号前缀由发文机关代字和文种代字组成，如“青纪发”，不含年份和序号（最多 20 个字）。</translation>
    </message>
    <message>
        <source>Enter the name of the office.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>{folder} is not a folder the program can write backups to.</source>
        <translation>{folder} 不是程序可以写入备份的文件夹。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>更改界面语言后需重启程序才生效。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. the county discipline commission</source>
        <translation>例如：××县纪委监委</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Accountability proposal</source>
        <translation>问责建议书</translation>
    </message>
    <message>
        <source>Accountability decision</source>
        <translation>问责决定书</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Talk record</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Only the administrator changes these settings; they are shown read-only.</source>
        <translation>只有系统管理员可以修改这些设置，此处仅供查看。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>本机构</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>本机构名称(&amp;O)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>e.g. 中共青山县纪律检查委员会</source>
        <translation>例如：中共青山县纪律检查委员会</translation>
    </message>
    <message>
        <source>e.g. 青纪</source>
        <translation>例如：青纪</translation>
    </message>
    <message>
        <source>Issuer&apos;s &amp;full name</source>
        <translation>发文机关全称(&amp;F)</translation>
    </message>
    <message>
        <source>Issuer&apos;s &amp;code</source>
        <translation>发文机关代字(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Document number prefixes&lt;/b&gt;</source>
        <translation>&lt;b&gt;发文字号前缀&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The issuer&apos;s code and the kind of document, without the year and number: the program adds 〔year〕 and the number.</source>
        <translation>填写发文机关代字和文种代字，不含年份和序号：程序会自动加上〔年份〕和序号。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts&lt;/b&gt;</source>
        <translation>&lt;b&gt;字体&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Body text</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation>小标题(&amp;H)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Body text (FangSong)</source>
        <translation>正文（仿宋）</translation>
    </message>
    <message>
        <source>Page numbers (SimSun)</source>
        <translation>页码（宋体）</translation>
    </message>
    <message>
        <source>First-level headings (SimHei)</source>
        <translation>一级标题（黑体）</translation>
    </message>
    <message>
        <source>Second-level headings (KaiTi)</source>
        <translation>二级标题（楷体）</translation>
    </message>
    <message>
        <source>Title and issuer mark (XiaoBiaoSong)</source>
        <translation>标题和发文机关标志（小标宋）</translation>
    </message>
    <message>
        <source>Rare characters in names</source>
        <translation>姓名生僻字</translation>
    </message>
    <message>
        <source>Document fonts</source>
        <translation>公文字体</translation>
    </message>
    <message>
        <source>{file} (chosen)</source>
        <translation>{file}（已选择）</translation>
    </message>
    <message>
        <source>{file} (bundled substitute)</source>
        <translation>{file}（内置替代字体）</translation>
    </message>
    <message>
        <source>{file} (substitute)</source>
        <translation>{file}（替代字体）</translation>
    </message>
    <message>
        <source>The chosen font {file} cannot be used: it is not a TrueType font, or it may not be embedded.</source>
        <translation>所选字体 {file} 无法使用：它不是 TrueType 字体，或不允许嵌入。</translation>
    </message>
    <message>
        <source>Official documents print with a substitute font where marked: they are correct but do not look exactly like official papers. Install FangSong, SimSun, SimHei, KaiTi and FZ XiaoBiaoSong on this computer to print them in the official fonts.</source>
        <translation>标有“替代”的部分将以替代字体打印：公文内容无误，但外观与正式公文不完全相同。请在本机安装仿宋、宋体、黑体、楷体和方正小标宋，以规范字体打印公文。</translation>
    </message>
    <message>
        <source>No font for rare characters (CJK extensions A and B) was found: such characters in names print as empty boxes. Install SimSun-ExtB (Windows) or the Hanazono fonts (Linux).</source>
        <translation>未找到生僻字（CJK 扩展 A、B 区）字体：姓名中的此类字将打印为空框。请安装 SimSun-ExtB（Windows）或花园明朝字体 Hanazono（Linux）。</translation>
    </message>
    <message>
        <source>TrueType fonts (.ttf, .ttc) only; where none is chosen, the official font is used when this computer has it, else a substitute (see below). Official documents use FangSong for the body, XiaoBiaoSong for the title and HeiTi for headings.</source>
        <translation>仅支持 TrueType 字体（.ttf、.ttc）；未选择时，本机有正式字体则使用正式字体，否则使用替代字体（见下方）。公文正文用仿宋，标题用小标宋，各级标题用黑体。</translation>
    </message>
    <message>
        <source>Document &amp;templates…</source>
        <translation>文书模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The text of each kind of document, with versions (administrator)</source>
        <translation>各类文书的模板文字及其版本（系统管理员）</translation>
    </message>
    <message>
        <source>Assessment &amp;indicator sheets…</source>
        <translation>考核指标表(&amp;I)…</translation>
    </message>
    <message>
        <source>The yearly indicator sheets of the quantitative assessment (administrator)</source>
        <translation>量化考核的年度考核指标表（系统管理员）</translation>
    </message>
    <message>
        <source>Automatic (the official font when installed)</source>
        <translation>自动（本机有正式字体时使用正式字体）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Investigation</source>
        <translation>初核调查期限(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reply to a proposal</source>
        <translation>问责建议回复期限(&amp;R)</translation>
    </message>
    <message>
        <source>Report on &amp;execution</source>
        <translation>执行情况报告期限(&amp;E)</translation>
    </message>
    <message>
        <source>Organisational &amp;handling</source>
        <translation>组织处理手续期限(&amp;H)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Beside the database</source>
        <translation>放在数据库旁(&amp;B)</translation>
    </message>
    <message>
        <source>Keep the backups in the folder “backups” beside the database</source>
        <translation>把备份存放在数据库旁边的“backups”文件夹中</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Responsibility list te&amp;mplates…</source>
        <translation>责任清单模板(&amp;M)…</translation>
    </message>
    <message>
        <source>The items every new responsibility list is copied from, per kind of list.</source>
        <translation>各类责任清单的模板：新下发的清单从模板复制责任事项。</translation>
    </message>
    <message>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>A new phrase; Enter adds it</source>
        <translation>新的常用语，按 Enter 添加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Restore def&amp;aults</source>
        <translation>恢复默认(&amp;A)</translation>
    </message>
    <message>
        <source>The phrases the program shipped with, for this field</source>
        <translation>恢复本栏目程序自带的常用语</translation>
    </message>
    <message>
        <source>Save phrases</source>
        <translation>保存常用语</translation>
    </message>
    <message>
        <source>What a text field offers with its “Phrases” button or F4. Double-click a phrase to change it.</source>
        <translation>文本栏的“常用语”按钮或 F4 键提供的常用语。双击常用语可修改。</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>常用语</translation>
    </message>
    <message>
        <source>Not saved yet: {fields}</source>
        <translation>尚未保存：{fields}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>The phrases were saved.</source>
        <translation>常用语已保存。</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>加密(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>解密(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport key…</source>
        <translation>导出密钥(&amp;X)…</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>数据库加密存储</translation>
    </message>
    <message>
        <source>Encryption is not available: this installation has no encryption support (the sqlcipher3 package).</source>
        <translation>不能加密：本程序安装中没有加密支持（sqlcipher3 软件包）。</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>数据库未加密。</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is a passphrase, asked at every start.</source>
        <translation>数据库已加密；其密钥是口令，每次启动时询问。</translation>
    </message>
    <message>
        <source>The database is encrypted; its key comes from ZEREN_DB_KEY.</source>
        <translation>数据库已加密；其密钥来自 ZEREN_DB_KEY。</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is in the key file {file}.</source>
        <translation>数据库已加密；其密钥保存在密钥文件 {file} 中。</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <source>Encrypt the database on this computer&apos;s disk?

A backup is made first. Then the database is stored encrypted. Its key is kept in a key file in this computer&apos;s settings folder, so the program opens the database without asking; or, if you enter a passphrase next, the program asks for it at every start instead.

Without the key nobody can read the database, not even you: after encrypting, export an escrow copy of the key (Export key…) to a USB stick and keep it in the office safe.</source>
        <translation>要加密本机磁盘上的数据库吗？

程序先做一次备份，然后将数据库加密存储。密钥保存在本机设置文件夹的密钥文件中，程序打开数据库时无需询问；如果您在下一步输入口令，则改为每次启动时询问口令。

没有密钥，任何人（包括您自己）都无法读取数据库：加密后请导出一份密钥托管副本（“导出密钥…”）到U盘，存放在单位保密柜中。</translation>
    </message>
    <message>
        <source>Passphrase (optional). Leave it empty to keep the key in a key file on this computer; a passphrase is asked at every start and cannot be recovered if forgotten.</source>
        <translation>口令（可选）。留空则将密钥保存在本机的密钥文件中；口令在每次启动时询问，遗忘后无法找回。</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>解密数据库</translation>
    </message>
    <message>
        <source>Store the database unencrypted again?

A backup (encrypted) is made first. The key file is kept: the encrypted backups still need it.</source>
        <translation>要将数据库恢复为不加密存储吗？

程序先做一次（加密的）备份。密钥文件会保留：加密的备份仍需要它。</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>正在解密数据库…</translation>
    </message>
    <message>
        <source>Its key is your passphrase: the program asks for it at every start.</source>
        <translation>其密钥是您的口令：程序每次启动时询问。</translation>
    </message>
    <message>
        <source>Its key comes from ZEREN_DB_KEY.</source>
        <translation>其密钥来自 ZEREN_DB_KEY。</translation>
    </message>
    <message>
        <source>Its key is in the key file {file}. Export an escrow copy of it now (Export key…) and keep it in the office safe.</source>
        <translation>其密钥保存在密钥文件 {file} 中。请现在导出一份托管副本（“导出密钥…”），存放在单位保密柜中。</translation>
    </message>
    <message>
        <source>The database is encrypted. {where}

Note: the backup made before encrypting ({backup}) and the older backups are NOT encrypted. Keep them somewhere safe or delete them by the office&apos;s rules.</source>
        <translation>数据库已加密。{where}

注意：加密前所做的备份（{backup}）以及更早的备份都【没有】加密。请妥善保管，或按单位规定删除。</translation>
    </message>
    <message>
        <source>The database is stored unencrypted again. The backup made before ({backup}) is encrypted; the key file was kept for it.</source>
        <translation>数据库已恢复为不加密存储。此前所做的备份（{backup}）是加密的；为此保留了密钥文件。</translation>
    </message>
    <message>
        <source>Export the key</source>
        <translation>导出密钥</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>密钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The key could not be written: {reason}</source>
        <translation>无法写入密钥：{reason}</translation>
    </message>
    <message>
        <source>The key was written to {file}. Whoever has this file can read the database and its encrypted backups: keep it in the office safe, not on this computer.</source>
        <translation>密钥已写入 {file}。持有此文件的任何人都能读取数据库及其加密备份：请将其存放在单位保密柜中，不要留在本机上。</translation>
    </message>
    <message>
        <source>{folder} (not saved yet)</source>
        <translation>{folder}（尚未保存）</translation>
    </message>
    <message>
        <source>“backups” beside the database (not saved yet)</source>
        <translation>数据库旁边的“backups”文件夹（尚未保存）</translation>
    </message>
    <message>
        <source>Choose a TrueType font</source>
        <translation>选择 TrueType 字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc *.TTF *.TTC)</source>
        <translation>TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>未保存任何内容：请更正红字标出的项目。</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect after a restart.</source>
        <translation>已保存。新的界面语言在重启程序后生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>Indicator sheets</source>
        <translation>考核指标表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计分规则</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Per time</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <source>Bonus cap</source>
        <translation>加分上限</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>最低得分</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>自动计分来源</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位类别(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Your changes to the sheet are not saved. Discard them?</source>
        <translation>对考核指标表的修改尚未保存。放弃修改吗？</translation>
    </message>
    <message>
        <source>Version {n}. It has scored units: saving makes a new version and the scored ones keep this one.</source>
        <translation>第 {n} 版。已有单位按此版评分：保存时将生成新版本，已评分的单位仍沿用此版。</translation>
    </message>
    <message>
        <source>Version {n}.</source>
        <translation>第 {n} 版。</translation>
    </message>
    <message>
        <source>Row {n}: the points must be numbers, e.g. 5 or 0.5.</source>
        <translation>第 {n} 行：分值必须是数字，如 5 或 0.5。</translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation>已保存为第 {n} 版。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the list</source>
        <translation>签订责任清单</translation>
    </message>
    <message>
        <source>{title}&lt;br&gt;{holder}, {unit} — No. {number}</source>
        <translation>{title}&lt;br&gt;{holder}，{unit}——编号 {number}</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>签订日期(&amp;O)</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>签字人(&amp;B)</translation>
    </message>
    <message>
        <source>A signed list cannot be deleted, and its signature cannot be changed.</source>
        <translation>清单签订后不能删除，签订信息也不能更改。</translation>
    </message>
    <message>
        <source>Sign the document</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>Signing gives “{title}” its document number and makes its final PDF with a verification code. A signed document can never be edited again, only replaced by a new version that refers to it.</source>
        <translation>签发将为“{title}”编发文字号，并生成带核验码的正式 PDF。已签发的文书不能再修改，只能由引用它的新版本替代。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Signed &amp;on (成文日期)</source>
        <translation>成文日期(&amp;O)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签发(&amp;S)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Type part of a number, title or name</source>
        <translation>输入编号、标题或姓名的一部分</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>{number}: {stage}</source>
        <translation>{number}：{stage}</translation>
    </message>
    <message>
        <source>e.g. 县纪委书记 孙立新</source>
        <translation>如：县纪委书记 孙立新</translation>
    </message>
    <message>
        <source>At least two names, e.g. 王磊、刘芳</source>
        <translation>至少两人，如：王磊、刘芳</translation>
    </message>
    <message>
        <source>e.g. 中共青山县委</source>
        <translation>如：中共青山县委</translation>
    </message>
    <message>
        <source>&amp;Started on *</source>
        <translation>启动调查日期(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;Report date *</source>
        <translation>调查报告日期(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Decision date *</source>
        <translation>决定日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Served on *</source>
        <translation>送达日期(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;Executed on *</source>
        <translation>执行日期(&amp;E) *</translation>
    </message>
    <message>
        <source>&amp;Archived on *</source>
        <translation>归档日期(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>A&amp;pproved by *</source>
        <translation>批准人(&amp;P) *</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Investigation &amp;team *</source>
        <translation>调查组成员(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Facts found *</source>
        <translation>查明的事实(&amp;F) *</translation>
    </message>
    <message>
        <source>Investigation team</source>
        <translation>调查组成员</translation>
    </message>
    <message>
        <source>Facts found</source>
        <translation>查明的事实</translation>
    </message>
    <message>
        <source>(say whether accepted)</source>
        <translation>（请选择是否采纳）</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>予以采纳</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>Statement and defence of {name} *</source>
        <translation>{name}的陈述申辩 *</translation>
    </message>
    <message>
        <source>Accepted? *</source>
        <translation>是否采纳 *</translation>
    </message>
    <message>
        <source>Deciding &amp;body *</source>
        <translation>决定机关(&amp;B) *</translation>
    </message>
    <message>
        <source>Deciding body</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Measures for {name} *</source>
        <translation>对{name}的问责方式 *</translation>
    </message>
    <message>
        <source>(no probation)</source>
        <translation>（无留党察看）</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 个月</translation>
    </message>
    <message>
        <source>24 months</source>
        <translation>24 个月</translation>
    </message>
    <message>
        <source>Probation period (留党察看)</source>
        <translation>留党察看期限</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Organisational adjustment of {name} done on *</source>
        <translation>{name}组织调整完成日期 *</translation>
    </message>
    <message>
        <source>Written self-examination of {name} received on *</source>
        <translation>收到{name}书面检查日期 *</translation>
    </message>
    <message>
        <source>An organisational adjustment is due within the office&apos;s deadline after the decision of {date}; a later one needs a note saying why.</source>
        <translation>组织调整应在 {date} 作出决定后的规定期限内完成；逾期完成的，须在备注中说明原因。</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Acted b&amp;y</source>
        <translation>经办人(&amp;Y)</translation>
    </message>
    <message>
        <source>Acted by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>{measure} (allowed by the determination)</source>
        <translation>{measure}（认定结果允许）</translation>
    </message>
</context>
<context>
    <name>StartDataPage</name>
    <message>
        <source>Demo county or your own data</source>
        <translation>演示数据或本单位数据</translation>
    </message>
    <message>
        <source>Try the program on a fictional county, or start with your own units.</source>
        <translation>可以用一个虚构的县试用本程序，也可以直接录入本单位的数据。</translation>
    </message>
    <message>
        <source>Load the &amp;demo county</source>
        <translation>载入演示县数据(&amp;D)</translation>
    </message>
    <message>
        <source>A fictional county with townships, departments and a few hundred cadres. It also makes the demo accounts clerk, reviewer, leader and auditor (the password of each: {password}). Good for trying the program and for training; use a separate data folder for real work.</source>
        <translation>一个虚构的县，含乡镇、县直部门和数百名干部；同时创建演示账户 clerk、reviewer、leader 和 auditor（密码均为 {password}）。适合试用和培训；正式工作请另用一个数据文件夹。</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>从空数据库开始(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. the county discipline commission</source>
        <translation>例如：××县纪委监委</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>本机构名称(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Loading the demo county…</source>
        <translation>正在载入演示县数据…</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>First form</source>
        <translation>第一种形态</translation>
    </message>
    <message>
        <source>Second form</source>
        <translation>第二种形态</translation>
    </message>
    <message>
        <source>Third form</source>
        <translation>第三种形态</translation>
    </message>
    <message>
        <source>Fourth form</source>
        <translation>第四种形态</translation>
    </message>
    <message>
        <source>No form</source>
        <translation>未列入四种形态</translation>
    </message>
    <message>
        <source>County level</source>
        <translation>县处级</translation>
    </message>
    <message>
        <source>Section level</source>
        <translation>乡科级</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>无问责方式</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>未指定单位</translation>
    </message>
    <message>
        <source>The statistics data file {file} is not valid: {detail}</source>
        <translation>统计数据文件 {file} 无效：{detail}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>问责人数</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>问责班子数</translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation>决定案件数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结数</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>查实数</translation>
    </message>
    <message>
        <source>Verification rate (%)</source>
        <translation>查实率（%）</translation>
    </message>
    <message>
        <source>Money recovered (yuan)</source>
        <translation>追缴挽回资金（元）</translation>
    </message>
    <message>
        <source>Money corrected (yuan)</source>
        <translation>纠正资金（元）</translation>
    </message>
    <message>
        <source>Persons disqualified</source>
        <translation>取消待遇人数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>按类别统计问题</translation>
    </message>
    <message>
        <source>Persons by measure</source>
        <translation>按问责方式统计人数</translation>
    </message>
    <message>
        <source>Persons by rank</source>
        <translation>按职级统计人数</translation>
    </message>
    <message>
        <source>Persons by the four forms</source>
        <translation>按“四种形态”统计人数</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位统计</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份统计</translation>
    </message>
    <message>
        <source>Clues by source</source>
        <translation>按来源统计问题线索</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The statistics table of this period as it will print, to read or print</source>
        <translation>按打印效果显示本期间的统计表，供阅读或打印</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The statistics table of this period as a PDF to print</source>
        <translation>将本期间的统计表导出为 PDF 以便打印</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>统计期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Persons held accountable</source>
        <translation>问责人数</translation>
    </message>
    <message>
        <source>Teams held accountable</source>
        <translation>问责领导班子数</translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation>受理问题线索</translation>
    </message>
    <message>
        <source>Confirmed (verification rate)</source>
        <translation>查实（查实率）</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>按类别统计问题</translation>
    </message>
    <message>
        <source>Persons by heaviest measure</source>
        <translation>按最重问责方式统计人数</translation>
    </message>
    <message>
        <source>Persons by rank</source>
        <translation>按职级统计人数</translation>
    </message>
    <message>
        <source>Persons by the four forms</source>
        <translation>按“四种形态”统计人数</translation>
    </message>
    <message>
        <source>Problems by unit</source>
        <translation>按单位统计问题数</translation>
    </message>
    <message>
        <source>Persons by unit</source>
        <translation>按单位统计问责人数</translation>
    </message>
    <message>
        <source>Problems by month</source>
        <translation>按月份统计问题数</translation>
    </message>
    <message>
        <source>Persons by month</source>
        <translation>按月份统计问责人数</translation>
    </message>
    <message>
        <source>Clues received by source (verification rate)</source>
        <translation>按来源统计受理线索（查实率）</translation>
    </message>
    <message>
        <source>Cases count in the period of their decision date; each person counts once, under the heaviest measure. Clues count by the date received. Click a figure or a bar to see the records behind it.</source>
        <translation>问责案件按决定日期计入统计期间；每人只计一次，按其所受最重的问责方式统计。问题线索按受理日期统计。点击数字或条形可查看对应的记录。</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>统计数据(&amp;F)</translation>
    </message>
    <message>
        <source>Periodic &amp;reports</source>
        <translation>定期报表(&amp;R)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The statistics could not be counted: {reason}</source>
        <translation>无法完成统计：{reason}</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>{source}: {received} received, {concluded} concluded, {confirmed} confirmed</source>
        <translation>{source}：受理 {received} 件，办结 {concluded} 件，查实 {confirmed} 件</translation>
    </message>
    <message>
        <source>{what}: {n} records</source>
        <translation>{what}：{n} 条记录</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>问责统计</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>导出统计表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation>正在导出统计表…</translation>
    </message>
    <message>
        <source>Statistics {start} to {end}</source>
        <translation>问责统计 {start} 至 {end}</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>无法生成预览：{reason}</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>已导出到 {file}。</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Accountability statistics ({start} to {end})</source>
        <translation>问责工作统计表（{start}至{end}）</translation>
    </message>
    <message>
        <source>Compiled by: {office}</source>
        <translation>填报单位：{office}</translation>
    </message>
    <message>
        <source>Unit: {unit} (with the units under it)</source>
        <translation>统计范围：{unit}（含下级单位）</translation>
    </message>
    <message>
        <source>Cases count in the period of their decision; each person counts once, under the heaviest measure. Clues count by the date received; the verification rate is confirmed and partly confirmed clues of those concluded.</source>
        <translation>问责案件按决定日期计入统计期间；每人只计一次，按其所受最重的问责方式统计。问题线索按受理日期统计；查实率为查实和部分查实的线索占已办结线索的比例。</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>2. Problems by category</source>
        <translation>二、按类别统计问题</translation>
    </message>
    <message>
        <source>3. Persons by measure (heaviest)</source>
        <translation>三、按问责方式统计人数（按最重方式计）</translation>
    </message>
    <message>
        <source>4. Persons by rank</source>
        <translation>四、按职级统计人数</translation>
    </message>
    <message>
        <source>5. Persons by the four forms</source>
        <translation>五、按“四种形态”统计人数</translation>
    </message>
    <message>
        <source>6. By unit</source>
        <translation>六、按单位统计</translation>
    </message>
    <message>
        <source>7. By month of decision</source>
        <translation>七、按决定月份统计</translation>
    </message>
    <message>
        <source>8. Clues by source</source>
        <translation>八、按来源统计问题线索</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>问责人数</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>问责班子数</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>查实</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>查实率</translation>
    </message>
    <message>
        <source>Recovered (yuan)</source>
        <translation>追缴挽回（元）</translation>
    </message>
    <message>
        <source>Corrected (yuan)</source>
        <translation>纠正资金（元）</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>取消待遇（人）</translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation>受理问题线索</translation>
    </message>
    <message>
        <source>— {n} —</source>
        <translation>— {n} —</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>Party committee (leading group) team</source>
        <translation>党委（党组）领导班子</translation>
    </message>
    <message>
        <source>Discipline commission team</source>
        <translation>纪委（纪检组）领导班子</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>领导干部</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Subjects</source>
        <translation>问责对象</translation>
    </message>
    <message>
        <source>Add the cadres and leadership teams held to account, from the records.</source>
        <translation>从台账记录中添加被问责的干部和领导班子。</translation>
    </message>
    <message>
        <source>name, unit or post</source>
        <translation>姓名、单位或职务</translation>
    </message>
    <message>
        <source>Add &amp;cadre</source>
        <translation>添加干部(&amp;C)</translation>
    </message>
    <message>
        <source>A cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>责任类型(&amp;O)：</translation>
    </message>
    <message>
        <source>Add &amp;team</source>
        <translation>添加领导班子(&amp;T)</translation>
    </message>
    <message>
        <source>A leadership team</source>
        <translation>领导班子</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Subjects of this case</source>
        <translation>本案问责对象</translation>
    </message>
    <message>
        <source>{unit}: {team}</source>
        <translation>{unit}：{team}</translation>
    </message>
    <message>
        <source>{name} is already a subject of this case.</source>
        <translation>{name}已是本案的问责对象。</translation>
    </message>
    <message>
        <source>Select a cadre in the search results first.</source>
        <translation>请先在搜索结果中选择一名干部。</translation>
    </message>
    <message>
        <source>did not take part</source>
        <translation>未参与</translation>
    </message>
    <message>
        <source>outside the portfolio</source>
        <translation>超出分管范围</translation>
    </message>
    <message>
        <source>Add at least one subject: a cadre or a leadership team.</source>
        <translation>请至少添加一个问责对象：干部或领导班子。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The clauses cited and the measures chosen. Finish saves the determination.</source>
        <translation>所引用的条款和所选的问责方式。点击“完成”保存认定结果。</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>核对并保存</translation>
    </message>
    <message>
        <source>Saved scores go to a reviewer, who reviews them before they are locked.</source>
        <translation>评分保存后交审核人审核，审核通过后方可锁定。</translation>
    </message>
    <message>
        <source>Total: {total} of {full}</source>
        <translation>总分：{total}（满分 {full}）</translation>
    </message>
    <message>
        <source> — vetoed</source>
        <translation>——一票否决</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>leadership teams</source>
        <translation>领导班子</translation>
    </message>
    <message>
        <source>team memberships</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>list templates</source>
        <translation>清单模板</translation>
    </message>
    <message>
        <source>list template items</source>
        <translation>清单模板事项</translation>
    </message>
    <message>
        <source>responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <source>responsibility list items</source>
        <translation>责任清单事项</translation>
    </message>
    <message>
        <source>item status updates</source>
        <translation>事项状态变更记录</translation>
    </message>
    <message>
        <source>ledger entries</source>
        <translation>履责纪实</translation>
    </message>
    <message>
        <source>ledger entries serving list items</source>
        <translation>纪实对应的清单事项</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>监督检查</translation>
    </message>
    <message>
        <source>saved determinations</source>
        <translation>已保存的认定结果</translation>
    </message>
    <message>
        <source>clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <source>cadres named in clues</source>
        <translation>线索涉及干部</translation>
    </message>
    <message>
        <source>accountability cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>problems of cases</source>
        <translation>案件问题</translation>
    </message>
    <message>
        <source>persons and teams held accountable</source>
        <translation>被问责对象</translation>
    </message>
    <message>
        <source>case stages</source>
        <translation>案件环节</translation>
    </message>
    <message>
        <source>appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>influence periods</source>
        <translation>影响期</translation>
    </message>
    <message>
        <source>talk records</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>assessment indicator sheets</source>
        <translation>考核指标表</translation>
    </message>
    <message>
        <source>unit assessments</source>
        <translation>单位考核结果</translation>
    </message>
    <message>
        <source>talks proposed by the assessment</source>
        <translation>考核提出的约谈建议</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Edit talk record</source>
        <translation>编辑谈话记录</translation>
    </message>
    <message>
        <source>New talk record</source>
        <translation>新建谈话记录</translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation>如 09:30</translation>
    </message>
    <message>
        <source>e.g. 10:15</source>
        <translation>如 10:15</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>e.g. 县纪委谈话室</source>
        <translation>如县纪委谈话室</translation>
    </message>
    <message>
        <source>A ca&amp;dre of the records</source>
        <translation>台账中的干部(&amp;D)</translation>
    </message>
    <message>
        <source>Someone &amp;else</source>
        <translation>其他人员(&amp;E)</translation>
    </message>
    <message>
        <source>Name, e.g. 赵新（村党支部书记）</source>
        <translation>姓名，如 赵新（村党支部书记）</translation>
    </message>
    <message>
        <source>(unit of the cadre&apos;s post that day)</source>
        <translation>（干部当日任职单位）</translation>
    </message>
    <message>
        <source>Unit, post and name, e.g. 县纪委书记 陈立</source>
        <translation>单位、职务和姓名，如 县纪委书记 陈立</translation>
    </message>
    <message>
        <source>Unit, post and name</source>
        <translation>单位、职务和姓名</translation>
    </message>
    <message>
        <source>Who approved the talk</source>
        <translation>谈话批准人</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>谈话类型(&amp;K)</translation>
    </message>
    <message>
        <source>Date and time *</source>
        <translation>日期和时间 *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>Talked to *</source>
        <translation>谈话对象 *</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Talker *</source>
        <translation>谈话人(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Note-taker</source>
        <translation>记录人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>批准人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>谈话依据(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>谈话事由(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>谈话内容(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Statement of the person</source>
        <translation>本人说明(&amp;S)</translation>
    </message>
    <message>
        <source>Rectification re&amp;quired</source>
        <translation>整改要求(&amp;Q)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>整改期限(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>回访日期(&amp;F)</translation>
    </message>
    <message>
        <source>Follo&amp;w-up result</source>
        <translation>回访情况(&amp;W)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>谈话类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Talked to</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>谈话依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>谈话事由</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>谈话内容</translation>
    </message>
    <message>
        <source>Statement of the person</source>
        <translation>本人说明</translation>
    </message>
    <message>
        <source>Rectification required</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Type a name or its pinyin initials to choose a cadre of the records (post and name are filled in), or type the post and name yourself</source>
        <translation>输入姓名或姓名拼音首字母，从干部信息中选择（自动填入职务和姓名），也可自行输入职务和姓名</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>Choose the cadre from the list, or choose “Someone else” and type the name.</source>
        <translation>请从列表中选择干部，或选择“其他人员”并输入姓名。</translation>
    </message>
</context>
<context>
    <name>TalkKind</name>
    <message>
        <source>Integrity talk</source>
        <translation>廉政谈话</translation>
    </message>
    <message>
        <source>Reminder talk</source>
        <translation>提醒谈话</translation>
    </message>
    <message>
        <source>Summons talk</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Admonishment talk</source>
        <translation>诫勉谈话</translation>
    </message>
</context>
<context>
    <name>TalksTab</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Only follow-ups &amp;due</source>
        <translation>只看待回访(&amp;D)</translation>
    </message>
    <message>
        <source>Follow-ups planned within the next 7 days or earlier and not yet recorded</source>
        <translation>已安排在今后 7 天内或更早、尚未登记结果的回访</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>&amp;New talk record…</source>
        <translation>新建谈话记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a talk (Ctrl+N)</source>
        <translation>登记一次谈话（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected talk, e.g. to record the follow-up (Enter)</source>
        <translation>编辑选中的谈话，例如登记回访情况（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Record for si&amp;gning…</source>
        <translation>生成谈话记录文书(&amp;G)…</translation>
    </message>
    <message>
        <source>Draft the talk record as a document (约谈/诫勉谈话记录) filled from this talk</source>
        <translation>依据本次谈话起草谈话记录文书（约谈/诫勉谈话记录）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Talked to</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Talker</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>谈话事由</translation>
    </message>
    <message>
        <source>Rectification deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Talks: {n}; follow-ups due: {due}</source>
        <translation>谈话：{n} 次；待回访：{due} 次</translation>
    </message>
    <message>
        <source>Delete talk record</source>
        <translation>删除谈话记录</translation>
    </message>
    <message>
        <source>Delete the record of the talk with {name} on {date}? This cannot be undone.</source>
        <translation>确定删除 {date} 与{name}的谈话记录吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>The talk record was saved; the ledger of {names} has an entry for it.</source>
        <translation>谈话记录已保存，已在{names}的履责纪实台账中生成记录。</translation>
    </message>
    <message>
        <source>The talk record was saved. No talker was found among the cadres of the records, so no ledger entry was made (write the talker&apos;s name as in the roster).</source>
        <translation>谈话记录已保存。谈话人中没有找到本系统登记的干部，未生成台账记录（谈话人姓名请与干部名册一致）。</translation>
    </message>
    <message>
        <source>Delete the record of the talk with {name} on {date} and the {n} ledger entries made from it? This cannot be undone.</source>
        <translation>确定删除 {date} 与{name}的谈话记录及由其生成的 {n} 条台账记录吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>The talk record was not deleted: {reason}</source>
        <translation>谈话记录未删除：{reason}</translation>
    </message>
    <message>
        <source>The talk record was deleted.</source>
        <translation>谈话记录已删除。</translation>
    </message>
</context>
<context>
    <name>TeamKind</name>
    <message>
        <source>Party committee (leading group)</source>
        <translation>党委(党组)</translation>
    </message>
    <message>
        <source>Discipline commission (inspection group)</source>
        <translation>纪委(纪检组)</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副职</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>班子成员</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Responsibility list templates</source>
        <translation>责任清单模板</translation>
    </message>
    <message>
        <source>&amp;In use: new lists of this kind are copied from it</source>
        <translation>启用(&amp;I)：新下发的此类清单按此模板生成</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>责任事项</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加事项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>移除事项(&amp;R)</translation>
    </message>
    <message>
        <source>The item is retired, not deleted: lists already issued keep their text; new lists no longer get it.</source>
        <translation>事项停用而非删除：已下发的清单保留原文；新下发的清单不再包含此项。</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Only the administrator edits the templates; they are shown read-only.</source>
        <translation>模板仅由系统管理员编辑，此处只读显示。</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation>（未启用）</translation>
    </message>
    <message>
        <source>{n} retired items are kept only in the lists issued before they were retired.</source>
        <translation>已停用 {n} 项，仅保留在停用前下发的清单中。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation>模板已保存。</translation>
    </message>
    <message>
        <source>Name: {message}</source>
        <translation>名称：{message}</translation>
    </message>
    <message>
        <source>Item {n}: {message}</source>
        <translation>第 {n} 项：{message}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The template “{name}” has unsaved changes. Discard them?</source>
        <translation>模板“{name}”有未保存的修改，要放弃吗？</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>What changed and why (kept with the version)</source>
        <translation>改了什么、为什么改（随版本保存）</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Restore the &amp;shipped text</source>
        <translation>恢复出厂文本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>对本模板的修改尚未保存。放弃修改吗？</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>出厂</translation>
    </message>
    <message>
        <source>Version {n} — {when}, {who}</source>
        <translation>第 {n} 版 — {when}，{who}</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation>（使用中）</translation>
    </message>
    <message>
        <source>New drafts use this version.</source>
        <translation>新草稿使用此版本。</translation>
    </message>
    <message>
        <source>An earlier version: saving makes it the one in use.</source>
        <translation>较早的版本：保存后即成为使用中的版本。</translation>
    </message>
    <message>
        <source>Saved as version {n}; new drafts use it.</source>
        <translation>已保存为第 {n} 版，新草稿将使用该版本。</translation>
    </message>
    <message>
        <source>Restore the shipped text</source>
        <translation>恢复出厂文本</translation>
    </message>
    <message>
        <source>Make the text shipped with the program the version in use for {kind}? The current versions are kept.</source>
        <translation>将程序自带的文本作为{kind}的使用版本吗？现有各版本均保留。</translation>
    </message>
    <message>
        <source>The shipped text is in use again.</source>
        <translation>已重新使用出厂文本。</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Skip the tour</source>
        <translation>跳过导览(&amp;S)</translation>
    </message>
    <message>
        <source>Units &amp; cadres</source>
        <translation>单位与干部</translation>
    </message>
    <message>
        <source>Keep the tree of units and every cadre with their posts; find anyone by name or ID number and print the roster of cadres.</source>
        <translation>维护单位树和每名干部及其任职情况；按姓名或身份证号查找干部，打印干部名册。</translation>
    </message>
    <message>
        <source>Accountability cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <source>Register accountability cases; the assessment wizard finds the clauses that apply, weighs the grounds for lighter or heavier handling and proposes the measures the regulations allow.</source>
        <translation>登记问责案件；研判向导找出适用的条款，衡量从轻、从重情节，并提出规定允许的问责方式。</translation>
    </message>
    <message>
        <source>Backups &amp; restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>The program backs the database up by itself once a day; back up now, choose the backup folder or restore a verified backup here.</source>
        <translation>程序每天自动备份一次数据库；在这里可以立即备份、选择备份文件夹，或从经过校验的备份恢复。</translation>
    </message>
    <message>
        <source>Accounts and audit trail</source>
        <translation>账户与审计日志</translation>
    </message>
    <message>
        <source>For administrators and the auditor: create the accounts of clerks, reviewers and leaders, and read the audit trail that records every change and cannot be altered unnoticed.</source>
        <translation>供系统管理员和审计员使用：为录入员、审核员和领导创建账户，查阅记录每一处修改、无法被悄悄篡改的审计日志。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Choose the language, the issuer names and number prefixes printed on documents, their fonts, the deadlines and the backup folder. Help → Quick tour shows this tour again.</source>
        <translation>设置界面语言、文书上的发文机关名称和文号前缀、文书字体、办理期限和备份文件夹。可从“帮助 → 快速导览”再次打开本导览。</translation>
    </message>
</context>
<context>
    <name>TourPage</name>
    <message>
        <source>A short tour of the main areas (in the list on the left of the main window).</source>
        <translation>主要功能简介（在主窗口左侧的列表中）。</translation>
    </message>
</context>
<context>
    <name>TourWizard</name>
    <message>
        <source>Quick tour — Zeren Desktop</source>
        <translation>快速导览 — 责任台账</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级单位）</translation>
    </message>
    <message>
        <source>18 characters, optional</source>
        <translation>18位，可不填</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Parent unit</source>
        <translation>上级单位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>County department</source>
        <translation>县直部门</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>State enterprise or institution</source>
        <translation>国企、事业单位</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>UnitsCadresPage</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Add top-level unit</source>
        <translation>新增顶级单位</translation>
    </message>
    <message>
        <source>Add sub-unit</source>
        <translation>新增下级单位</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected unit (F2)</source>
        <translation>编辑选中的单位（F2）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected unit (Del)</source>
        <translation>删除选中的单位（Del）</translation>
    </message>
    <message>
        <source>Import the unit list from a spreadsheet (.xlsx or .csv), with a preview</source>
        <translation>从电子表格（.xlsx 或 .csv）导入单位名录，导入前可预览</translation>
    </message>
    <message>
        <source>&amp;Import units…</source>
        <translation>导入单位名录(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;cadre roster…</source>
        <translation>导入干部名册(&amp;C)…</translation>
    </message>
    <message>
        <source>Import the cadre roster (干部名册) from a spreadsheet (.xlsx or .csv), with a preview</source>
        <translation>从电子表格（.xlsx 或 .csv）导入干部名册，导入前可预览</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units&lt;/b&gt;</source>
        <translation>&lt;b&gt;单位&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search name, ID number, unit or post</source>
        <translation>搜索姓名、身份证号、单位或职务</translation>
    </message>
    <message>
        <source>Only cadres of the selected unit</source>
        <translation>只显示选中单位的干部</translation>
    </message>
    <message>
        <source>Add cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <source>Add a cadre (Ctrl+N)</source>
        <translation>新增干部（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit the selected cadre (Enter)</source>
        <translation>编辑选中的干部（Enter）</translation>
    </message>
    <message>
        <source>Delete the selected cadre (Del)</source>
        <translation>删除选中的干部（Del）</translation>
    </message>
    <message>
        <source>Integrity file…</source>
        <translation>廉政档案…</translation>
    </message>
    <message>
        <source>The integrity file (廉政档案) of the selected cadre: cases, measures, talks, clues and influence periods across every post held</source>
        <translation>选中干部的廉政档案：其历任职务期间的问责案件、问责方式、谈话、问题线索和影响期</translation>
    </message>
    <message>
        <source>Print &amp;roster…</source>
        <translation>干部名册(&amp;R)…</translation>
    </message>
    <message>
        <source>The roster of cadres as a PDF: of the selected unit when “Only cadres of the selected unit” is ticked, else of every unit you can see</source>
        <translation>把干部名册生成 PDF：勾选“只显示选中单位的干部”时只含选中的单位，否则含您可查看的所有单位</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cadres&lt;/b&gt;</source>
        <translation>&lt;b&gt;干部&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete the unit “{name}”? This cannot be undone.</source>
        <translation>确定删除单位“{name}”吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>The unit “{name}” was not deleted.</source>
        <translation>单位“{name}”未删除。</translation>
    </message>
    <message>
        <source>Cadres: {shown} of {n} shown; narrow the search</source>
        <translation>共 {n} 名干部，仅显示前 {shown} 名，请缩小搜索范围</translation>
    </message>
    <message>
        <source>Cadres: {n}</source>
        <translation>共 {n} 名干部</translation>
    </message>
    <message>
        <source>Delete cadre</source>
        <translation>删除干部</translation>
    </message>
    <message>
        <source>Delete the cadre “{name}” with all their posts? This cannot be undone.</source>
        <translation>确定删除干部“{name}”及其全部任职经历吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>The cadre “{name}” was not deleted.</source>
        <translation>干部“{name}”未删除。</translation>
    </message>
    <message>
        <source>Units imported: {new} new, {updated} updated, {unchanged} already present.</source>
        <translation>单位已导入：新增 {new} 个，更新 {updated} 个，{unchanged} 个已存在。</translation>
    </message>
    <message>
        <source>Cadres imported: {new} new, {updated} updated, {unchanged} already present.</source>
        <translation>干部已导入：新增 {new} 名，更新 {updated} 名，{unchanged} 名已存在。</translation>
    </message>
    <message>
        <source>Roster of cadres</source>
        <translation>干部名册</translation>
    </message>
    <message>
        <source>Save the roster of cadres</source>
        <translation>保存干部名册</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the roster…</source>
        <translation>正在生成干部名册…</translation>
    </message>
    <message>
        <source>Making the roster of cadres…</source>
        <translation>正在生成干部名册…</translation>
    </message>
    <message>
        <source>The roster was saved: {file}</source>
        <translation>干部名册已保存：{file}</translation>
    </message>
    <message>
        <source>The roster was not made: {reason}</source>
        <translation>未能生成干部名册：{reason}</translation>
    </message>
    <message>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>Separation of the three duties: administrator, leader (approver) and auditor are never held by one account.</source>
        <translation>三权分立：系统管理员、领导（审批人）和审计员不能由同一账户兼任。</translation>
    </message>
    <message>
        <source>County (all records)</source>
        <translation>县级（全部记录）</translation>
    </message>
    <message>
        <source>Name or pinyin initials; empty: not a cadre in the roster</source>
        <translation>姓名或拼音首字母；留空表示不是名册中的干部</translation>
    </message>
    <message>
        <source>The account may sign in</source>
        <translation>账户可以登录</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>用户名(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation>角色 *</translation>
    </message>
    <message>
        <source>&amp;Data scope</source>
        <translation>数据范围(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cadre</source>
        <translation>对应干部(&amp;C)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>密码(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;Repeat password *</source>
        <translation>重复密码(&amp;R) *</translation>
    </message>
    <message>
        <source>No single cadre matches what is typed under Cadre: pick one from the list, or empty the field.</source>
        <translation>“对应干部”中输入的内容没有唯一匹配的干部：请从列表中选择，或清空该栏。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation>此处最多允许 {limit} 个字符（已输入 {n} 个）。</translation>
    </message>
    <message>
        <source>{date} is not plausible: it must lie between 1900 and {latest}.</source>
        <translation>{date} 不合理：应在1900年至 {latest} 之间。</translation>
    </message>
    <message>
        <source>The year {year} is not plausible.</source>
        <translation>年度 {year} 不合理。</translation>
    </message>
    <message>
        <source>A list template needs at least one item.</source>
        <translation>清单模板至少应有一个事项。</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>请至少选择一个单位。</translation>
    </message>
    <message>
        <source>Say which unit or cadre was inspected.</source>
        <translation>请指明被检查的单位或干部。</translation>
    </message>
    <message>
        <source>The rectification deadline cannot come before the inspection.</source>
        <translation>整改期限不能早于检查日期。</translation>
    </message>
    <message>
        <source>The result cannot come before the inspection.</source>
        <translation>整改完成日期不能早于检查日期。</translation>
    </message>
    <message>
        <source>A membership cannot end ({end}) before it starts ({start}).</source>
        <translation>成员任职的结束日期（{end}）不能早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>A post cannot end ({end}) before it starts ({start}).</source>
        <translation>职务的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{date} is not plausible: it must lie between 1900 and today.</source>
        <translation>{date} 不合理：应在1900年至今天之间。</translation>
    </message>
    <message>
        <source>A post starting on {start} would begin before the cadre was 16.</source>
        <translation>任职日期 {start} 早于该干部年满16周岁之日。</translation>
    </message>
    <message>
        <source>The birth date {date} differs from the one in the ID number ({id_date}).</source>
        <translation>出生日期 {date} 与身份证号中的出生日期（{id_date}）不一致。</translation>
    </message>
    <message>
        <source>The sex differs from the one the ID number shows.</source>
        <translation>性别与身份证号显示的性别不一致。</translation>
    </message>
    <message>
        <source>Give a number from 0 to {limit}.</source>
        <translation>请填写 0 至 {limit} 之间的数字。</translation>
    </message>
    <message>
        <source>A clue cannot be concluded before it was received.</source>
        <translation>线索的办结日期不能早于受理日期。</translation>
    </message>
    <message>
        <source>A clue that is only held has no result yet: choose how it was handled.</source>
        <translation>处置方式为“暂存”的线索尚无结果：请选择处置方式。</translation>
    </message>
    <message>
        <source>Give the time as hours and minutes, e.g. 09:30 ({text} given).</source>
        <translation>请按时、分填写时间，例如 09:30（已填写 {text}）。</translation>
    </message>
    <message>
        <source>{date} is not plausible: a talk recorded here has taken place, so it lies between 1900 and today.</source>
        <translation>{date} 不合理：此处登记的谈话均已进行，日期应在1900年至今天之间。</translation>
    </message>
    <message>
        <source>Say who was talked to: choose a cadre or type the name.</source>
        <translation>请指明谈话对象：选择一名干部或输入姓名。</translation>
    </message>
    <message>
        <source>Choose the unit of the person talked to.</source>
        <translation>请选择谈话对象的单位。</translation>
    </message>
    <message>
        <source>The talk cannot end ({end}) before it starts ({start}).</source>
        <translation>谈话的结束时间（{end}）不能早于开始时间（{start}）。</translation>
    </message>
    <message>
        <source>The rectification deadline cannot come before the talk.</source>
        <translation>整改期限不能早于谈话日期。</translation>
    </message>
    <message>
        <source>The follow-up cannot come before the talk.</source>
        <translation>回访日期不能早于谈话日期。</translation>
    </message>
    <message>
        <source>Give the date of the follow-up its note reports.</source>
        <translation>已填写回访情况，请填写回访日期。</translation>
    </message>
    <message>
        <source>A follow-up with its result cannot lie in the future.</source>
        <translation>已有回访情况的回访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose who attended the meeting.</source>
        <translation>请选择出席会议的人员。</translation>
    </message>
    <message>
        <source>At most {limit} attendees can be recorded ({n} given).</source>
        <translation>最多可记录 {limit} 名出席人员（现为 {n} 名）。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed PDF</source>
        <translation>核验已签发的 PDF</translation>
    </message>
    <message>
        <source>Choose a PDF, or drop it here. The program compares it byte for byte with the signed documents kept in the database; the verification code in its footer names the document it claims to be.</source>
        <translation>选择一个 PDF，或将其拖放到此处。程序将其与数据库中保存的已签发文书逐字节比对；页脚的核验码表明它声称是哪一份文书。</translation>
    </message>
    <message>
        <source>&amp;Choose a PDF…</source>
        <translation>选择 PDF(&amp;C)…</translation>
    </message>
    <message>
        <source>Drop a PDF here</source>
        <translation>将 PDF 拖放到此处</translation>
    </message>
    <message>
        <source>&amp;Show the document</source>
        <translation>显示该文书(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a PDF to verify</source>
        <translation>选择要核验的 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>文件：{file}</translation>
    </message>
    <message>
        <source>The file could not be checked: {reason}</source>
        <translation>无法核验该文件：{reason}</translation>
    </message>
    <message>
        <source>Genuine: this is exactly the signed document {label}.</source>
        <translation>核验通过：与已签发文书 {label} 完全一致。</translation>
    </message>
    <message>
        <source>Signed by {name} on {date}; verification code {code}.</source>
        <translation>{name} 于 {date} 签发；核验码 {code}。</translation>
    </message>
    <message>
        <source>Note: it has been superseded by a newer version.</source>
        <translation>注意：该文书已被新版本替代。</translation>
    </message>
    <message>
        <source>Not a signed document of this office as it was issued.</source>
        <translation>核验未通过：不是本单位签发时的原件。</translation>
    </message>
    <message>
        <source>Its footer names {label}; the file differs from it.</source>
        <translation>其页脚标明为 {label}，但文件与之不一致。</translation>
    </message>
    <message>
        <source>Warning: the copy kept in the database no longer matches its recorded fingerprint. Tell the administrator.</source>
        <translation>警告：数据库中保存的副本与记录的指纹不再一致。请告知系统管理员。</translation>
    </message>
    <message>
        <source>SHA-256 of the file: {hash}</source>
        <translation>文件的 SHA-256：{hash}</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>YearEndDialog</name>
    <message>
        <source>Year-end report</source>
        <translation>年终履责情况</translation>
    </message>
    <message>
        <source>{title} — {holder}</source>
        <translation>{title}——{holder}</translation>
    </message>
    <message>
        <source>e.g. 好, 较好, 一般 or 差</source>
        <translation>例如：好、较好、一般、差</translation>
    </message>
    <message>
        <source>&amp;Self-report</source>
        <translation>履责自评(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Assessment result</source>
        <translation>考核结果(&amp;A)</translation>
    </message>
    <message>
        <source>Self-report</source>
        <translation>履责自评</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>考核结果</translation>
    </message>
</context>
</TS>
