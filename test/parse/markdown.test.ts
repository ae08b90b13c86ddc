import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';

describe('parseMarkdown', () => {
  it('builds a heading tree with lines and pointers', () => {
    const doc = parseMarkdown('# Contoso\nintro\n## Supported Operations\n### Get item\ntext\n## Known Issues and Limitations\n');
    expect(doc.headings).toHaveLength(1);
    const [top] = doc.headings;
    expect(top!.children.map((h) => h.text)).toEqual(['Supported Operations', 'Known Issues and Limitations']);
    const getItem = top!.children[0]!.children[0]!;
    expect(getItem).toMatchObject({ level: 3, text: 'Get item', line: 4, endLine: 5, pointer: '/Contoso/Supported Operations/Get item' });
    expect(top!.children[0]!.endLine).toBe(5);
  });

  it('ignores headings inside fenced code and reads setext headings and closing hashes', () => {
    const doc = parseMarkdown('Title\n=====\n```\n# not a heading\n```\n## Publisher: Ada ##\nSub\n---\n');
    expect(doc.allHeadings.map((h) => [h.level, h.text, h.line])).toEqual([
      [1, 'Title', 1],
      [2, 'Publisher: Ada', 6],
      [2, 'Sub', 7],
    ]);
  });

  it('reads a one-line ```code``` as inline code, not as a fence opening (Cyberday readme)', () => {
    const doc = parseMarkdown(
      '## Deploying the connector\n```paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json```\n## Known Issues\nNone.\n',
    );
    expect(doc.allHeadings.map((h) => h.text)).toEqual(['Deploying the connector', 'Known Issues']);
  });

  it('closes a fence only with a bare run of its character', () => {
    const doc = parseMarkdown('```\n```json\n# inside\n```\n## After\n');
    expect(doc.allHeadings.map((h) => [h.text, h.line])).toEqual([['After', 5]]);
  });

  it('escapes slashes in heading pointers', () => {
    const doc = parseMarkdown('## Input/Output');
    expect(doc.allHeadings[0]!.pointer).toBe('/Input~1Output');
  });

  it('reads a hundred thousand headings', () => {
    const doc = parseMarkdown('# h\n'.repeat(100_000));
    expect(doc.allHeadings).toHaveLength(100_000);
  });
});

describe('lines that look like headings without the space', () => {
  it('are paragraphs, listed apart with their marks and line, outside code fences only', () => {
    const document = parseMarkdown('# Title\n\n##Publisher: Jane Doe\n\n```\n##Prerequisites\n```\n## Real\n#hashtag');
    expect(document.allHeadings.map((h) => h.text)).toEqual(['Title', 'Real']);
    expect(document.unspacedHeadings).toEqual([
      { marks: '##', text: 'Publisher: Jane Doe', line: 3 },
      { marks: '#', text: 'hashtag', line: 9 },
    ]);
  });
});
