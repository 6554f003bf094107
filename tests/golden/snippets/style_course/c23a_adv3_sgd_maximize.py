# An attack with an optimizer: SGD(maximize=True) climbs the loss on the perturbation
import torch

delta = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([delta], lr=0.05, maximize=True)
target = torch.tensor([1.0, -1.0, 0.5])
for _ in range(3):
    loss = ((delta - target) ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(round(loss.item(), 4), delta.detach())
print(opt.param_groups[0]["maximize"], opt)
