# addcdiv / addcmul gradients, every bit shown: PyTorch forms value / tensor2 (a true
# division) and tensor2 * value first, then multiplies them into the incoming gradient.
import torch

torch.manual_seed(0)
a = torch.randn(4, 5, requires_grad=True)
t1 = torch.randn(4, 5, requires_grad=True)
t2 = (torch.randn(4, 5).abs() + 0.5).requires_grad_()
torch.addcdiv(a, t1, t2, value=0.3).backward(torch.randn(4, 5))
print(t1.grad.flatten().tolist())
print(t2.grad.flatten().tolist())
t1.grad = t2.grad = None
torch.addcmul(a, t1, t2, value=-1.7).sum().backward()
print(t1.grad.flatten().tolist())
print(t2.grad.flatten().tolist())
print(a.grad)
