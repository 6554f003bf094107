# Size of a perturbation in the usual norms
import torch

delta = torch.tensor([[0.1, -0.3, 0.0, 0.2], [0.05, 0.05, -0.05, 0.0]])
print(delta.abs().amax(dim=1))
print(torch.linalg.vector_norm(delta, ord=float("inf"), dim=1))
print(torch.linalg.vector_norm(delta, ord=1, dim=1))
print(torch.linalg.vector_norm(delta, ord=0, dim=1))
print(delta.norm(p=2, dim=1))
print(torch.linalg.norm(delta, dim=1, ord=2))
