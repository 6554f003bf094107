import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.randn(16, 2)
y = x.sum(1, keepdim=True) * 0.7
base = torch.optim.SGD(model.parameters(), lr=0.1)
rho = 0.05
for it in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    grads = [p.grad for p in model.parameters()]
    norm = torch.norm(torch.stack([g.norm(2) for g in grads]), 2)
    eps = []
    with torch.no_grad():
        for p in model.parameters():
            e = p.grad * rho / (norm + 1e-12)
            p.add_(e)
            eps.append(e)
    base.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    with torch.no_grad():
        for p, e in zip(model.parameters(), eps):
            p.sub_(e)
    base.step()
    base.zero_grad()
    print(it, round(loss.item(), 5), round(norm.item(), 5))
print(model.weight.data, model.bias.data)
