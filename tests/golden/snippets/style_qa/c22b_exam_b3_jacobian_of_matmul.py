import torch
from torch.autograd.functional import jacobian

# Exam B3-19. The Jacobian of y = A x is A; of y = x^T A x it is (A + A^T) x.
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x = torch.tensor([1.0, -1.0])
print(jacobian(lambda v: A @ v, x))
print(jacobian(lambda v: v @ A @ v, x), (A + A.T) @ x)
print(jacobian(lambda M: M @ x, A).shape)
