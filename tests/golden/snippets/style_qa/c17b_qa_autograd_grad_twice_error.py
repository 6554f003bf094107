# Q: calling torch.autograd.grad twice on the same output
import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = (x.log() * x).sum()
print(torch.autograd.grad(y, x))
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(str(e).split('. ')[0])
y = (x.log() * x).sum()
g1 = torch.autograd.grad(y, x, retain_graph=True)
g2 = torch.autograd.grad(y, x)
print(torch.equal(g1[0], g2[0]))
