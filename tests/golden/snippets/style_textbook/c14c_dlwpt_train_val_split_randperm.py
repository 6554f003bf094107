# Holding out a validation set, book style: permute indices, split 80/20, track the validation
# loss under no_grad, and confirm it carries no graph.
import torch

torch.manual_seed(123)
u = torch.linspace(20.0, 90.0, 14) + torch.randn(14)
c = (u - 32) * 5 / 9 + 0.5 * torch.randn(14)
perm = torch.randperm(len(u))
held = max(1, int(len(u) * 0.2))
tr_idx, va_idx = perm[held:], perm[:held]
print(tr_idx, va_idx)
u_tr, u_va = u[tr_idx] / 10, u[va_idx] / 10
c_tr, c_va = c[tr_idx], c[va_idx]
theta = torch.tensor([1.0, 0.0], requires_grad=True)
adam = torch.optim.Adam([theta], lr=0.1)
for ep in range(1, 1201):
    tr_loss = ((theta[0] * u_tr + theta[1] - c_tr) ** 2).mean()
    with torch.no_grad():
        va_loss = ((theta[0] * u_va + theta[1] - c_va) ** 2).mean()
    adam.zero_grad()
    tr_loss.backward()
    adam.step()
    if ep in (1, 2) or ep % 400 == 0:
        print(f"epoch {ep}: train {tr_loss.item():.4f}, val {va_loss.item():.4f}")
print(theta, tr_loss.requires_grad, va_loss.requires_grad, va_loss.grad_fn)
