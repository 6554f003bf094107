# makemore part 3: update-to-data ratio per parameter, in log10, for a few steps
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
W1 = torch.randn(12, 16, generator=g) / 12**0.5
W2 = torch.randn(16, 5, generator=g) * 0.01
b2 = torch.zeros(5)
parameters = [W1, W2, b2]
for p in parameters:
    p.requires_grad = True
Xb = torch.randn(32, 12, generator=g)
Yb = torch.randint(0, 5, (32,), generator=g)
ud = []
lr = 0.1
for i in range(3):
    loss = F.cross_entropy(torch.tanh(Xb @ W1) @ W2 + b2, Yb)
    for p in parameters:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in parameters:
            p -= lr * p.grad
    with torch.no_grad():
        ud.append([((lr * p.grad).std() / p.data.std()).log10().item() for p in parameters[:2]])
    print(f"{i:7d}: {loss.item():.4f}")
print(ud)
print(W1.grad.std().item(), W2.grad.abs().max().item())
