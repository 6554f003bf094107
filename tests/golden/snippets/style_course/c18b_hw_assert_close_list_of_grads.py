# Autograder comparing a list of gradients at once
import torch

torch.manual_seed(0)
w1 = torch.randn(2, 2, requires_grad=True)
w2 = torch.randn(2, requires_grad=True)
loss = (w1 @ w2).pow(2).sum()
loss.backward()
student = [w1.grad.clone(), w2.grad.clone() * 1.01]
try:
    torch.testing.assert_close(student, [w1.grad, w2.grad])
except AssertionError as e:
    print(e)
