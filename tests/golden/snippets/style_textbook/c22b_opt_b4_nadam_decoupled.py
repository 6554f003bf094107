import torch

torch.manual_seed(51)
a = torch.randn(4, requires_grad=True)
b = a.detach().clone().requires_grad_()
o1 = torch.optim.NAdam([a], lr=0.05, weight_decay=0.1, decoupled_weight_decay=True, momentum_decay=0.004)
o2 = torch.optim.RAdam([b], lr=0.05, weight_decay=0.1, decoupled_weight_decay=True)
for _ in range(6):
    for t, o in ((a, o1), (b, o2)):
        o.zero_grad()
        (t.cos() * t).sum().backward()
        o.step()
print(a.detach())
print(b.detach())
print(o1.state[a]["mu_product"], sorted(o2.state[b]))
