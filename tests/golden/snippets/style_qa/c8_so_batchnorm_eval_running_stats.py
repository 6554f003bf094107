# Q: different outputs in train vs eval with BatchNorm; what running_mean / running_var hold after steps.
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
x = torch.randn(8, 3) * 2 + 5
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
out_train = bn(x)
print(bn.running_mean, bn.running_var)
print(out_train.mean(0).abs().max() < 1e-5, out_train.var(0, unbiased=False))
bn.eval()
out_eval = bn(x)
print(out_eval[:2])
manual = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps) * bn.weight + bn.bias
print(torch.allclose(out_eval, manual, atol=1e-6))
bn.reset_running_stats()
print(bn.running_mean, bn.num_batches_tracked)
bn2 = nn.BatchNorm1d(3, momentum=None)
bn2(x); bn2(x * 2)
print(bn2.running_mean, bn2.num_batches_tracked)
print(bn.state_dict().keys())
