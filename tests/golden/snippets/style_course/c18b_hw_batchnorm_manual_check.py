# HW: implement batch norm forward (training mode) and compare
import torch
import torch.nn as nn


def my_batchnorm(x, eps=1e-5):
    mean = x.mean(dim=0)
    var = x.var(dim=0)  # student used the unbiased variance
    return (x - mean) / torch.sqrt(var + eps)


torch.manual_seed(0)
x = torch.randn(4, 3)
ref = nn.BatchNorm1d(3, affine=False)(x)
try:
    torch.testing.assert_close(my_batchnorm(x), ref)
except AssertionError as e:
    print(e)
