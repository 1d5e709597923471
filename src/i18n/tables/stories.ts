// Map stories; merged into the one table in ../strings.ts.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const storiesZh = {
  'story.label': '地图故事',
  'story.previous': '上一步',
  'story.next': '下一步',
  'story.position': '第 {step} 步，共 {count} 步',
  'story.add': '把当前视图添加为一步',
  'story.stepText': '这一步的文字',
  'story.remove': '删除第 {step} 步',
  'story.steps': '地图故事（{count} 步）：读者用按钮、方向键或滑动逐步浏览',
} as const;

export const storiesEn: Record<keyof typeof storiesZh, string> = {
  'story.label': 'Map story',
  'story.previous': 'Previous step',
  'story.next': 'Next step',
  'story.position': 'Step {step} of {count}',
  'story.add': 'Add this view as a step',
  'story.stepText': "This step's text",
  'story.remove': 'Remove step {step}',
  'story.steps': 'Map story ({count} steps): readers step through with buttons, arrow keys or swipes',
};
