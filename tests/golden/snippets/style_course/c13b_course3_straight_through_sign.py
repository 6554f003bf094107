# Quantisation lecture: binarised weights with the straight-through estimator (the detach trick).
import torch

torch.manual_seed(96)
w = torch.randn(3, 4, requires_grad=True)
x = torch.randn(5, 4)
target = torch.randn(5, 3)
opt = torch.optim.SGD([w], lr=0.1)
for step in range(5):
    w_bin = w + (torch.sign(w) - w).detach()
    out = x @ w_bin.T
    loss = ((out - target) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 6), (torch.sign(w) != torch.sign(w_bin)).sum().item())
print(torch.equal(w_bin, torch.sign(w_bin)))
print(w_bin.grad_fn)
hard = torch.sign(w)
hard.requires_grad_(False)
print(torch.sign(torch.tensor([-0.0, 0.0, 2.0, -3.0])))
clipped = torch.clamp(w, -1, 1)
ste = clipped + (torch.sign(clipped) - clipped).detach()
ste.sum().backward()
print(w.grad)
