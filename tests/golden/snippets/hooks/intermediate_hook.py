import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
def hook(grad):
    print("dL/dy =", grad)
    return grad + 1
y.register_hook(hook)
z = (y * y).sum()
z.backward()
print(x.grad)
print(y.grad)
