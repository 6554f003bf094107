# Moving average via unfold, cumsum and avg_pool1d
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 6.0, 4.0, 5.0, 3.0, 8.0])
k = 3
print(x.unfold(0, k, 1).mean(1))
c = torch.cumsum(torch.cat([torch.zeros(1), x]), 0)
print((c[k:] - c[:-k]) / k)
print(F.avg_pool1d(x.view(1, 1, -1), kernel_size=k, stride=1).view(-1))
print(F.avg_pool1d(x.view(1, 1, -1), k, stride=1, padding=1, count_include_pad=False).view(-1))
try:
    F.avg_pool1d(x, k)
except RuntimeError as e:
    print(e)
