# Autograder: student forgot keepdim=True
import torch


def row_sums(m):
    return m.sum(dim=1)


m = torch.arange(6.0).reshape(2, 3)
expected = m.sum(dim=1, keepdim=True)
try:
    torch.testing.assert_close(row_sums(m), expected)
except AssertionError as e:
    print(e)
print(torch.allclose(row_sums(m), expected))
