# HW: derive the Jacobian of softmax by hand; graded against autograd
import torch
from torch.autograd.functional import jacobian


def softmax_jacobian(s):
    return torch.diag(s) - torch.outer(s, s)


z = torch.tensor([0.2, -1.0, 0.5], dtype=torch.float64)
s = torch.softmax(z, dim=0)
auto = jacobian(lambda t: torch.softmax(t, dim=0), z)
mine = softmax_jacobian(s)
print(auto)
torch.testing.assert_close(mine, auto)
print("softmax jacobian: PASS")
print("symmetric:", torch.equal(mine, mine.T))
