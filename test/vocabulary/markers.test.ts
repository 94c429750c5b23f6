import { describe, expect, it } from 'vitest';
import { startsWithMarker } from '../../src/vocabulary/markers.js';

describe('row markers: one pattern for table rebuilding and borderless PDF tables', () => {
  it('knows the markers of the forms’ row labels', () => {
    const labels = [
      '一、主动公开情况',
      '（一）收到申请数',
      '(二)申请办结数',
      '1.当面申请数',
      '１．按时办结数',
      '2、网络申请数',
    ];
    expect(labels.map(startsWithMarker)).toEqual([true, true, true, true, true, true]);
    expect(['（1）规章', '(12)其他', '①属于国家秘密', '其中：主动公开规范性文件数'].map(startsWithMarker)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('is no marker in a number or plain label', () => {
    expect(['1.5万元', '2019年', '主动公开政府信息数', '行政复议'].map(startsWithMarker)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
