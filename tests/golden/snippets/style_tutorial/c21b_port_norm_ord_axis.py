# np.linalg.norm(ord=, axis=) vs torch.linalg.norm / vector_norm
import numpy as np
import torch

a = np.array([[3.0, 4.0], [1.0, -1.0]])
t = torch.from_numpy(a)
print(np.linalg.norm(a), torch.linalg.norm(t))
print(np.linalg.norm(a, axis=1), torch.linalg.norm(t, dim=1))
print(np.linalg.norm(a, ord=1, axis=1), torch.linalg.vector_norm(t, ord=1, dim=1))
print(np.linalg.norm(a, ord=np.inf), torch.linalg.norm(t, ord=float("inf")))
print(torch.linalg.matrix_norm(t, ord="nuc"), np.linalg.norm(a, "nuc"))
print(t.norm(p=2, dim=0))
