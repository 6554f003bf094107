# cs224n assignment 2: skip-gram with negative sampling loss; manual gradients checked against autograd.
import torch

torch.manual_seed(4)
V, d, K = 7, 3, 4
center = torch.randn(d, dtype=torch.float64)
outside = torch.randn(V, d, dtype=torch.float64)
o = 2
neg = torch.tensor([5, 1, 5, 6])

def neg_sampling_loss(vc, U):
    uo = U[o]
    pos = torch.sigmoid(uo @ vc)
    negs = torch.sigmoid(-(U[neg] @ vc))
    return -torch.log(pos) - torch.log(negs).sum()

vc = center.clone().requires_grad_()
U = outside.clone().requires_grad_()
loss = neg_sampling_loss(vc, U)
loss.backward()
s_pos = torch.sigmoid(outside[o] @ center)
s_neg = torch.sigmoid(-(outside[neg] @ center))
grad_vc = -(1 - s_pos) * outside[o] + ((1 - s_neg)[:, None] * outside[neg]).sum(0)
grad_U = torch.zeros_like(outside)
grad_U[o] = -(1 - s_pos) * center
grad_U.index_add_(0, neg, (1 - s_neg)[:, None] * center)
print(f"loss {loss.item():.8f}")
print(torch.allclose(vc.grad, grad_vc), torch.allclose(U.grad, grad_U))
print(U.grad[5], grad_U[5])
print(U.grad.abs().sum(1))
