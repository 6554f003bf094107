# max-pool via unfold vs F.max_pool2d, with gradients
import torch
import torch.nn.functional as F

torch.manual_seed(16)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
cols = F.unfold(x, kernel_size=2, stride=2).view(1, 2, 4, -1)
mine = cols.max(dim=2).values.view(1, 2, 2, 2)
ref = F.max_pool2d(x, 2)
print(torch.equal(mine, ref))
g1, = torch.autograd.grad(mine.sum(), x)
g2, = torch.autograd.grad(ref.sum(), x)
print(torch.equal(g1, g2))
print(g1[0, 0])
