# BatchNorm1d: running mean/var after a few training batches, num_batches_tracked, then eval-mode outputs.
import torch
import torch.nn as nn

torch.manual_seed(13)
bn = nn.BatchNorm1d(3, momentum=0.2)
print(bn, bn.running_mean, bn.running_var)
for _ in range(3):
    xb = torch.randn(6, 3) * 2 + 1
    out = bn(xb)
print(out.mean(0), out.var(0, unbiased=False))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
x = torch.tensor([[0.0, 1.0, 2.0], [1.0, 1.0, 1.0]])
print(bn(x))
manual = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps)
print(torch.allclose(manual, bn(x)), out.grad_fn)
print(bn.state_dict().keys())
try:
    nn.BatchNorm1d(3).train()(torch.randn(1, 3))
except ValueError as e:
    print(e)
