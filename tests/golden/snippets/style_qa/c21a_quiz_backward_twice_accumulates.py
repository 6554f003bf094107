# Quiz: what is x.grad after calling backward on two separate graphs?
import torch

x = torch.tensor(3.0, requires_grad=True)
(x * x).backward()
print(x.grad)
(x * x).backward()
print(x.grad)
(2 * x).backward()
print(x.grad)
