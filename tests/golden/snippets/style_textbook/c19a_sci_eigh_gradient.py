# gradient through the smallest eigenvalue of a symmetric matrix
import torch
A = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]], dtype=torch.float64, requires_grad=True)
S = (A + A.T) / 2
w, V = torch.linalg.eigh(S)
w[0].backward()
print(w)
print(A.grad)
print(torch.outer(V[:, 0], V[:, 0]))
