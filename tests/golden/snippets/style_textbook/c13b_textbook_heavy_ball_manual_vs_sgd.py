# Optimisation chapter: heavy-ball momentum written by hand gives the same iterates as optim.SGD(momentum, dampening).
import torch

A = torch.tensor([[3.0, 0.5], [0.5, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0, -1.0], dtype=torch.float64)
def grad(x):
    return A @ x - b

lr, mu, damp = 0.2, 0.7, 0.1
x = torch.zeros(2, dtype=torch.float64)
buf = None
manual = []
for t in range(6):
    g = grad(x)
    buf = g.clone() if buf is None else mu * buf + (1 - damp) * g
    x = x - lr * buf
    manual.append(x.clone())

p = torch.zeros(2, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([p], lr=lr, momentum=mu, dampening=damp)
for t in range(6):
    opt.zero_grad()
    (0.5 * p @ A @ p - b @ p).backward()
    opt.step()
    print(t, p.detach().tolist(), torch.equal(p.detach(), manual[t]))
print(torch.linalg.solve(A, b))
print(opt.state[p]["momentum_buffer"])
