# torch.amax / amin / aminmax, nansum / nanmean, fmax / fmin
import torch

torch.manual_seed(0)
a = torch.randn(4, 4)
print(torch.amax(a, 1))
print(torch.amin(a, (0, 1)))
print(torch.aminmax(torch.tensor([1, -3, 5])))
print(torch.aminmax(a, dim=0, keepdim=True))
b = torch.tensor([1., float('nan'), 2.])
print(torch.nansum(b), torch.nanmean(b), b.sum())
print(torch.fmax(b, torch.tensor([0., 0., float('nan')])))
print(torch.fmin(b, torch.tensor([3., 0., 5.])))
