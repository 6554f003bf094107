# is_grads_batched computes several vector-Jacobian products in one call.
import torch

pt = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
feats = torch.stack([pt.prod(), pt.sum(), (pt ** 2).sum()])
seeds = torch.tensor([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [1.0, 1.0, 1.0]])
(rows,) = torch.autograd.grad(feats, pt, grad_outputs=seeds, is_grads_batched=True)
print(rows)
print(rows.shape, rows.requires_grad)
