# Q: torch.norm vs linalg.norm vs vector_norm/matrix_norm: p values, dims and the results.
import torch

x = torch.tensor([3.0, -4.0, 12.0])
print(torch.norm(x), torch.norm(x, p=1), torch.norm(x, p=float('inf')), torch.norm(x, p=3))
print(torch.linalg.norm(x), torch.linalg.vector_norm(x, ord=0.5), torch.linalg.vector_norm(x, ord=-1))
M = torch.tensor([[1.0, -2.0], [3.0, 4.0]])
print(torch.linalg.norm(M), torch.linalg.matrix_norm(M, ord=1), torch.linalg.matrix_norm(M, ord=float('inf')))
print(torch.linalg.matrix_norm(M, ord='nuc'), torch.linalg.matrix_norm(M, ord=2))
print(M.norm(dim=1), M.norm(dim=0, p=1), torch.linalg.vector_norm(M, dim=(0, 1)))
print(torch.nn.functional.normalize(M, dim=1), torch.nn.functional.normalize(x, p=1, dim=0))
print(torch.dist(M[0], M[1]), torch.cdist(M, M), torch.cosine_similarity(M[0], M[1], dim=0))
