# power iteration on a 3x3 symmetric matrix, tracking the Rayleigh quotient each sweep
import torch

S = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
b = torch.ones(3)
history = []
for sweep in range(25):
    w = S @ b
    b = w / torch.linalg.vector_norm(w)
    history.append((b @ S @ b).item())
print([round(r, 5) for r in history[:4]])
print(b)
top = torch.linalg.eigvalsh(S)[-1]
print(top, abs(history[-1] - top.item()) < 1e-4)
deflated = S - history[-1] * torch.outer(b, b)
print(torch.linalg.eigvalsh(deflated))
