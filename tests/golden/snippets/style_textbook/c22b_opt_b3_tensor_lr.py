import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=torch.tensor(0.1))
(w ** 2).sum().backward()
opt.step()
print(w.detach(), type(opt.param_groups[0]["lr"]).__name__)
opt2 = torch.optim.SGD([w], lr=0.1, foreach=False)
opt2.zero_grad()
(w ** 2).sum().backward()
opt2.step()
print(w.detach(), opt2.param_groups[0]["foreach"], opt2.param_groups[0]["differentiable"])
