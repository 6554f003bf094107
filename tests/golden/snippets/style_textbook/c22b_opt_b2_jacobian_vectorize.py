import torch
from torch.autograd.functional import jacobian, hessian


def model(theta):
    return torch.stack([theta.prod(), theta.sum() ** 2, theta.norm()])


theta = torch.tensor([1.0, 2.0, 3.0])
J1 = jacobian(model, theta)
J2 = jacobian(model, theta, vectorize=True)
print(J1)
print(torch.allclose(J1, J2))
H = hessian(lambda t: t.prod(), theta, create_graph=False)
print(H)
J3 = jacobian(model, theta, strategy="forward-mode", vectorize=True)
print(torch.allclose(J1, J3))
