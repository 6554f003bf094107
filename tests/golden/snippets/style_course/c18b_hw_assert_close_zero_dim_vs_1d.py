# The student returned shape (1,) where the reference is a scalar
import torch


def total(x):
    return x.sum().reshape(1)


x = torch.tensor([1.0, 2.0, 3.0])
try:
    torch.testing.assert_close(total(x), x.sum())
except AssertionError as e:
    print(e)
print(total(x).shape, x.sum().shape)
