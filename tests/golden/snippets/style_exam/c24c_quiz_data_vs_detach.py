# Quiz 6: .data vs .detach() -- which one is caught by autograd?
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
out = a.exp()
out.data.zero_()
out.sum().backward()
print("via .data:", a.grad)

b = torch.tensor([1.0, 2.0], requires_grad=True)
out = b.exp()
out.detach().zero_()
try:
    out.sum().backward()
except RuntimeError as e:
    print("via .detach():", str(e)[:90])
