# HW: update BatchNorm running statistics by hand (momentum 0.1, unbiased var)
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(2)
x = torch.randn(6, 2) * 3 + 1
bn(x)
mean_hat = 0.9 * torch.zeros(2) + 0.1 * x.mean(0)
var_hat = 0.9 * torch.ones(2) + 0.1 * x.var(0, unbiased=True)
torch.testing.assert_close(bn.running_mean, mean_hat)
torch.testing.assert_close(bn.running_var, var_hat)
print("running stats: PASS")
print(bn.running_mean, bn.running_var, sep="\n")
