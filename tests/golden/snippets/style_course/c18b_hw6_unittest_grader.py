# A unittest-based autograder for HW2 (results printed, not the runner's timing)
import unittest

import torch


def student_l2_normalize(x):
    return x / x.norm(dim=-1, keepdim=True)


class TestNormalize(unittest.TestCase):
    def test_unit_norm(self):
        out = student_l2_normalize(torch.tensor([[3.0, 4.0], [1.0, 0.0]]))
        torch.testing.assert_close(out.norm(dim=-1), torch.ones(2))

    def test_zero_vector(self):
        out = student_l2_normalize(torch.zeros(1, 2))
        self.assertFalse(torch.isnan(out).any(), "zero vector gives NaN")

    def test_shape(self):
        self.assertEqual(student_l2_normalize(torch.ones(4, 3)).shape, (4, 3))


suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestNormalize)
result = unittest.TestResult()
suite.run(result)
print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
for test, trace in result.failures:
    print(test.id().split(".")[-1], "->", trace.strip().splitlines()[-1])
