# Gradient ascent on expected return with maximize=True
import torch

theta = torch.nn.Parameter(torch.tensor([0.0, 0.0]))
opt = torch.optim.SGD([theta], lr=0.1, maximize=True)
target = torch.tensor([1.0, -2.0])
for _ in range(3):
    opt.zero_grad()
    ret = -((theta - target) ** 2).sum()
    ret.backward()
    opt.step()
    print(theta.data, round(ret.item(), 4))
print(opt.param_groups[0]['maximize'])
adam = torch.optim.Adam([theta], lr=0.1, maximize=True)
print(adam.defaults['maximize'])
