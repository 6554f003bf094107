import torch

# Exam B4-5. Compute each norm of v = (3, -4, 12).
v = torch.tensor([3.0, -4.0, 12.0])
print(v.norm(), v.norm(p=1), v.norm(p=float("inf")), v.norm(p=0))
print(torch.linalg.norm(v, ord=3), torch.linalg.vector_norm(v, ord=-1))
M = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.linalg.norm(M), torch.linalg.norm(M, ord=1), torch.linalg.norm(M, dim=1))
print(torch.nn.functional.normalize(v, dim=0))
