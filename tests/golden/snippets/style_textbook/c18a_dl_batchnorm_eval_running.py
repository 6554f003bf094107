# BatchNorm1d in eval mode uses the running statistics, not the batch ones
import torch
from torch import nn

torch.manual_seed(1)
bn = nn.BatchNorm1d(2, momentum=0.5)
for _ in range(3):
    bn(torch.randn(16, 2) * 3 + 5)
print(bn.running_mean, bn.running_var)
bn.eval()
x = torch.tensor([[5.0, 5.0]])
print(bn(x))
manual = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps) * bn.weight + bn.bias
print(manual)
bn.train()
try:
    bn(x)
except ValueError as e:
    print(e)
