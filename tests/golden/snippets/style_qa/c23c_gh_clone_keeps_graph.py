# Issue: "copy_() into a preallocated buffer keeps the graph?" — yes, CopyBackwards.
import torch

src = torch.tensor([2.0, -1.0], requires_grad=True)
buf = torch.zeros(2)
buf.copy_(src * 4)
print(buf.requires_grad, buf.grad_fn.name(), buf.is_leaf)
buf.sum().backward()
print(src.grad)
frozen = torch.zeros(2)
with torch.no_grad():
    frozen.copy_(src)
print(frozen.requires_grad, frozen)
