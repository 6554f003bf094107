import torch
import torch.nn.functional as F

# MAML on a 2-way logistic model, parameters kept as plain tensors
torch.manual_seed(10)
w = torch.zeros(2, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
meta_opt = torch.optim.SGD([w, b], lr=0.5)
tasks = []
for t in range(2):
    xs = torch.randn(6, 2)
    ys = (xs[:, t] > 0).long()
    tasks.append((xs, ys))
for it in range(3):
    meta_opt.zero_grad()
    total = 0
    for xs, ys in tasks:
        loss = F.cross_entropy(F.linear(xs[:3], w, b), ys[:3])
        gw, gb = torch.autograd.grad(loss, [w, b], create_graph=True)
        qw, qb = w - 1.0 * gw, b - 1.0 * gb
        total = total + F.cross_entropy(F.linear(xs[3:], qw, qb), ys[3:])
    total.backward()
    meta_opt.step()
    print(it, f"{total.item():.4f}", b.grad)
