# Quiz B20: step before backward, backward before zero_grad
import torch

weight = torch.nn.Parameter(torch.tensor([1.0]))
sgd = torch.optim.SGD([weight], lr=0.5)
sgd.step()
print("step with no grad:", weight)
(weight * 4).sum().backward()
sgd.step()
print(weight)
(weight * 4).sum().backward()
print(weight.grad)
sgd.step()
print(weight)
