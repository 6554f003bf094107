# gradient of trace(inv(A)) compared with -inv(A)^2 transposed
import torch
A = torch.tensor([[3.0, 0.5], [0.2, 2.0]], dtype=torch.float64, requires_grad=True)
torch.linalg.inv(A).trace().backward()
Ainv = torch.linalg.inv(A.detach())
print(A.grad)
print(-(Ainv @ Ainv).T)
try:
    torch.linalg.inv(torch.zeros(2, 2))
except RuntimeError as e:
    print(e)
