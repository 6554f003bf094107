# Q: "saved tensors default hooks are disabled"
import torch
from torch.autograd.graph import disable_saved_tensors_hooks, saved_tensors_hooks

x = torch.tensor([1.0, 2.0], requires_grad=True)
with disable_saved_tensors_hooks("no hooks in this block"):
    y = x * x
    try:
        with saved_tensors_hooks(lambda t: t, lambda t: t):
            pass
    except RuntimeError as e:
        print(e)
y.sum().backward()
print(x.grad)
