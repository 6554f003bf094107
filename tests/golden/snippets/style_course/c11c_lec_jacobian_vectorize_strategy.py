# Lecture: jacobian options - vectorize=True, strategy="forward-mode", create_graph.
import torch
from torch.autograd.functional import jacobian

def softmax(z):
    return torch.softmax(z, dim=0)

z = torch.tensor([1.0, 2.0, 0.5])
J1 = jacobian(softmax, z)
J2 = jacobian(softmax, z, vectorize=True)
J3 = jacobian(softmax, z, vectorize=True, strategy="forward-mode")
print(J1)
print(torch.allclose(J1, J2), torch.allclose(J1, J3))
s = softmax(z)
print(torch.diag(s) - torch.outer(s, s))
print(J1.sum(0))
Jg = jacobian(softmax, z.requires_grad_(), create_graph=True)
print(Jg.requires_grad, Jg.grad_fn is not None)
try:
    jacobian(softmax, z, strategy="forward-mode")
except NotImplementedError as e:
    print("NotImplementedError:", e)
