# Autograder compares a student's gradient that still requires grad
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
(g,) = torch.autograd.grad((x ** 3).sum(), x, create_graph=True)
print(g)
torch.testing.assert_close(g, 3 * x.detach() ** 2)
print("grad with graph: PASS")
try:
    torch.testing.assert_close(g, 3 * x ** 2 + 0.5)
except AssertionError as e:
    print(e)
