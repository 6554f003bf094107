# gradient of max with ties goes where?
import torch

x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
torch.max(x, dim=0).values.backward()
print(x.grad)
x.grad = None
x.amax().backward()
print(x.grad)
