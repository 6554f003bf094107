import torch
import torch.nn as nn

torch.manual_seed(21)
model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
X = torch.randn(32, 3) * 5
y = X[:, :1] ** 2
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    norms = {n: p.grad.norm().item() for n, p in model.named_parameters()}
    total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    after = torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters()))
    opt.step()
    print(f"step {step} loss={loss.item():.4f} total={total.item():.4f} after={after.item():.4f}")
    print("   ", {k: round(v, 4) for k, v in norms.items()})
