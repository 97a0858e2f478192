import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { saveAndBuild, saveQuestion } from '../src/unsavedFiles';

test('Build Pack asks before saving, naming a few files or counting many', () => {
  assert.equal(
    saveQuestion('examples', ['china.cert', 'eu.cert']),
    'CertLang: Build Pack reads examples from disk. Save the unsaved changes to china.cert, eu.cert first, then build?',
  );
  assert.match(saveQuestion('examples', ['a.cert', 'b.cert', 'c.cert', 'd.cert']), /Save the unsaved changes to 4 \.cert files first/);
  assert.equal(saveAndBuild, 'Save and Build');
});
