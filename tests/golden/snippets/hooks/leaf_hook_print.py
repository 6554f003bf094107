import torch

x = torch.tensor([1., 2.], requires_grad=True)
x.register_hook(lambda grad: print("grad of x:", grad))
y = (x * 3).sum()
y.backward()
print(x.grad)
