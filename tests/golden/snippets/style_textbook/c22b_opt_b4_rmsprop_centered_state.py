import torch

torch.manual_seed(50)
p = torch.randn(2, 2, requires_grad=True)
opt = torch.optim.RMSprop([p], lr=0.01, alpha=0.95, momentum=0.5, centered=True, weight_decay=0.01)
for _ in range(3):
    opt.zero_grad()
    (p.exp().sum() + p.prod()).backward()
    opt.step()
print(sorted(opt.state[p]))
print(opt.state[p]["grad_avg"])
print(p.detach())
