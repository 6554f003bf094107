# Why Adam needs bias correction: first steps with and without it
import torch

beta1, beta2, lr, eps = 0.9, 0.999, 0.1, 1e-8
g = torch.tensor(0.5)
m = v = torch.tensor(0.0)
for t in range(1, 4):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    raw = lr * m / (v.sqrt() + eps)
    corrected = lr * (m / (1 - beta1 ** t)) / ((v / (1 - beta2 ** t)).sqrt() + eps)
    print(f"t={t}: uncorrected step {raw.item():.6f}, corrected {corrected.item():.6f}")
p = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.Adam([p], lr=lr)
p.grad = torch.tensor(0.5)
opt.step()
print(p.item())
