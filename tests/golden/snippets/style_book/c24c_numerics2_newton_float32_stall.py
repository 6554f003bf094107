# Section 3.8: Newton in float32 stalls at the last bit
import torch

for dt in (torch.float32, torch.float64):
    x = torch.tensor(3.0, dtype=dt, requires_grad=True)
    history = []
    for _ in range(8):
        f = x * x * x - 10
        (g,) = torch.autograd.grad(f, x)
        x = (x - f / g).detach().requires_grad_()
        history.append(x.item())
    print(dt, history[-3:], history[-1] == history[-2])
