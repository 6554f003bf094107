import torch

w = torch.tensor([2.0, -2.0], requires_grad=True)
opt = torch.optim.ASGD([w], lr=0.1, lambd=1e-3, alpha=0.75, t0=2)
for i in range(5):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
st = opt.state[w]
print(sorted(st))
print(st["ax"], st["eta"], st["mu"], st["step"])
print(w.detach())
