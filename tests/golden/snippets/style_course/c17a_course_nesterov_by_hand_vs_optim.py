# Nesterov momentum written out by hand, compared with optim.SGD(nesterov=True)
import torch

torch.manual_seed(19)
A = torch.randn(4, 4, dtype=torch.float64)
A = A @ A.T + torch.eye(4, dtype=torch.float64)
b = torch.randn(4, dtype=torch.float64)
f = lambda w: 0.5 * w @ A @ w - b @ w
w1 = torch.zeros(4, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w1], lr=0.05, momentum=0.9, nesterov=True)
w2 = torch.zeros(4, dtype=torch.float64)
buf = None
for step in range(6):
    opt.zero_grad(); f(w1).backward(); opt.step()
    g = A @ w2 - b
    buf = g.clone() if buf is None else 0.9 * buf + g
    w2 = w2 - 0.05 * (g + 0.9 * buf)
    print(step, f"{f(w1).item():.10f}", f"{f(w2).item():.10f}")
print(torch.allclose(w1.detach(), w2))
