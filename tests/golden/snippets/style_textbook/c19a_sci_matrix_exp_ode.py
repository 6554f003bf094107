# linear ODE x' = A x solved exactly by matrix_exp, gradient w.r.t. A
import torch
A = torch.tensor([[0.0, 1.0], [-2.0, -0.3]], requires_grad=True)
x0 = torch.tensor([1.0, 0.0])
t = 1.5
xt = torch.linalg.matrix_exp(A * t) @ x0
print(xt)
xt[0].backward()
print(A.grad)
print(torch.matrix_exp(torch.zeros(2, 2)))
