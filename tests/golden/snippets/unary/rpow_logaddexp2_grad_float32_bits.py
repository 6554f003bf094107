# A number to a float32 tensor's power (2 ** t, torch.pow(0.95, t)) runs pow's two-operand loop
# with the number as a tensor: SLEEF's powf on vector blocks. logaddexp2's gradient uses it too.
import torch

torch.manual_seed(0)
e = torch.randn(70) * 4
print((2 ** e).tolist())
print(torch.pow(0.95, e).tolist())
print((10 ** e.view(7, 10).t()).tolist())
a = (torch.randn(60) * 3).requires_grad_()
b = (torch.randn(60) * 3).requires_grad_()
torch.logaddexp2(a, b).backward(torch.randn(60))
print(a.grad.tolist())
print(b.grad.tolist())
