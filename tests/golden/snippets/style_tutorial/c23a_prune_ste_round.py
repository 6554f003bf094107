# Straight-through estimator: round in the forward pass, identity gradient backward
import torch

w = torch.tensor([0.2, 0.7, -1.4, 2.5], requires_grad=True)
q_plain = torch.round(w * 2) / 2
q_plain.sum().backward()
print("round grad:", w.grad)
w.grad = None
q_ste = w + (torch.round(w * 2) / 2 - w).detach()
(q_ste * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(q_ste)
print("ste grad:", w.grad)
print(q_ste.grad_fn.name())
