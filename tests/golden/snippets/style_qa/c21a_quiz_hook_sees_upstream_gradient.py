# Quiz: what gradient does a hook on a middle node receive?
import torch

a = torch.tensor([1.0, -2.0], requires_grad=True)
mid = a * a
mid.register_hook(lambda g: print("hook got", g))
loss = (mid * torch.tensor([10.0, 100.0])).sum()
loss.backward()
print(a.grad)
