# nn.BatchNorm1d in training and eval mode, and its running statistics.
import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
print(bn)
X = torch.randn(8, 3) * 2 + 5
Y = bn(X)
print(Y.mean(dim=0).abs().max() < 1e-5, Y.grad_fn)
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)
bn.eval()
print(bn(X)[:2])
print(list(bn.state_dict().keys()))
