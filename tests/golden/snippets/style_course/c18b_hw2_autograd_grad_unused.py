# Autograder asks for gradients w.r.t. every parameter; one is unused
import torch

w1 = torch.tensor([1.0, 2.0], requires_grad=True)
w2 = torch.tensor([3.0], requires_grad=True)
out = (w1 ** 2).sum()
try:
    torch.autograd.grad(out, [w1, w2])
except RuntimeError as e:
    print("FAIL:", e)
g1, g2 = torch.autograd.grad((w1 ** 2).sum(), [w1, w2], allow_unused=True)
print(g1, g2)
g1, g2 = torch.autograd.grad((w1 ** 2).sum(), [w1, w2], allow_unused=True, materialize_grads=True)
print(g1, g2)
