# dominant eigenpair by power iteration, Rayleigh quotient vs eigvalsh
import torch
A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]], dtype=torch.float64)
v = torch.ones(3, dtype=torch.float64)
for k in range(30):
    v = A @ v
    v = v / torch.linalg.vector_norm(v)
rq = v @ A @ v
print(rq.item())
print(torch.linalg.eigvalsh(A)[-1].item())
print(v)
