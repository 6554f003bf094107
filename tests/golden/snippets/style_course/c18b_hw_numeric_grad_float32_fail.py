# HW1 (student used float32): the numeric check fails
import torch


def f(x):
    return (x ** 3).sum()


x = torch.tensor([0.5, 1.5], requires_grad=True)
f(x).backward()
h = 1e-4
num = torch.stack([(f(x.detach() + h * e) - f(x.detach() - h * e)) / (2 * h)
                   for e in torch.eye(2)])
print("numeric :", num)
print("autograd:", x.grad)
print("close (rtol=1e-5)?", torch.allclose(num, x.grad, rtol=1e-5, atol=0.0))
