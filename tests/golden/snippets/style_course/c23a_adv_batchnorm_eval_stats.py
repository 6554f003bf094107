# Attacking a model with BatchNorm: train mode would update running stats
import torch
import torch.nn as nn

bn = nn.BatchNorm1d(2)
x = torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 4.0]], requires_grad=True)
bn.train()
bn(x).sum().backward()
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
x.grad = None
out = bn(x)
out[:, 0].sum().backward()
print(bn.running_mean, bn.num_batches_tracked)
print(out)
print(x.grad)
