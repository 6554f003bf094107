# is_grads_batched with create_graph: the rows of a Jacobian that can be differentiated again.
import torch

x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
(J,) = torch.autograd.grad(x.sin(), x, torch.eye(3), is_grads_batched=True, create_graph=True)
print(J)
(H,) = torch.autograd.grad(J.sum(), x)
print(H)
