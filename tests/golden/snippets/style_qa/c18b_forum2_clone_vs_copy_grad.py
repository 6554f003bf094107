# Q: does clone() keep the gradient connection? what about copy_?
import torch

src = torch.tensor([1.0, 2.0], requires_grad=True)
c = src.clone()
print(c.grad_fn)
dst = torch.zeros(2)
dst.copy_(src)
print(dst.grad_fn, dst.requires_grad)
(c * 2 + dst * 3).sum().backward()
print(src.grad)
