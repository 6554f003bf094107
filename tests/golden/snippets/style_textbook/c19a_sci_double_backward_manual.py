# curvature of a potential by backward with create_graph, then backward again
import torch
q = torch.tensor(0.4, requires_grad=True)
V = torch.cosh(q) - q ** 2
V.backward(create_graph=True)
force = -q.grad
print(force, q.grad.grad_fn)
stiffness = q.grad.clone()
q.grad.zero_()
stiffness.backward()
print(q.grad, (torch.cosh(q) - 2).item())
