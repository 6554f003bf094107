# Issue: "hook on grad_fn": Node.register_hook and register_prehook arguments.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = y.sum()
y.grad_fn.register_prehook(lambda gout: print("prehook", gout))
y.grad_fn.register_hook(lambda gin, gout: print("hook", gin, gout))
z.backward()
print(x.grad)
