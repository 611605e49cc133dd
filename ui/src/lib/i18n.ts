// The UI's message catalogue: every word the user sees, in Simplified Chinese. Another locale is another object of
// the same shape. The larger views keep their messages in ./messages/*.ts, gathered here.
import { boards } from "./messages/boards";
import { writeup } from "./messages/writeup";

export const zhCN = {
  writeup,
  boards,
  appName: "展板工坊",
  tagline: "把照片和文稿排成展板，导出印刷用 PDF",
  newProject: "新建项目",
  projectName: "项目名称",
  projectNamePlaceholder: "例如：2024 模范机关建设成果展",
  defaultProjectName: "我的展览",
  saveIn: "保存位置",
  exhibitionTitle: "展览标题",
  exhibitionTitleHint: "印在展标和每块展板的页眉上；不填则用项目名称",
  organiser: "主办单位",
  organiserPlaceholder: "例如：中共××市直机关工委（可不填）",
  exhibitionDate: "日期",
  exhibitionDatePlaceholder: "例如：2024年6月（可不填）",
  change: "更改…",
  create: "创建",
  creating: "正在创建…",
  openProject: "打开项目…",
  errorDetails: "详细信息",
  readOnly:
    "只读打开：这个项目文件或它所在的文件夹、光盘、U 盘不允许写入。可以查看和导出展板，不能修改；要编辑，请把项目文件复制到“文档”等可写的文件夹后再打开。",
  recentProjects: "最近的项目",
  noRecent: "还没有打开过项目。新建一个，或打开已有的 .zhanban 项目文件。",
  missingFile: "文件已不存在",
  projectFilter: "展板工坊项目",
  chooseFolder: "选择项目保存位置",
  chooseProject: "打开项目文件",
  nameRequired: "请填写项目名称。",
  backToStart: "返回首页",
  photos: "照片",
  emptyTitle: "从这里开始",
  emptyHint: "把照片或整个文件夹从资源管理器拖进窗口，再粘贴或导入文稿（.docx、.txt）。展板工坊会自动排版。",
  importPhotos: "导入照片…",
  importWriteUp: "导入文稿…",
  photoFilter: "照片",
  writeUpFilter: "文稿（.docx .txt .md .html）",
  importing: (done: number, total: number, current: string) => `正在导入 ${done}/${total}：${current}`,
  cancel: "取消",
  importDone: (added: number, dup: number, failed: number) =>
    `导入完成：新照片 ${added} 张${dup ? `，重复 ${dup} 张（未再次保存）` : ""}${failed ? `，${failed} 个文件未能导入` : ""}。`,
  importCancelled: "导入已取消：已导入的照片都已保存。",
  failedFiles: "未能导入的文件",
  dropHere: "松开鼠标，导入这些照片和文稿",
  captionPlaceholder: "添加图片说明…",
  library: {
    filter: "筛选照片",
    filters: { all: "全部", unused: "未用在展板上", low: "分辨率偏低", uncaptioned: "没有说明" } as Record<string, string>,
    sort: "排序",
    sorts: { imported: "导入顺序", name: "文件名", taken: "拍摄时间" } as Record<string, string>,
    lowHint: "像素偏少（多见于微信转发的图片），印大了会发虚；请尽量换用原图。",
    slots: (n: number) => `文稿里有 ${n} 条图片说明还没有照片`,
    pickPhoto: "选一张照片…",
    putBack: "放回展板",
    putBackHint: "把这张照片排到展板上（在展板上按 Delete 拿下的，或自动挑选时没有用上的）",
    takeOff: "从展板上拿下",
    takeOffHint: "把这张照片从展板上拿下（照片仍留在这里，可随时放回；Ctrl+Z 可撤销）",
    notLaidOut: "打开“展板”或点这里后显示（需要先排版）",
    groups: { copies: (n: number) => `可能是同一张照片（${n} 份）`, burst: (n: number) => `连拍（${n} 张）` } as Record<string, (n: number) => string>,
    chosen: "用在展板上的一张",
    chosenHint: "这一组里用在展板上的一张（分辨率更高或更接近原图的一份，连拍里更清晰的一张）",
    copyOf: (name: string) => `可能与“${name}”重复`,
    burstOf: (name: string) => `与“${name}”是同一组连拍`,
    notSame: "不是同一张",
    notSameHint: "这两张其实不是同一张照片（或不是同一组连拍）：排版时两张都保留（Ctrl+Z 可撤销）",
    faces: (n: number) => (n > 0 ? `找到 ${n} 张人脸（裁切时会完整保留）` : "未找到人脸：标出的是画面主体的中心"),
  },
  noCaption: "无说明",
  pixels: (w: number, h: number) => `${w}×${h}`,
  colorModels: { rgb: "RGB 彩色", grey: "灰度", cmyk: "CMYK（印刷色）", ycck: "CMYK（YCCK）" } as Record<string, string>,
  photoDetails: (p: { file_name: string; width: number; height: number; format: string; color_model: string;
    has_icc: boolean; taken_at: string | null; camera: string | null }) =>
    [
      p.file_name,
      `${p.width}×${p.height} 像素（${((p.width * p.height) / 1e6).toFixed(1)} 百万像素），${p.format.toUpperCase()}`,
      `颜色：${zhCN.colorModels[p.color_model] ?? p.color_model}${p.has_icc ? "，含色彩配置文件" : ""}`,
      p.taken_at ? `拍摄时间：${p.taken_at.replace("T", " ")}` : null,
      p.camera ? `相机：${p.camera}` : null,
    ]
      .filter(Boolean)
      .join("\n"),
  /** First-run hints, one per view (closed once, never shown again). */
  firstRun: {
    boards:
      "可以直接在展板上修改：把照片拖到另一张照片上互换位置，拖到左侧列表的展板上移过去；拖照片右下角的小方块放大或缩小；按住 Alt 拖动照片调整裁切；双击文字直接修改（回车确认，Esc 取消）。每一步都能用 Ctrl+Z 撤销。",
    photos: "把照片或整个文件夹从资源管理器拖进窗口即可导入；照片下方可以直接填写图片说明。",
    writeups: "粘贴或导入文稿（.docx、.txt），文中的小标题、图片说明会被自动识别，排到展板上。",
  } as Record<string, string>,
  dismiss: "知道了",
  dismissHint: "关闭这条提示（以后不再显示）",
  unknownError: "出现了意外错误。请重试；如果问题依旧，请联系技术支持。",
  openedAt: (d: Date) => `上次打开：${d.toLocaleString("zh-CN", { hour12: false })}`,
  count: (n: number, unit: string) => `${n} ${unit}`,
};

export type Messages = typeof zhCN;
export const t: Messages = zhCN;
