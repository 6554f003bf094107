# projecting b onto the line spanned by a, and the projection matrix P = aa^T / a^Ta
import torch

a = torch.tensor([1.0, 2.0, 2.0])
b = torch.tensor([3.0, 0.0, 3.0])
p = (a @ b) / (a @ a) * a
print(p)
P = torch.outer(a, a) / (a @ a)
print(P)
print(torch.allclose(P @ b, p), torch.allclose(P @ P, P))
e = b - p
print("error orthogonal to a:", (e @ a).item())
print(torch.linalg.matrix_rank(P))
