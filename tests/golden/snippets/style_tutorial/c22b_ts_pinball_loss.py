import torch


def pinball(pred, target, quantiles):
    diff = target.unsqueeze(-1) - pred
    return torch.maximum(quantiles * diff, (quantiles - 1) * diff).mean()


q = torch.tensor([0.1, 0.5, 0.9])
target = torch.tensor([1.0, 2.0, 3.0, 4.0])
pred = torch.zeros(4, 3, requires_grad=True)
loss = pinball(pred, target, q)
loss.backward()
print(f"{loss.item():.4f}")
print(pred.grad[0])
opt = torch.optim.SGD([pred], lr=5.0)
for _ in range(20):
    opt.zero_grad()
    pinball(pred, target, q).backward()
    opt.step()
print(pred.detach()[0], f"{pinball(pred, target, q).item():.4f}")
