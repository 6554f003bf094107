# HW2 Q1 (student submission): softmax without the max shift
import torch


def my_softmax(x):
    return x.exp() / x.exp().sum(dim=-1, keepdim=True)


x = torch.tensor([[1.0, 2.0, 3.0], [100.0, 101.0, 102.0]])
try:
    torch.testing.assert_close(my_softmax(x), torch.softmax(x, dim=-1))
    print("PASS")
except AssertionError as e:
    print("FAIL")
    print(e)
