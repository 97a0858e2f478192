import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { marketList, marketsProblem, shipDateProblem } from '../src/planInputs';
import { planParams, planRequest } from '../src/planRequest';

test('market lists are codes separated by commas', () => {
  for (const good of ['CN', 'CN,DE,KR', ' CN , DE ', 'EU']) {
    assert.equal(marketsProblem(good), undefined, good);
  }
  for (const bad of ['', 'CN,', 'CN DE', 'CN;DE', '1X']) {
    assert.ok(marketsProblem(bad) !== undefined, bad);
  }
  assert.deepEqual(marketList(' CN , DE,KR '), ['CN', 'DE', 'KR']);
});

test('ship dates are calendar days written YYYY-MM-DD', () => {
  for (const good of ['2027-06-01', '2028-02-29', ' 2027-12-31 ']) {
    assert.equal(shipDateProblem(good), undefined, good);
  }
  for (const bad of ['', '2027-6-1', '01.06.2027', '2027-02-30', '2027-13-01', '2027-06-01T00:00']) {
    assert.ok(shipDateProblem(bad) !== undefined, bad);
  }
});

test('the command asks certlang/plan for the product, the markets as a list and the ship date as typed', () => {
  assert.equal(planRequest.method, 'certlang/plan');
  assert.deepEqual(planParams('file:///work/kettle.json', ' CN , DE', ' 2027-06-01 '), {
    product: 'file:///work/kettle.json',
    markets: ['CN', 'DE'],
    ship: '2027-06-01',
  });
});
