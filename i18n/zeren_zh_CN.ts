<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountRole</name>
    <message>
        <location filename="../zeren_desktop/domain/security.py" line="+28"/>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader (approver)</source>
        <translation>领导（审批人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../zeren_desktop/services/auth.py" line="+37"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../zeren_desktop/ui/app.py" line="+127"/>
        <source>The database could not be opened.

{reason}

Database: {location}</source>
        <translation>无法打开数据库。

{reason}

数据库：{location}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <location filename="../zeren_desktop/ui/dialogs/cadre_dialog.py" line="+82"/>
        <source>Edit cadre</source>
        <translation>编辑干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>18 characters; fills in birth date and sex</source>
        <translation>18位，自动填写出生日期和性别</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Party standing</source>
        <translation>政治面貌(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rank</source>
        <translation>职级(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+63"/>
        <source>Post title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Portfolio</source>
        <translation>分管工作</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+63"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Add post</source>
        <translation>添加职务(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a unit first.</source>
        <translation>请先添加单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move post</source>
        <translation>删除职务(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep earlier posts with their end date: accountability follows the person.</source>
        <translation>以前的职务请保留并填写结束日期：责任追究不因调离而免除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party standing</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Current</source>
        <translation>至今</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Post {n}, {field}</source>
        <translation>第{n}项职务，{field}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <location filename="../zeren_desktop/ui/models.py" line="+27"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../zeren_desktop/services/demo.py" line="+55"/>
        <source>Demo data needs an empty database; this one holds {units} units and {cadres} cadres.</source>
        <translation>演示数据只能载入空数据库；此数据库已有 {units} 个单位、{cadres} 名干部。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../zeren_desktop/ui/first_run.py" line="+28"/>
        <source>Welcome to Zeren Desktop</source>
        <translation>欢迎使用责任台账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The database is empty.&lt;/p&gt;&lt;p&gt;You can load a fictional demo county (townships, departments and a few hundred cadres) to try the program, or start with an empty database and enter your own units.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库是空的。&lt;/p&gt;&lt;p&gt;可以载入一个虚构的演示县（含乡镇、县直部门和数百名干部）试用本程序，也可以从空数据库开始，录入本地的单位。&lt;/p&gt;&lt;p&gt;数据库：{location}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load the &amp;demo county</source>
        <translation>载入演示县数据(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an &amp;empty database</source>
        <translation>从空数据库开始(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../zeren_desktop/domain/identity.py" line="+37"/>
        <source>An ID number has 18 characters; this one has {n}.</source>
        <translation>身份证号应为18位，此号码为{n}位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birth date inside the ID number ({date}) does not exist.</source>
        <translation>身份证号中的出生日期（{date}）不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birth date inside the ID number ({date}) is impossible.</source>
        <translation>身份证号中的出生日期（{date}）不可能成立。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check character of the ID number is wrong; please check every digit.</source>
        <translation>身份证号的校验码不正确，请逐位核对。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A unified social credit code has 18 characters; this one has {n}.</source>
        <translation>统一社会信用代码应为18位，此代码为{n}位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A unified social credit code cannot contain {chars}.</source>
        <translation>统一社会信用代码不能包含 {chars}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check character of the credit code is wrong; please check it.</source>
        <translation>统一社会信用代码的校验码不正确，请核对。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../zeren_desktop/ui/main_window.py" line="+42"/>
        <source>Units &amp; cadres</source>
        <translation>单位与干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger</source>
        <translation>履责纪实台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duty ledger (履责纪实) of every leader: one entry per event in the nine must-record categories, with the quarterly ledger book for printing.</source>
        <translation>每位领导干部的履责纪实台账：按“九必记”分类逐事登记，每季度可打印纸质台账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsibility lists</source>
        <translation>责任清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The yearly responsibility lists of party committees, discipline commissions and their members, and the signed responsibility letters.</source>
        <translation>党委（党组）、纪委（纪检组）及其成员每年的责任清单，以及签订的责任书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clues</source>
        <translation>问题线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration and handling of problem clues from petitions, inspections, audits, tours and higher-level referrals.</source>
        <translation>登记和处置来自信访举报、监督检查、巡察、审计和上级交办等渠道的问题线索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accountability cases</source>
        <translation>问责案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountability cases from opening to decision: subjects, findings, circumstances under the regulations, measures, appeals and influence periods.</source>
        <translation>问责案件从立项到决定的全过程：问责对象、查明事实、适用情形、问责方式、申诉和影响期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>量化考核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The yearly quantitative assessment of units: indicators, scores and rankings.</source>
        <translation>对各单位的年度量化考核：考核指标、评分和排名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly and yearly statistics of ledgers, clues and accountability cases, and merging the data of the townships.</source>
        <translation>台账、线索和问责案件的月度、年度统计，以及汇总各乡镇的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official documents (文书) with document numbers and sign-off, printed in the national format.</source>
        <translation>按国家公文格式制作和打印文书，含文号和签发。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Zeren Desktop</source>
        <translation>关于责任台账(&amp;A)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Zeren Desktop — {office}</source>
        <translation>责任台账 — {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units: {units}   Cadres: {cadres}</source>
        <translation>单位：{units}&#x3000;干部：{cadres}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Zeren Desktop</source>
        <translation>关于责任台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Zeren Desktop {version}&lt;/h3&gt;&lt;p&gt;Responsibility ledgers, clues and accountability cases for county and township discipline-inspection offices. Works offline; the data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;责任台账 {version}&lt;/h3&gt;&lt;p&gt;供县、乡镇纪委使用的履责纪实台账、问题线索和问责案件管理程序。无需联网，数据只保存在本机。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../zeren_desktop/domain/text.py" line="+45"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../zeren_desktop/storage/migrate.py" line="+64"/>
        <source>This file holds tables but is not a Zeren Desktop database. It was left unchanged.</source>
        <translation>此文件含有数据表，但不是责任台账的数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was written by a newer version of the program (schema {rev}). Please install the newer version; the database was left unchanged.</source>
        <translation>此数据库由更新版本的程序写入（结构版本 {rev}）。请安装新版本程序；数据库未作任何改动。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../zeren_desktop/ui/pages/placeholder.py" line="+20"/>
        <source>This area is not available in this version of Zeren Desktop.</source>
        <translation>本版本尚未提供此功能。</translation>
    </message>
</context>
<context>
    <name>Rank</name>
    <message>
        <location filename="../zeren_desktop/domain/enums.py" line="+68"/>
        <source>County/division level</source>
        <translation>县处级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township/section level</source>
        <translation>乡科级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General cadre</source>
        <translation>一般干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../zeren_desktop/services/base.py" line="+36"/>
        <source>Your role does not allow this ({operation}).</source>
        <translation>您的角色无权执行此操作（{operation}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record belongs to another township; your account cannot open it.</source>
        <translation>此记录属于其他乡镇，您的账号无权查看。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{table}: {n}</source>
        <translation>{table} {n} 条</translation>
    </message>
    <message>
        <location filename="../zeren_desktop/services/cadres.py" line="+22"/>
        <location filename="../zeren_desktop/services/teams.py" line="+21"/>
        <source>The cadre was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该干部，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../zeren_desktop/services/auth.py" line="-2"/>
        <source>The user account was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该用户账号，可能已被删除。</translation>
    </message>
    <message>
        <location line="+196"/>
        <location filename="../zeren_desktop/services/cadres.py" line="+1"/>
        <location filename="../zeren_desktop/services/teams.py" line="-2"/>
        <location filename="../zeren_desktop/services/units.py" line="+22"/>
        <source>The unit was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该单位，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../zeren_desktop/services/teams.py" line="-2"/>
        <source>The leadership team was not found; it may have been deleted meanwhile.</source>
        <translation>找不到该领导班子，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../zeren_desktop/ui/pages/settings_page.py" line="+38"/>
        <source>A new language takes effect after a restart.</source>
        <translation>更改界面语言后需重启程序才生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. the county discipline commission</source>
        <translation>例如：××县纪委监委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office name</source>
        <translation>本机构名称(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. The new language takes effect after a restart.</source>
        <translation>已保存。新的界面语言在重启程序后生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../zeren_desktop/domain/enums.py" line="+3"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../zeren_desktop/services/base.py" line="-75"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leadership teams</source>
        <translation>领导班子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team memberships</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user accounts</source>
        <translation>用户账号</translation>
    </message>
</context>
<context>
    <name>TeamKind</name>
    <message>
        <location filename="../zeren_desktop/domain/enums.py" line="+3"/>
        <source>Party committee (leading group)</source>
        <translation>党委(党组)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discipline commission (inspection group)</source>
        <translation>纪委(纪检组)</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <location line="+3"/>
        <source>Principal leader</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy</source>
        <translation>副职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>班子成员</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../zeren_desktop/ui/dialogs/unit_dialog.py" line="+70"/>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(top level)</source>
        <translation>（顶级单位）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>18 characters, optional</source>
        <translation>18位，可不填</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent unit</source>
        <translation>上级单位(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../zeren_desktop/domain/enums.py" line="-24"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County department</source>
        <translation>县直部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State enterprise or institution</source>
        <translation>国企、事业单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>UnitsCadresPage</name>
    <message>
        <location filename="../zeren_desktop/ui/pages/units_cadres.py" line="+64"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add top-level unit</source>
        <translation>新增顶级单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add sub-unit</source>
        <translation>新增下级单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Edit the selected unit (F2)</source>
        <translation>编辑选中的单位（F2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Delete the selected unit (Del)</source>
        <translation>删除选中的单位（Del）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Units&lt;/b&gt;</source>
        <translation>&lt;b&gt;单位&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search name, ID number, unit or post</source>
        <translation>搜索姓名、身份证号、单位或职务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only cadres of the selected unit</source>
        <translation>只显示选中单位的干部</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cadre (Ctrl+N)</source>
        <translation>新增干部（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the selected cadre (Enter)</source>
        <translation>编辑选中的干部（Enter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected cadre (Del)</source>
        <translation>删除选中的干部（Del）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cadres&lt;/b&gt;</source>
        <translation>&lt;b&gt;干部&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the unit “{name}”? This cannot be undone.</source>
        <translation>确定删除单位“{name}”吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The unit “{name}” was not deleted.</source>
        <translation>单位“{name}”未删除。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cadres: {shown} of {n} shown; narrow the search</source>
        <translation>共 {n} 名干部，仅显示前 {shown} 名，请缩小搜索范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cadres: {n}</source>
        <translation>共 {n} 名干部</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Delete cadre</source>
        <translation>删除干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the cadre “{name}” with all their posts? This cannot be undone.</source>
        <translation>确定删除干部“{name}”及其全部任职经历吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cadre “{name}” was not deleted.</source>
        <translation>干部“{name}”未删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zeren Desktop</source>
        <translation>责任台账</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../zeren_desktop/domain/records.py" line="+46"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most {limit} characters are allowed here ({n} given).</source>
        <translation>此处最多允许 {limit} 个字符（已输入 {n} 个）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date {date} is not plausible: it must lie between 1900 and today.</source>
        <translation>日期 {date} 不合理：应在1900年至今天之间。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A post cannot end ({end}) before it starts ({start}).</source>
        <translation>职务的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A post starting on {start} would begin before the cadre was 16.</source>
        <translation>任职日期 {start} 早于该干部年满16周岁之日。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The birth date {date} differs from the one in the ID number ({id_date}).</source>
        <translation>出生日期 {date} 与身份证号中的出生日期（{id_date}）不一致。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sex differs from the one the ID number shows.</source>
        <translation>性别与身份证号显示的性别不一致。</translation>
    </message>
</context>
</TS>
