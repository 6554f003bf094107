# Autograder: jacrev and jacfwd must agree with the hand-derived Jacobian
import torch
from torch.func import jacfwd, jacrev


def layer(x, W):
    return torch.tanh(W @ x)


W = torch.tensor([[0.5, -1.0], [2.0, 0.25], [0.0, 1.0]])
x = torch.tensor([0.3, -0.2])
manual = (1 - layer(x, W) ** 2).unsqueeze(1) * W
rev, fwd = jacrev(layer)(x, W), jacfwd(layer)(x, W)
print(rev)
torch.testing.assert_close(rev, manual)
torch.testing.assert_close(fwd, manual)
print("jacobians agree: PASS", rev.shape)
