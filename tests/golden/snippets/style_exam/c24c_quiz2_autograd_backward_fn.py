# Quiz B14: torch.autograd.backward with several roots
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
y1 = a * 2
y2 = (a ** 2).sum()
torch.autograd.backward([y1, y2], grad_tensors=[torch.tensor([1.0, 0.0]), None])
print(a.grad)
try:
    torch.autograd.backward([y1.sum(), a * 3])
except RuntimeError as e:
    print("RuntimeError:", e)
