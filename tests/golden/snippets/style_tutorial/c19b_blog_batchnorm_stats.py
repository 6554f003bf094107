# BatchNorm explained: running statistics
import torch
import torch.nn as nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
x = torch.randn(10, 3) * 2 + 5
out = bn(x)
print(f"batch mean: {out.mean(0)}")
print(f"batch std:  {out.std(0, unbiased=False)}")
print("running_mean:", bn.running_mean)
print("running_var:", bn.running_var)
print("num_batches_tracked:", bn.num_batches_tracked)
bn.eval()
print(bn(x[:2]))
