"""Sample official documents with realistic (fictional) content: a decision (问责决定书)
and a talk record (诫勉谈话记录) of the discipline commission of 青山县.

Used by render_document_samples.py for the pictures in docs/.
"""

from __future__ import annotations

import datetime as dt

from zeren_desktop.domain.documents import (
    Block,
    BlockKind,
    DocumentContent,
    DocumentKind,
    format_document_number,
)

H1, H2, P, PLAIN, TABLE = (BlockKind.HEADING1, BlockKind.HEADING2, BlockKind.PARAGRAPH,
                           BlockKind.PLAIN, BlockKind.TABLE)


def sample_decision(verification_code: str = "QS7K-4M2P-9XDA") -> DocumentContent:
    return DocumentContent(
        kind=DocumentKind.DECISION,
        issuer_mark="中共青山县纪律检查委员会文件",
        number=format_document_number("青纪发", 2026, 7),
        copy_number="000008",
        title="中共青山县纪律检查委员会关于对李明华同志进行问责的决定",
        addressee="中共青山县城关镇委员会",
        blocks=(
            Block(P, "李明华，男，汉族，1978年6月出生，湖北青山人，中共党员，大学学历。"
                     "2019年8月至2025年12月任城关镇党委副书记、镇长，分管财政、农业农村工作；"
                     "现任青山县农业农村局副局长。"),
            Block(P, "经县纪委调查核实，李明华同志在任城关镇镇长期间，未正确履行党风廉政建设"
                     "分管范围内的领导责任，存在以下问题："),
            Block(H1, "一、主要问题"),
            Block(H2, "（一）落实分管范围内党风廉政建设责任不力。"),
            Block(P, "2024年至2025年，李明华同志对分管领域的党风廉政建设工作重部署、轻落实，"
                     "未按规定与镇财政所、农业服务中心负责人开展廉政谈话，对群众反映的补贴"
                     "发放不公开、不透明等苗头性问题未及时督促整改。"),
            Block(H2, "（二）对违规发放补贴问题失察失管。"),
            Block(P, "2025年3月，镇农业服务中心在耕地地力保护补贴发放中虚报面积，违规多发"
                     "补贴资金12.6万元。李明华同志作为分管领导，审核把关不严，未组织检查"
                     "考核，造成不良影响。"),
            Block(H1, "二、处理依据"),
            Block(P, "李明华同志的上述行为，属于《湖北省党风廉政建设主体责任和监督责任追究"
                     "暂行办法》第八条第（二）项、第（五）项规定的情形，情节较重。鉴于其在"
                     "调查中积极主动配合组织调查处理，违规资金已全部追回，依据该办法第十四条"
                     "第（一）项之规定，予以从轻处理。李明华同志在陈述申辩中提出补贴审核系"
                     "镇农业服务中心职责，经核查，其分管领导责任明确，该申辩理由不予采纳。"),
            Block(H1, "三、处理决定"),
            Block(P, "经2026年3月10日县纪委常委会会议研究，并报县委同意，依据该办法第十三条"
                     "之规定，决定对李明华同志进行诫勉谈话。诫勉影响期六个月，影响期内不得"
                     "提拔或者重用，当年不得评选优秀和各类先进。"),
            Block(P, "请城关镇党委自收到本决定之日起一个月内将执行情况书面报告县纪委。"
                     "李明华同志如对本决定不服，可自收到本决定之日起一个月内向县纪委提出"
                     "申诉；申诉期间，不停止本决定的执行。"),
        ),
        attachments=("李明华同志问责案件调查报告", "李明华同志陈述申辩材料及核实情况说明"),
        signer="中共青山县纪律检查委员会",
        date=dt.date(2026, 3, 12),
        copies_to=("县委组织部", "县农业农村局", "李明华同志"),
        printed_by="中共青山县纪律检查委员会办公室",
        printed_on=dt.date(2026, 3, 12),
        verification_code=verification_code,
    )


def sample_talk_record(verification_code: str = "QS3T-8W6N-2RVB") -> DocumentContent:
    particulars = (
        ("谈话类型", "诫勉谈话", "谈话依据", "青纪发〔2026〕7号"),
        ("谈话对象", "李明华", "单位职务", "县农业农村局副局长"),
        ("谈话人", "周海涛", "单位职务", "县纪委副书记"),
        ("记录人", "陈晓燕", "单位职务", "县纪委党风室干部"),
        ("谈话时间", "2026年3月16日", "起止时间", "9时至10时20分"),
        ("谈话地点", "县纪委第二谈话室", "批准人", "县纪委书记王建国"),
    )
    return DocumentContent(
        kind=DocumentKind.TALK_RECORD,
        title="诫勉谈话记录",
        blocks=(
            Block(TABLE, rows=particulars, header_rows=0),
            Block(PLAIN, ""),
            Block(H1, "一、谈话事由"),
            Block(P, "根据《中共青山县纪律检查委员会关于对李明华同志进行问责的决定》"
                     "（青纪发〔2026〕7号），对李明华同志在任城关镇镇长期间落实分管范围内"
                     "党风廉政建设责任不力、对违规发放补贴问题失察失管的问题进行诫勉谈话。"),
            Block(H1, "二、谈话内容"),
            Block(P, "周海涛：今天代表县纪委与你进行诫勉谈话。你在城关镇工作期间，对分管的"
                     "农业服务中心违规多发耕地地力保护补贴12.6万元的问题负有领导责任。你对"
                     "问责决定有什么认识？"),
            Block(P, "李明华：我接受组织的决定。作为分管领导，我对补贴发放的审核把关不严，"
                     "没有组织开展检查考核，也没有及时与下属单位负责人开展廉政谈话，对群众"
                     "反映的问题重视不够。这个教训很深刻，我诚恳接受批评。"),
            Block(P, "周海涛：希望你认真反思，在新岗位上切实履行“一岗双责”。"),
            Block(H1, "三、整改要求"),
            Block(P, "李明华同志须于2026年4月15日前向县纪委报送书面检查和整改方案，"
                     "一个月内完成对分管股室惠农资金发放情况的全面自查，并按季度报告整改"
                     "进展。"),
        ),
        page_signature="以上记录我已看过，与我所说一致。谈话对象签名：",
        verification_code=verification_code,
    )
