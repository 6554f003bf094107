# The softmax Jacobian diag(s) - s s^T by hand vs torch.autograd.functional.jacobian vs row-by-row backward.
import torch
from torch.autograd.functional import jacobian

z = torch.tensor([1.0, 2.0, 0.5, -1.0])
s = torch.softmax(z, dim=0)
J_hand = torch.diag(s) - torch.outer(s, s)
J_auto = jacobian(lambda t: torch.softmax(t, dim=0), z)
print(s)
print(J_hand)
print(torch.allclose(J_hand, J_auto), (J_hand - J_auto).abs().max().item())
rows = []
for i in range(4):
    zz = z.clone().requires_grad_(True)
    torch.softmax(zz, dim=0)[i].backward()
    rows.append(zz.grad)
J_rows = torch.stack(rows)
print(torch.equal(J_rows, J_auto))
print(J_hand.sum(dim=1))
print(torch.linalg.matrix_rank(J_hand).item())
y = torch.tensor([0.0, 1.0, 0.0, 0.0])
print(J_hand.T @ (-y / s), s - y)
