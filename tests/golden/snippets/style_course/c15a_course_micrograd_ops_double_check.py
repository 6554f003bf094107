# micrograd lecture: check a hand-derived expression with torch in float64
import torch

p = torch.tensor([1.5], dtype=torch.float64, requires_grad=True)
q = torch.tensor([-2.25], dtype=torch.float64, requires_grad=True)
s = p * q + q ** 2
s = s + (p - q).relu() * 3 - (q - p).relu()
t = s.tanh() + s / 7.0
u = (t ** 3 - p).exp() + 1.0 / (q * q)
loss = u.log() * -0.5
loss.backward()
print(f"loss {loss.data.item():.6f}")
print(f"dp {p.grad.item():.6f}  dq {q.grad.item():.6f}")
print(loss.item(), p.grad.item(), q.grad.item())
print(loss.grad_fn, loss.dtype, s.grad_fn.next_functions[0][0])
